/**
 * The durable side of a handoff: what is stored and the small interface a
 * store offers. SQLite implements it (sqlite-store.ts); a multi-instance
 * deployment could implement the same interface on PostgreSQL
 * (docs/design.md, "A PostgreSQL store"). Every method is async for that reason, and every
 * change that must not half-happen is one method, so a store can make it one
 * transaction.
 */
import type { Language } from '../content/types.js';
import type { Guess, Quote } from '../engine/types.js';
import type { Platform } from '../chat/types.js';

export type HandoffState = 'open' | 'claimed' | 'answered' | 'dismissed';

/** Where the candidate asked: enough to post there again after a restart. */
export interface ConversationRef {
  platform: Platform;
  channelId: string;
  /** Slack thread_ts or Discord thread id; null for a DM or a slash command. */
  threadId: string | null;
  isDirect: boolean;
}

/**
 * A ping message in the staff channel. A reply in its thread finds the handoff
 * by (platform, messageId): a Slack thread's thread_ts is the ping's ts, a
 * Discord thread started from the ping has the ping's id.
 */
export interface PingRef {
  channelId: string;
  messageId: string;
}

export type PingKind = 'first' | 'reminder' | 'escalation';

export interface StoredPing extends PingRef {
  kind: PingKind;
  recruiterId: string;
  at: number;
}

/**
 * A guess as a ping shows it. A question handed off from an answer the
 * candidate found unhelpful carries that answer's quote and a note saying so.
 */
export interface HandoffGuess extends Guess {
  quote?: Pick<Quote, 'text' | 'section' | 'url'>;
  note?: string;
}

export interface Handoff {
  id: string;
  state: HandoffState;
  platform: Platform;
  /** Platform user id of the candidate; never a name. */
  candidateId: string;
  conversation: ConversationRef;
  permalink: string | null;
  question: string;
  language: Language;
  postingId: string | null;
  topic: string | null;
  confidence: number;
  guesses: HandoffGuess[];
  /** The recruiter the engine named (knowledge/recruiters.yaml id). */
  recruiterId: string;
  /** Every ping sent, oldest first; the first is the handoff's ping. */
  pings: StoredPing[];
  /** Staff platform user ids. */
  claimedBy: string | null;
  answeredBy: string | null;
  dismissedBy: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  claimedAt: number | null;
  remindedAt: number | null;
  escalatedAt: number | null;
  answeredAt: number | null;
  dismissedAt: number | null;
  taughtAt: number | null;
  /** When the candidate was told a dismissed question will not be answered here. */
  candidateToldAt: number | null;
}

export type NewHandoff = Omit<
  Handoff,
  | 'state'
  | 'pings'
  | 'claimedBy'
  | 'answeredBy'
  | 'dismissedBy'
  | 'updatedAt'
  | 'claimedAt'
  | 'remindedAt'
  | 'escalatedAt'
  | 'answeredAt'
  | 'dismissedAt'
  | 'taughtAt'
  | 'candidateToldAt'
>;

export type HandoffEventType =
  | 'opened'
  | 'joined'
  | 'pinged'
  | 'reminded'
  | 'escalated'
  | 'claimed'
  | 'dismissed'
  | 'reply-recorded'
  | 'relayed'
  | 'answered'
  | 'taught'
  | 'candidate-told';

export interface HandoffEvent {
  id: number;
  handoffId: string;
  type: HandoffEventType;
  /** Staff platform user id, or null for Candor itself. */
  actor: string | null;
  /** A joined question's text, a ping's message id; never a name. */
  detail: string | null;
  at: number;
}

export type NewEvent = Omit<HandoffEvent, 'id' | 'handoffId'>;

/** A recruiter's reply in a ping's thread: recorded before it is relayed (the outbox). */
export interface RecruiterReply {
  id: number;
  handoffId: string;
  platform: Platform;
  /** The platform's id for the message, unique per platform. */
  eventId: string;
  staffId: string;
  /** Needed to attribute a relay made after a restart. */
  staffName: string;
  text: string;
  receivedAt: number;
  relayedAt: number | null;
}

