/**
 * The terminal adapter: Candor with no platform at all. Each session is one
 * thread; `/new` starts another, a digit picks a clarify choice, `/no` after
 * an answer is the Ask a recruiter button.
 */
import { createInterface } from 'node:readline';
import type { Adapter, Audience, Conversation, ForwardEvent, IncomingMessage, MessageHandler, Outgoing, Reply } from '../../src/index.js';
import { renderForTerminal } from './render.js';

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  audience: Audience;
  /** Whether to show the prompt (off when input is not a terminal). */
  prompt?: boolean;
  greeting?: string;
}

export function createTerminalAdapter(options: TerminalOptions): Adapter & { readonly closed: Promise<void> } {
  let thread = 1;
  let pendingClarify: { question: string; reply: Reply } | null = null;
  /** The id of the last answer, for `/no`. */
  let lastAnswer: string | null = null;
  let clicks = 0;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let readline: ReturnType<typeof createInterface> | null = null;
  const author = { id: 'terminal-user', name: 'you', isBot: false, isMe: false };
  const conversation = (): Conversation => ({ platform: 'terminal', channelId: 'terminal', threadId: String(thread), isDirect: true });
  const write = (text: string) => options.output.write(`${text}\n`);

  return {
    platform: 'terminal',
    closed,
    async start({ message: handler, forward, onError }) {
      readline = createInterface({ input: options.input, output: options.prompt ? options.output : undefined, terminal: false });
      if (options.greeting) write(options.greeting);
      const prompt = () => options.prompt && options.output.write('you> ');
      prompt();
      // Lines are handled one at a time, in order, as a person would see them.
      let queue = Promise.resolve();
      readline.on('line', (line) => {
        queue = queue.then(async () => {
          await handleLine(line.trim(), handler, forward).catch((error: unknown) => onError(error, { step: 'terminal line', platform: 'terminal' }));
          prompt();
        });
      });
      readline.on('close', () => void queue.then(resolveClosed));
    },
    async stop() {
      readline?.close();
      await closed;
    },
  };

  async function handleLine(line: string, handler: MessageHandler, forward: ForwardEvent): Promise<void> {
    if (line === '') return;
    if (line === '/quit' || line === '/exit') return void readline?.close();
    if (line === '/new') {
      thread += 1;
      pendingClarify = null;
      lastAnswer = null;
      return void write('(new conversation)');
    }
    const base: Omit<IncomingMessage, 'text' | 'via'> = { author, conversation: conversation(), audience: options.audience, raw: line };
    if (line === '/no') return askRecruiter(forward);
    const say = async (outgoing: Outgoing) => {
      if (outgoing.kind !== 'notice') lastAnswer = outgoing.kind === 'answer' ? (outgoing.questionId ?? null) : null;
      if (outgoing.kind === 'clarify') pendingClarify = { question: chosenQuestion ?? line, reply: outgoing };
      write(renderForTerminal(outgoing));
    };
    let chosenQuestion: string | undefined;
    const choice = /^\d+$/.test(line) && pendingClarify ? pendingClarify.reply.choices[Number(line) - 1] : undefined;
    if (choice && pendingClarify) {
      chosenQuestion = pendingClarify.question;
      pendingClarify = null;
      return handler({ ...base, text: chosenQuestion, via: 'message', chosenPostingId: choice.id }, { say });
    }
    if (line.startsWith('/')) return handler({ ...base, text: line.slice(1), via: 'command' }, { say });
    pendingClarify = null;
    return handler({ ...base, text: line, via: 'message' }, { say });
  }

  /** `/no`: the Ask a recruiter click on the last answer, forwarded like any button. */
  async function askRecruiter(forward: ForwardEvent): Promise<void> {
    if (!lastAnswer) return void write('(/no follows an answer: ask a question first.)');
    const actor = { platform: 'terminal' as const, id: author.id, name: author.name, audience: options.audience };
    const result = await forward({ type: 'feedback', kind: 'handoff', questionId: lastAnswer, actor, eventId: `terminal:${++clicks}` });
    write(result.reply ? renderForTerminal(result.reply) : result.message);
  }
}
