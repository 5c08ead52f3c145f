/** What the adapter gives both of its listeners: messages (on-message.ts) and interactions (interactions.ts). */
import type { Client } from 'discord.js';
import type { ConversationIO, HandoffPing, MessageHandler, Say } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import type { HandoffService } from '../../src/handoff/service.js';
import type { Logger } from '../../src/log.js';
import type { ChoiceStore } from './choices.js';
import type { ThreadRegistry } from '../../src/chat/memory.js';
import type { FeedbackDesk } from '../../src/feedback/types.js';

export interface ListenerDeps {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
  handler: MessageHandler;
  choices: ChoiceStore;
  /** The ping-only path; absent when the handoff service pings (the core opens handoffs itself). */
  pingRecruiter?: (ping: HandoffPing) => Promise<void>;
  /** The durable workflow: handoff buttons and replies in ping threads act on it. */
  handoffs?: HandoffService;
  /** Threads Candor answers in (thread channel ids): follow-ups there need no mention. */
  threads: ThreadRegistry;
  /** Where Helpful / Ask a recruiter clicks under answers go. */
  feedback?: FeedbackDesk;
}

/** The io the core answers through; it offers the one-shot ping only on the ping-only path. */
export function conversationIO(deps: ListenerDeps, say: Say): ConversationIO {
  return deps.pingRecruiter ? { say, pingRecruiter: deps.pingRecruiter } : { say };
}
