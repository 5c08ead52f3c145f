/**
 * Answers Candor gave, and the feedback on them, in the handoffs' SQLite
 * database (table `answers`, migration 5). An answer is kept so a click on
 * Ask a recruiter can hand its question off later; the feedback is set once
 * (a compare-and-set), so a second click changes nothing.
 */
import type { Database } from 'better-sqlite3';
import type { Platform } from '../chat/types.js';
import type { Quote } from '../engine/types.js';
import { guard } from '../handoff/sqlite-store.js';
import { toAsked, type Asked, type AskedRow } from '../handoff/sqlite-rows.js';
import type { FeedbackCount, FeedbackKind } from './types.js';

/** An answer as stored: who asked what and where, as for a handoff (id: what its buttons carry), and what was quoted. */
export type StoredAnswer = Asked & {
  quotes: Quote[];
  askedAt: number;
  feedback: FeedbackKind | null;
  feedbackAt: number | null;
};

export type NewAnswer = Omit<StoredAnswer, 'feedback' | 'feedbackAt'>;

export interface AnswerStore {
  add(answer: NewAnswer): void;
  get(id: string): StoredAnswer | null;
  /** Sets the feedback when the answer has none yet; false when it had (or is gone). */
  mark(id: string, kind: FeedbackKind, at: number): boolean;
  /** Takes back a feedback whose effect failed (a handoff that could not be opened). */
  unmark(id: string, kind: FeedbackKind): void;
  counts(since: number): FeedbackCount[];
  forget(platform: Platform, candidateId: string): number;
  purge(before: number): number;
}

type AnswerRow = AskedRow & { quotes: string; asked_at: number; feedback: FeedbackKind | null; feedback_at: number | null };

export function createAnswerStore(db: Database): AnswerStore {
  const statements = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO answers (id, platform, candidate_id, channel_id, thread_id, is_direct, permalink, question, language,
         posting_id, topic, confidence, quotes, asked_at)
       VALUES (@id, @platform, @candidateId, @channelId, @threadId, @isDirect, @permalink, @question, @language,
         @postingId, @topic, @confidence, @quotes, @askedAt)`,
    ),
    get: db.prepare('SELECT * FROM answers WHERE id = ?'),
    mark: db.prepare('UPDATE answers SET feedback = ?, feedback_at = ? WHERE id = ? AND feedback IS NULL'),
    unmark: db.prepare('UPDATE answers SET feedback = NULL, feedback_at = NULL WHERE id = ? AND feedback = ?'),
    counts: db.prepare(
      `SELECT posting_id, topic, SUM(feedback = 'helpful') AS helpful, SUM(feedback = 'handoff') AS unhelpful
       FROM answers WHERE feedback_at >= ? GROUP BY posting_id, topic`,
    ),
    forget: db.prepare('DELETE FROM answers WHERE platform = ? AND candidate_id = ?'),
    purge: db.prepare('DELETE FROM answers WHERE COALESCE(feedback_at, asked_at) < ?'),
  };

  return {
    add: (answer) =>
      guard('cannot store an answer', () =>
        statements.insert.run({
          id: answer.id,
          platform: answer.platform,
          candidateId: answer.candidateId,
          channelId: answer.conversation.channelId,
          threadId: answer.conversation.threadId,
          isDirect: answer.conversation.isDirect ? 1 : 0,
          permalink: answer.permalink,
          question: answer.question,
          language: answer.language,
          postingId: answer.postingId,
          topic: answer.topic,
          confidence: answer.confidence,
          quotes: JSON.stringify(answer.quotes),
          askedAt: answer.askedAt,
        }),
      ),
    get: (id) =>
      guard('cannot read an answer', () => {
        const row = statements.get.get(id) as AnswerRow | undefined;
        return row ? toAnswer(row) : null;
      }),
    mark: (id, kind, at) => guard('cannot record feedback', () => statements.mark.run(kind, at, id).changes > 0),
    unmark: (id, kind) => guard('cannot take back feedback', () => void statements.unmark.run(id, kind)),
    counts: (since) =>
      guard('cannot count feedback', () =>
        (statements.counts.all(since) as Array<{ posting_id: string | null; topic: string | null; helpful: number; unhelpful: number }>).map(
          (row): FeedbackCount => ({ postingId: row.posting_id, topic: row.topic, helpful: row.helpful, unhelpful: row.unhelpful }),
        ),
      ),
    forget: (platform, candidateId) => guard('cannot forget answers', () => statements.forget.run(platform, candidateId).changes),
    purge: (before) => guard('cannot purge answers', () => statements.purge.run(before).changes),
  };
}

function toAnswer(row: AnswerRow): StoredAnswer {
  return {
    ...toAsked(row),
    quotes: JSON.parse(row.quotes) as Quote[],
    askedAt: row.asked_at,
    feedback: row.feedback,
    feedbackAt: row.feedback_at,
  };
}
