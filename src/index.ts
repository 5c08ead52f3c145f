/**
 * The core as adapters see it: everything an adapter under adapters/ may
 * import from src/, and nothing else. An adapter takes platform events in as
 * IncomingMessages and answers through a Say bound to one conversation
 * (chat/types.ts); where it has a staff side, it implements the handoff seam
 * (HandoffTransport) and forwards AdapterEvents (handoff/transport.ts). It
 * reports what it cannot hand back to a caller to the error funnel (OnError).
 */
export type { Adapter, AdapterHost } from './chat/adapter.js';
export type { AnswerWithFeedback, Author, Conversation, ConversationIO, IncomingMessage, MessageHandler, Notice, Outgoing, Platform, Say } from './chat/types.js';
export { createThreadRegistry, type ThreadRegistry } from './chat/memory.js';
export { age } from './chat/staff-commands.js';
export type {
  ActionResult,
  Actor,
  AdapterEvent,
  FeedbackEvent,
  ForwardEvent,
  HandoffButton,
  HandoffCard,
  HandoffTransport,
} from './handoff/transport.js';
export { FEEDBACK_ACTIONS, FEEDBACK_KINDS, type FeedbackKind } from './feedback/types.js';
export { buttonLabel } from './feedback/phrases.js';
export type { Handoff, PingKind, PingRef, StoredPing } from './handoff/store.js';
export type { Audience, PostingRef, Quote, Reply } from './engine/types.js';
export { phrase } from './engine/phrases.js';
export type { Language } from './content/types.js';
export { reachOf, whoOf } from './content/contacts.js';
export type { Recruiter } from './knowledge/types.js';
export type { DiscordConfig, SlackConfig } from './config.js';
export { PlatformError, describe, type ErrorContext, type OnError } from './errors.js';
export type { Logger } from './log.js';
export type { AdapterStatus } from './ops/adapter-status.js';