export type NewReply = Omit<RecruiterReply, 'id' | 'relayedAt'>;

/** A question Candor could not answer, for `gaps`. */
export interface QuestionRecord {
  platform: Platform;
  candidateId: string;
  postingId: string | null;
  topic: string | null;
  question: string;
  handoffId: string | null;
  askedAt: number;
}

export interface Gap {
  postingId: string | null;
  topic: string | null;
  count: number;
  lastAskedAt: number;
  /** A few of the questions, newest first. */
  examples: string[];
}

/** Fields a transition may set. */
export type HandoffPatch = Partial<
  Pick<
    Handoff,
    | 'state'
    | 'claimedBy'
    | 'claimedAt'
    | 'answeredBy'
    | 'answeredAt'
    | 'dismissedBy'
    | 'dismissedAt'
    | 'remindedAt'
    | 'escalatedAt'
    | 'taughtAt'
    | 'candidateToldAt'
  >
>;

export interface Transition {
  /** Applied only when the handoff is in one of these states... */
  from: HandoffState[];
  /** ...and these fields are still null (a reminder not yet sent, an answer not yet taught). */
  unset?: Array<'remindedAt' | 'escalatedAt' | 'taughtAt' | 'claimedBy' | 'candidateToldAt'>;
  set: HandoffPatch;
  event: NewEvent;
  /** A platform event or interaction id: the same one twice changes nothing twice. */
  eventKey?: { platform: Platform; id: string };
}

export type TransitionResult =
  | { outcome: 'applied'; handoff: Handoff }
  | { outcome: 'duplicate'; handoff: Handoff | null }
  | { outcome: 'conflict'; handoff: Handoff }
  | { outcome: 'not-found'; handoff: null };

export interface ForgetReport {
  handoffs: number;
  questions: number;
}

export interface PurgeReport {
  handoffs: number;
  questions: number;
  events: number;
  /** Conversation memory rows (a thread's posting, a thread Candor answers in) untouched since. */
  conversations: number;
}

export interface HandoffStore {
  /** Inserts the handoff with its 'opened' event. */
  create(handoff: NewHandoff): Promise<Handoff>;
  get(id: string): Promise<Handoff | null>;
  /** The handoff a ping belongs to. */
  findByPing(platform: Platform, messageId: string): Promise<Handoff | null>;
  /** An open or claimed handoff of this candidate about this posting and topic. */
  findActive(key: { platform: Platform; candidateId: string; postingId: string | null; topic: string | null }): Promise<Handoff | null>;
  list(states: HandoffState[]): Promise<Handoff[]>;
  /** A compare-and-set on state (and a few null fields), with its event and its platform event id, all or nothing. */
  transition(id: string, transition: Transition): Promise<TransitionResult>;
  addPing(id: string, ping: StoredPing): Promise<void>;
  addEvent(id: string, event: NewEvent): Promise<void>;
  events(id: string): Promise<HandoffEvent[]>;
  /** Records the reply (keyed by platform and event id) and claims an open handoff for its author, together. */
  recordReply(reply: NewReply): Promise<{ outcome: 'recorded'; reply: RecruiterReply } | { outcome: 'duplicate' }>;
  /** Replies recorded and not yet relayed, oldest first. */
  unrelayed(): Promise<RecruiterReply[]>;
  replies(handoffId: string): Promise<RecruiterReply[]>;
  /** Marks the reply relayed and the handoff answered, with the events. False when it was already relayed. */
  markRelayed(replyId: number, at: number): Promise<boolean>;
  /** Remembers a platform event id; false when it was seen before. */
  markProcessed(platform: Platform, eventId: string, at: number): Promise<boolean>;
  recordQuestion(record: QuestionRecord): Promise<void>;
  gaps(since: number): Promise<Gap[]>;
  /** Deletes every handoff and question of one candidate. */
  forget(platform: Platform, candidateId: string): Promise<ForgetReport>;
  /** Deletes handoffs and conversation memory untouched since, and questions and processed event ids older than, `before`. */
  purge(before: number): Promise<PurgeReport>;
  close(): Promise<void>;
}
