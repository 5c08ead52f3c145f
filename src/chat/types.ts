/**
 * The seam between the core and a chat platform. An adapter turns a platform
 * event into an IncomingMessage and renders an Outgoing back; the core never
 * sees a platform type.
 */
import type { Audience, Guess, PostingRef, Reply } from '../engine/types.js';
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

/** What the core asks of the platform when a question is handed off. */
export interface HandoffPing {
  question: string;
  candidate: Author;
  posting: PostingRef | null;
  guesses: Guess[];
  recruiter: { id: string; name: string; email: string; slackUserId?: string; discordUserId?: string };
  /** Where the candidate asked, for the recruiter to jump to. */
  permalink: string | null;
  conversation: Conversation;
}

export interface ConversationIO {
  say: Say;
  /** Ping the recruiter in the staff channel (or by DM). Absent where no staff exists (terminal). */
  pingRecruiter?: (ping: HandoffPing) => Promise<void>;
}

export type MessageHandler = (message: IncomingMessage, io: ConversationIO) => Promise<void>;

export interface Adapter {
  readonly platform: Platform;
  start(handler: MessageHandler): Promise<void>;
  /**
   * Stops taking new events at the start of a drain, in a way the platform
   * delivers them again (a non-2xx answer, a closed socket); replies being
   * worked on still go out. Absent where nothing would be sent again.
   */
  refuse?(): Promise<void>;
  stop(): Promise<void>;
}
