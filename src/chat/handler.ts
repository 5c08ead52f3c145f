/**
 * The core's side of the seam: one function every adapter calls with a
 * normalized message and the IO bound to its conversation.
 */
import type { Engine, Reply } from '../engine/types.js';
import { detectQuestionLanguage, phrase } from '../engine/phrases.js';
import { HandlerError, type OnError } from '../errors.js';
import type { AnswerRecorder } from '../feedback/types.js';
import type { ConversationMemory } from './memory.js';
import { commandPhrase, forgetLanguage, isForgetRequest, isStaffCommand, parseCommand, type Command } from './commands.js';
import { formatListing } from './listing.js';
import type { StaffCommands } from './staff-commands.js';
import type { ConversationIO, IncomingMessage, MessageHandler, Platform } from './types.js';

/** What happens when the engine hands a question off: the handoff service (src/handoff/service.ts). */
export interface HandoffDesk {
  open(message: IncomingMessage, reply: Reply, io: ConversationIO): Promise<void>;
}

/** Deletes what Candor stores about one user ("forget me"); returns what was deleted. */
export type ForgetUser = (who: { platform: Platform; userId: string }) => Promise<{ handoffs: number; questions: number }>;

/** Observes each handled question; used for metrics and the one log line per question. */
export type QuestionObserver = (event: { message: IncomingMessage; reply: Reply; millis: number }) => void;

export interface HandlerDeps {
  /** A getter, so a content reload swaps the engine without rewiring adapters. */
  engine: () => Engine;
  memory: ConversationMemory;
  /** Without it (the terminal chat) a handoff is only the reply naming whom to ask. */
  handoffs?: HandoffDesk;
  onError: OnError;
  observe?: QuestionObserver;
  now?: () => number;
  /** Staff sub-commands (detailed `postings`, `show`, `handoffs`, `gaps`, `reload`); without them staff get the plain listing and "not available". */
  staff?: StaffCommands;
  /** `/jobs forget` and the message "forget me"; without it Candor confirms it stores nothing. */
  forget?: ForgetUser;
  /** Records each answer so it can carry the Helpful / Ask a recruiter buttons; without it answers have none. */
  feedback?: AnswerRecorder;
}

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  const now = deps.now ?? (() => performance.now());
  return async (message, io) => {
    if (message.author.isBot || message.author.isMe) return;
    try {
      await handle(message, io);
    } catch (cause) {
      const context = { platform: message.conversation.platform, channel: message.conversation.channelId, user: message.author.id, via: message.via };
      deps.onError(new HandlerError({ cause }), { step: 'handler', ...context });
      const language = detectQuestionLanguage(message.text);
      await io.say({ kind: 'notice', text: phrase(language, 'apology'), language }).catch((error: unknown) => deps.onError(error, { step: 'apology', ...context }));
    }
  };

  async function handle(message: IncomingMessage, io: ConversationIO): Promise<void> {
    const engine = deps.engine();
    if (message.via === 'command') {
      const command = parseCommand(message.text);
      if (command.name !== 'ask' && !readsAsQuestion(command, message)) return runCommand(command, message, io);
    } else if (isForgetRequest(message.text)) {
      return runCommand({ name: 'forget' }, message, io);
    }
    const started = now();
    const reply = engine.ask({
      text: message.text,
      audience: message.audience,
      contextPostingId: deps.memory.get(message.conversation),
      postingId: message.chosenPostingId,
    });
    if (reply.posting) deps.memory.set(message.conversation, reply.posting.id);
    const questionId = deps.feedback ? await deps.feedback.record(message, reply) : null;
    await io.say(questionId ? { ...reply, questionId } : reply);
    deps.observe?.({ message, reply, millis: now() - started });
    if (reply.kind === 'handoff') await deps.handoffs?.open(message, reply, io);
  }

  /** "show me the salary…" from a candidate is a question, not `show <posting>`. */
  function readsAsQuestion(command: Command, message: IncomingMessage): boolean {
    if (command.name !== 'show' || message.audience === 'staff') return false;
    return !deps.engine().postings('staff').some((posting) => posting.id === command.posting);
  }

  async function runCommand(command: Exclude<Command, { name: 'ask' }>, message: IncomingMessage, io: ConversationIO): Promise<void> {
    const isStaff = message.audience === 'staff';
    if (command.name === 'postings') {
      if (isStaff && deps.staff) return io.say({ kind: 'notice', text: await deps.staff.postings(), language: 'en' });
      const language = detectQuestionLanguage(message.text);
      return io.say({ kind: 'notice', text: formatListing(deps.engine().postings(message.audience), language), language });
    }
    if (command.name === 'forget') {
      const language = forgetLanguage(message.text);
      const who = { platform: message.conversation.platform, userId: message.author.id };
      const removed = deps.forget ? await deps.forget(who) : null;
      const text = removed ? commandPhrase(language, 'forgotten', removed) : commandPhrase(language, 'nothingStored');
      return io.say({ kind: 'notice', text, language });
    }
    if (isStaffCommand(command)) {
      if (!isStaff) {
        const language = detectQuestionLanguage(message.text);
        return io.say({ kind: 'notice', text: commandPhrase(language, 'staffOnly'), language });
      }
      const text = deps.staff ? await deps.staff.run(command) : commandPhrase('en', 'unavailable');
      return io.say({ kind: 'notice', text, language: 'en' });
    }
  }
}
