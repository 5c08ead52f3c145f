/**
 * "Did that answer it?": what the core offers adapters for the two buttons
 * under every answer. An adapter forwards a click as a FeedbackClick and
 * shows the FeedbackResult; it never touches the store.
 */
import type { Language } from '../content/types.js';
import type { Reply } from '../engine/types.js';
import type { IncomingMessage, Platform } from '../chat/types.js';

/** helpful: the Helpful button; handoff: Ask a recruiter (the terminal's `/no`). */
export type FeedbackKind = 'helpful' | 'handoff';

export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['helpful', 'handoff'];

/** The buttons' action ids (Slack) and custom id prefixes (Discord, followed by the question id). */
export const FEEDBACK_ACTIONS: Record<FeedbackKind, string> = {
  helpful: 'feedback_helpful',
  handoff: 'feedback_handoff',
};

export interface FeedbackClick {
  /** The id the answer's buttons carry. */
  questionId: string;
  kind: FeedbackKind;
  /** The platform user id of whoever clicked. */
  userId: string;
}

/**
 * recorded: the click counted; already: this answer had its feedback (a
 * second click), nothing new happened; not-yours: someone other than the
 * asker clicked; not-found: the answer is gone (retention, forget) or the
 * id is unknown.
 */
export type FeedbackOutcome = 'recorded' | 'already' | 'not-yours' | 'not-found';

export interface FeedbackResult {
  outcome: FeedbackOutcome;
  /**
   * recorded and already: the short acknowledgement that replaces the
   * buttons; not-yours and not-found: a sentence for the clicker only.
   * Plain text in the answer's language.
   */
  text: string;
  language: Language;
  /**
   * Ask a recruiter, recorded or already: the handoff reply as if Candor had
   * handed the question off (text = the acknowledgement, naming who follows
   * up), for an adapter that renders handoffs its own way (the terminal).
   */
  handoff?: Reply;
}

/** The one entry adapters call on a click. */
export interface FeedbackDesk {
  click(click: FeedbackClick): Promise<FeedbackResult>;
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
