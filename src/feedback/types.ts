/**
 * "Did that answer it?": the two buttons under every answer. An adapter
 * forwards a click as a FeedbackEvent (an AdapterEvent, routed by
 * src/app/wire.ts) and shows the ActionResult; it never touches the store.
 */
import type { Reply } from '../engine/types.js';
import type { IncomingMessage, Platform } from '../chat/types.js';
import type { ActionResult, FeedbackEvent } from '../handoff/transport.js';

/** helpful: the Helpful button; handoff: Ask a recruiter (the terminal's `/no`). */
export type FeedbackKind = FeedbackEvent['kind'];

export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['helpful', 'handoff'];

/** The buttons' action ids (Slack) and custom id prefixes (Discord, followed by the question id). */
export const FEEDBACK_ACTIONS: Record<FeedbackKind, string> = {
  helpful: 'feedback_helpful',
  handoff: 'feedback_handoff',
};

/**
 * What a click comes back as: done (counted), duplicate (this answer had its
 * feedback; nothing new happened), forbidden (not the asker), not-found (the
 * answer is gone, or the id is unknown). On done and duplicate the message is
 * the short acknowledgement that replaces the buttons, else a sentence for
 * the clicker only; plain text in the answer's language. Ask a recruiter
 * carries the handoff reply as `reply`.
 */
export interface FeedbackDesk {
  receive(event: FeedbackEvent): Promise<ActionResult>;
}

/** What the handler asks before it sends an answer: an id for its buttons, or null (no buttons). */
export interface AnswerRecorder {
  record(message: IncomingMessage, reply: Reply): Promise<string | null>;
}

/** Feedback counted per posting and topic, for `gaps`. */
export interface FeedbackCount {
  postingId: string | null;
  topic: string | null;
  helpful: number;
  unhelpful: number;
}

export interface FeedbackService extends FeedbackDesk, AnswerRecorder {
  /** Feedback given in the last `days` days, per posting and topic. */
  counts(days: number): Promise<FeedbackCount[]>;
  /** Deletes one user's answers; returns how many. */
  forget(who: { platform: Platform; userId: string }): Promise<number>;
  /** Deletes answers older than the retention; returns how many. */
  purge(now?: number): Promise<number>;
}
