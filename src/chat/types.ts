/**
 * The message side of the seam between the core and a chat platform. An
 * adapter turns a platform event into an IncomingMessage and renders an
 * Outgoing back; the core never sees a platform type. The Adapter itself is
 * in adapter.ts.
 */
import type { Audience, Reply } from '../engine/types.js';
import type { Language } from '../content/types.js';

export type Platform = 'terminal' | 'slack' | 'discord';

export interface Author {
  id: string;
  name: string;
  isBot: boolean;
  /** The bot itself. */
  isMe: boolean;
}

export interface Conversation {
  platform: Platform;
  /** Channel, DM or terminal session id. */
  channelId: string;
  /** Thread the exchange lives in (Slack thread_ts, Discord thread channel id), or null. */
  threadId: string | null;
  isDirect: boolean;
}

export interface IncomingMessage {
  /** What the user wrote, with the bot's own mention removed. */
  text: string;
  author: Author;
  conversation: Conversation;
  /** Decided by the adapter from platform facts (user ids, roles), never from the text. */
  audience: Audience;
  /** 'command' for a slash command, whose text may be a sub-command (`postings`). */
  via: 'message' | 'command';
  /** A click on a clarify choice: answer the question for this posting. */
  chosenPostingId?: string;
  /** Link to the message on its platform, for a recruiter to jump to. */
  permalink?: string;
  /** The platform payload, for the rare platform-specific need. */
  raw: unknown;
}

/** Text of Candor's own that is not an answer to a question (listings, apologies, confirmations). */
export interface Notice {
  kind: 'notice';
  text: string;
  language: Language;
}

/** An answer the asker can mark Helpful or Ask a recruiter: its buttons carry questionId (src/feedback). */
export type AnswerWithFeedback = Reply & { questionId?: string };

export type Outgoing = AnswerWithFeedback | Notice;

/** Sends to the conversation it was made for, and nowhere else. */
export type Say = (outgoing: Outgoing) => Promise<void>;

/** What the core answers through; bound to one conversation. */
export interface ConversationIO {
  say: Say;
}

export type MessageHandler = (message: IncomingMessage, io: ConversationIO) => Promise<void>;
