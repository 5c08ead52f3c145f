/**
 * An adapter with no platform behind it (after vercel/chat's mock adapter):
 * it keeps every conversation, ping and click in memory, implements the
 * Adapter and the handoff seam as a real one must (`satisfies` checks it),
 * and runs both contract suites, so they say what the core asks of any
 * adapter and not what one platform happens to do.
 */
import type { Adapter, AdapterHost } from '../../src/chat/adapter.js';
import type { IncomingMessage, Outgoing, Platform } from '../../src/chat/types.js';
import type { Handoff, PingRef } from '../../src/handoff/store.js';
import type { Actor, HandoffButton, HandoffCard, HandoffTransport } from '../../src/handoff/transport.js';
import type { Connect } from '../support/runtime.js';
import type { ContractHarness, SeenPing, SeenReply } from './harness.js';

const STAFF = 'staff-1';
const CANDIDATE = 'candidate-1';

/** A platform's name is only a label on the stored rows; the mock borrows one. */
export function createMockAdapter(platform: Platform = 'slack') {
  let host: AdapterHost | null = null;
  let events = 0;
  const said = new Map<string, string[]>();
  const cards = new Map<string, HandoffCard>();
  const running = (): AdapterHost => {
    if (!host) throw new Error('mock adapter: not started');
    return host;
  };
  const post = (thread: string, text: string) => said.set(thread, [...(said.get(thread) ?? []), text]);

  const handoffs = {
    platform,
    async ping(card): Promise<PingRef> {
      const ref = { channelId: 'staff', messageId: `ping-${cards.size + 1}` };
      cards.set(ref.messageId, card);
      return ref;
    },
    async updatePing(card) {
      for (const ping of card.handoff.pings) cards.set(ping.messageId, card);
    },
    async relay(handoff: Handoff, message) {
      post(handoff.conversation.threadId ?? handoff.conversation.channelId, `${message.recruiterName} (recruiter) answered:\n${message.text}`);
    },
    async tellCandidate(handoff: Handoff, text: string) {
      post(handoff.conversation.threadId ?? handoff.conversation.channelId, text);
    },
  } satisfies HandoffTransport;

  const adapter = {
    platform,
    handoffs,
    async start(next: AdapterHost) {
      host = next;
    },
    async stop() {
      host = null;
    },
  } satisfies Adapter;

  /** A message from a user in a thread; resolves with what Candor said there in answer to it. */
  async function send(thread: string, message: Omit<IncomingMessage, 'conversation' | 'raw' | 'author'>, staff: boolean): Promise<Outgoing[]> {
    const replies: Outgoing[] = [];
    const say = async (outgoing: Outgoing) => {
      replies.push(outgoing);
      post(thread, render(outgoing));
    };
    const author = { id: staff ? STAFF : CANDIDATE, name: staff ? 'Staff' : 'Candidate', isBot: false, isMe: false };
    const conversation = { platform, channelId: 'jobs', threadId: thread, isDirect: thread.startsWith('dm-') };
    await running().message({ ...message, author, conversation, raw: null }, { say });
    return replies;
  }

  /** What the user sees first, and a click on a clarify choice asking the same question for that posting. */
  async function seen(thread: string, text: string, staff: boolean, chosenPostingId?: string): Promise<SeenReply> {
    const audience = staff ? 'staff' : 'candidate';
    const [first] = await send(thread, { text, audience, via: 'message', ...(chosenPostingId ? { chosenPostingId } : {}) }, staff);
    if (!first) throw new Error('mock adapter: Candor said nothing');
    const choices = first.kind === 'clarify' ? first.choices : [];
    const questionId = first.kind === 'answer' ? first.questionId : undefined;
    return {
      text: render(first),
      choices: choices.map((choice) => choice.title),
      thread,
      choose(index) {
        const choice = choices[index];
        return choice ? seen(thread, text, staff, choice.id) : Promise.reject(new Error(`mock adapter: no choice ${index}`));
      },
      async feedback(kind) {
        if (!questionId) throw new Error('mock adapter: no feedback buttons on this reply');
        const result = await running().forward({ type: 'feedback', kind, questionId, actor: actor(staff), eventId: `click-${(events += 1)}` });
        return result.message;
      },
    };
  }

  function actor(staff: boolean): Actor {
    return { platform, id: staff ? STAFF : CANDIDATE, name: staff ? 'Staff' : 'Candidate', audience: staff ? 'staff' : 'candidate' };
  }

  function seenPing(messageId: string): SeenPing {
    const card = () => cards.get(messageId)!;
    return {
      text: () => cardText(card()),
      buttons: () => [...card().buttons],
      async click(button: HandoffButton, options = {}) {
        const result = await running().forward({ type: button, handoffId: card().handoff.id, actor: actor(options.staff ?? true), eventId: `click-${(events += 1)}` });
        return result.message;
      },
      async reply(text: string) {
        const ping = { platform, messageId };
        const result = await running().forward({ type: 'staff-reply', ping, actor: actor(true), text, eventId: `reply-${(events += 1)}` });
        return result.message;
      },
    };
  }

  let threads = 0;
  const harness: ContractHarness = {
    async start(connect: Connect) {
      await connect(adapter);
    },
    ask(text, options = {}) {
      const thread = options.thread ?? `${options.direct ? 'dm' : 'thread'}-${(threads += 1)}`;
      return seen(thread, text, Boolean(options.staff));
    },
    pings: () => [...cards.values()].map(cardText),
    staff: {
      async ping(question) {
        for (let waited = 0; waited < 100; waited += 1) {
          const found = [...cards.entries()].find(([, card]) => card.questions[0] === question);
          if (found) return seenPing(found[0]);
          await new Promise((resolve) => setImmediate(resolve));
        }
        throw new Error(`mock adapter: no ping for "${question}"`);
      },
      inThread: (thread) => [...(said.get(thread) ?? [])],
    },
    stop: () => adapter.stop(),
  };
  return { adapter, harness };
}

/** What a ping shows: the question, its state in the words every platform uses, the buttons. */
function cardText(card: HandoffCard): string {
  const { handoff } = card;
  const state = {
    open: 'Open',
    claimed: `Claimed by ${handoff.claimedBy}`,
    answered: `Answered by ${handoff.answeredBy}${handoff.taughtAt !== null ? '; saved as an answer' : ''}`,
    dismissed: `Dismissed by ${handoff.dismissedBy}`,
  }[handoff.state];
  return [`${card.recruiter.name}: ${card.questions.join('\n')}`, card.posting?.title ?? 'no posting', state].join('\n');
}

function render(outgoing: Outgoing): string {
  if (outgoing.kind === 'notice') return outgoing.text;
  const buttons = outgoing.kind === 'answer' && outgoing.questionId ? ['Helpful', 'Ask a recruiter'] : [];
  return [outgoing.text, ...outgoing.choices.map((choice) => choice.title), ...buttons].join('\n');
}
