/**
 * The core's side of the seam: one function every adapter calls with a
 * normalized message and the IO bound to its conversation.
 */
import type { Engine, Reply } from '../engine/types.js';
import { detectQuestionLanguage, phrase } from '../engine/phrases.js';
import { HandlerError } from '../errors.js';
import type { ConversationMemory } from './memory.js';
import { parseCommand } from './commands.js';
import { formatListing } from './listing.js';
import type { ConversationIO, IncomingMessage, MessageHandler } from './types.js';

/** What happens when the engine hands a question off: the handoff issue makes this durable. */
export interface HandoffDesk {
  open(message: IncomingMessage, reply: Reply, io: ConversationIO): Promise<void>;
}

export type ErrorReporter = (error: HandlerError) => void;

/** Observes each handled question; used for metrics and the one log line per question. */
export type QuestionObserver = (event: { message: IncomingMessage; reply: Reply; millis: number }) => void;

export interface HandlerDeps {
  /** A getter, so a content reload swaps the engine without rewiring adapters. */
  engine: () => Engine;
  memory: ConversationMemory;
  handoffs: HandoffDesk;
  reportError: ErrorReporter;
  observe?: QuestionObserver;
  now?: () => number;
}

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  const now = deps.now ?? (() => performance.now());
  return async (message, io) => {
    if (message.author.isBot || message.author.isMe) return;
    try {
      await handle(message, io);
    } catch (cause) {
      deps.reportError(
        new HandlerError(
          { platform: message.conversation.platform, channel: message.conversation.channelId, user: message.author.id, via: message.via },
          { cause },
        ),
      );
      const language = detectQuestionLanguage(message.text);
      await io.say({ kind: 'notice', text: phrase(language, 'apology'), language }).catch(() => undefined);
    }
  };

  async function handle(message: IncomingMessage, io: ConversationIO): Promise<void> {
    const engine = deps.engine();
    if (message.via === 'command') {
      const command = parseCommand(message.text);
      if (command.name === 'postings') {
        const language = detectQuestionLanguage(message.text);
        await io.say({ kind: 'notice', text: formatListing(engine.postings(message.audience), language), language });
        return;
      }
    }
    const started = now();
    const reply = engine.ask({
      text: message.text,
      audience: message.audience,
      contextPostingId: deps.memory.get(message.conversation),
      postingId: message.chosenPostingId,
    });
    if (reply.posting) deps.memory.set(message.conversation, reply.posting.id);
    await io.say(reply);
    deps.observe?.({ message, reply, millis: now() - started });
    if (reply.kind === 'handoff') await deps.handoffs.open(message, reply, io);
  }
}
