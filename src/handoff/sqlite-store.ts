/**
 * HandoffStore on SQLite (better-sqlite3): one file, created and migrated on
 * open. Every method that changes more than one row is one transaction, so a
 * process killed at any moment leaves either all of a change or none of it.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Platform } from '../chat/types.js';
import { CandorError, describe } from '../errors.js';
import { migrate } from './migrations.js';
import { COLUMNS, toEvent, toHandoff, toReply, type EventRow, type HandoffRow, type PingRow, type ReplyRow } from './sqlite-rows.js';
import type { Gap, Handoff, HandoffPatch, HandoffStore, NewEvent, NewHandoff, TransitionResult } from './store.js';

export interface SqliteStoreOptions {
  /** A file path (its folder is created), or ':memory:'. */
  path: string;
}

/** The SQLite store; `db` is exposed for tests and maintenance only. */
export type SqliteHandoffStore = HandoffStore & { readonly db: Database };

export function openSqliteStore(options: SqliteStoreOptions): SqliteHandoffStore {
  const db = guard(`cannot open the database ${options.path}`, () => {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const opened = new BetterSqlite3(options.path);
    opened.pragma('journal_mode = WAL');
    opened.pragma('synchronous = NORMAL');
    opened.pragma('foreign_keys = ON');
    opened.pragma('busy_timeout = 5000');
    migrate(opened);
    return opened;
  });

  const statements = {
    get: db.prepare('SELECT * FROM handoffs WHERE id = ?'),
    pings: db.prepare('SELECT channel_id, message_id, kind, recruiter_id, at FROM handoff_pings WHERE handoff_id = ? ORDER BY at, rowid'),
    byPing: db.prepare('SELECT handoff_id FROM handoff_pings WHERE platform = ? AND message_id = ?'),
    active: db.prepare(
      `SELECT * FROM handoffs WHERE platform = ? AND candidate_id = ? AND posting_id IS ? AND topic IS ?
         AND state IN ('open', 'claimed') ORDER BY created_at LIMIT 1`,
    ),
    insert: db.prepare(
      `INSERT INTO handoffs (id, state, platform, candidate_id, channel_id, thread_id, is_direct, permalink, question, language,
         posting_id, topic, confidence, guesses, recruiter_id, created_at, updated_at)
       VALUES (@id, 'open', @platform, @candidateId, @channelId, @threadId, @isDirect, @permalink, @question, @language,
         @postingId, @topic, @confidence, @guesses, @recruiterId, @createdAt, @createdAt)`,
    ),
    event: db.prepare('INSERT INTO handoff_events (handoff_id, type, actor, detail, at) VALUES (?, ?, ?, ?, ?)'),
    events: db.prepare('SELECT * FROM handoff_events WHERE handoff_id = ? ORDER BY id'),
    ping: db.prepare(
      'INSERT OR IGNORE INTO handoff_pings (handoff_id, platform, channel_id, message_id, kind, recruiter_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    processed: db.prepare('INSERT OR IGNORE INTO processed_events (platform, event_id, at) VALUES (?, ?, ?)'),
    reply: db.prepare(
      `INSERT OR IGNORE INTO recruiter_replies (handoff_id, platform, event_id, staff_id, staff_name, text, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    replyById: db.prepare('SELECT * FROM recruiter_replies WHERE id = ?'),
    replies: db.prepare('SELECT * FROM recruiter_replies WHERE handoff_id = ? ORDER BY id'),
    unrelayed: db.prepare('SELECT * FROM recruiter_replies WHERE relayed_at IS NULL ORDER BY id'),
    relayed: db.prepare('UPDATE recruiter_replies SET relayed_at = ? WHERE id = ? AND relayed_at IS NULL'),
    claimByReply: db.prepare(
      "UPDATE handoffs SET state = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ? WHERE id = ? AND state = 'open'",
    ),
    answer: db.prepare(
      `UPDATE handoffs SET state = 'answered', answered_by = ?, answered_at = COALESCE(answered_at, ?), updated_at = ?
       WHERE id = ? AND state IN ('open', 'claimed', 'answered')`,
    ),
    question: db.prepare(
      `INSERT INTO questions (platform, candidate_id, posting_id, topic, question, handoff_id, asked_at)
       VALUES (@platform, @candidateId, @postingId, @topic, @question, @handoffId, @askedAt)`,
    ),
    gaps: db.prepare(
      `SELECT posting_id, topic, COUNT(*) AS count, MAX(asked_at) AS last_asked_at
       FROM questions WHERE asked_at >= ? GROUP BY posting_id, topic ORDER BY count DESC, last_asked_at DESC`,
    ),
    gapExamples: db.prepare(
      `SELECT question FROM questions WHERE asked_at >= ? AND posting_id IS ? AND topic IS ?
       GROUP BY question ORDER BY MAX(asked_at) DESC, MAX(id) DESC LIMIT 3`,
    ),
    forgetHandoffs: db.prepare('DELETE FROM handoffs WHERE platform = ? AND candidate_id = ?'),
    forgetQuestions: db.prepare('DELETE FROM questions WHERE platform = ? AND candidate_id = ?'),
    purgeHandoffs: db.prepare('DELETE FROM handoffs WHERE updated_at < ?'),
    purgeQuestions: db.prepare('DELETE FROM questions WHERE asked_at < ?'),
    purgeEvents: db.prepare('DELETE FROM processed_events WHERE at < ?'),
    purgePostings: db.prepare('DELETE FROM conversation_postings WHERE updated_at < ?'),
    purgeThreads: db.prepare('DELETE FROM answered_threads WHERE updated_at < ?'),
  };

  const load = (id: string): Handoff | null => {
    const row = statements.get.get(id) as HandoffRow | undefined;
    return row ? toHandoff(row, statements.pings.all(id) as PingRow[]) : null;
  };
  const addEvent = (id: string, event: NewEvent) => statements.event.run(id, event.type, event.actor, event.detail, event.at);

  const transition = db.transaction((id: string, t: Parameters<HandoffStore['transition']>[1]): TransitionResult => {
    if (t.eventKey && statements.processed.run(t.eventKey.platform, t.eventKey.id, t.event.at).changes === 0) {
      return { outcome: 'duplicate', handoff: load(id) };
    }
    const current = load(id);
    if (!current) return { outcome: 'not-found', handoff: null };
    const unsetOk = (t.unset ?? []).every((field) => current[field] === null);
    if (!t.from.includes(current.state) || !unsetOk) return { outcome: 'conflict', handoff: current };
    const fields = Object.entries(t.set) as Array<[keyof HandoffPatch, unknown]>;
    const assignments = [...fields.map(([key]) => `${COLUMNS[key]} = @${key}`), 'updated_at = @updatedAt'].join(', ');
    const where = [`id = @id`, `state IN (${t.from.map((state) => `'${state}'`).join(', ')})`, ...(t.unset ?? []).map((f) => `${COLUMNS[f]} IS NULL`)];
    db.prepare(`UPDATE handoffs SET ${assignments} WHERE ${where.join(' AND ')}`).run({ ...t.set, updatedAt: t.event.at, id });
    addEvent(id, t.event);
    return { outcome: 'applied', handoff: load(id)! };
  });

  const recordReply = db.transaction((reply: Parameters<HandoffStore['recordReply']>[0]) => {
    const inserted = statements.reply.run(reply.handoffId, reply.platform, reply.eventId, reply.staffId, reply.staffName, reply.text, reply.receivedAt);
    if (inserted.changes === 0) return { outcome: 'duplicate' as const };
    addEvent(reply.handoffId, { type: 'reply-recorded', actor: reply.staffId, detail: null, at: reply.receivedAt });
    if (statements.claimByReply.run(reply.staffId, reply.receivedAt, reply.receivedAt, reply.handoffId).changes > 0) {
      addEvent(reply.handoffId, { type: 'claimed', actor: reply.staffId, detail: 'by reply', at: reply.receivedAt });
    }
    return { outcome: 'recorded' as const, reply: toReply(statements.replyById.get(inserted.lastInsertRowid) as ReplyRow) };
  });

  const markRelayed = db.transaction((replyId: number, at: number): boolean => {
    if (statements.relayed.run(at, replyId).changes === 0) return false;
    const reply = toReply(statements.replyById.get(replyId) as ReplyRow);
    const before = load(reply.handoffId);
    addEvent(reply.handoffId, { type: 'relayed', actor: reply.staffId, detail: null, at });
    if (before && statements.answer.run(reply.staffId, at, at, reply.handoffId).changes > 0 && before.state !== 'answered') {
      addEvent(reply.handoffId, { type: 'answered', actor: reply.staffId, detail: null, at });
    }
    return true;
  });

  const forget = db.transaction((platform: Platform, candidateId: string) => ({
    handoffs: statements.forgetHandoffs.run(platform, candidateId).changes,
    questions: statements.forgetQuestions.run(platform, candidateId).changes,
  }));

  const purge = db.transaction((before: number) => ({
    handoffs: statements.purgeHandoffs.run(before).changes,
    questions: statements.purgeQuestions.run(before).changes,
    events: statements.purgeEvents.run(before).changes,
    conversations: statements.purgePostings.run(before).changes + statements.purgeThreads.run(before).changes,
  }));

  const create = db.transaction((handoff: NewHandoff) => {
    statements.insert.run({
      id: handoff.id,
      platform: handoff.platform,
      candidateId: handoff.candidateId,
      channelId: handoff.conversation.channelId,
      threadId: handoff.conversation.threadId,
      isDirect: handoff.conversation.isDirect ? 1 : 0,
      permalink: handoff.permalink,
      question: handoff.question,
      language: handoff.language,
      postingId: handoff.postingId,
      topic: handoff.topic,
      confidence: handoff.confidence,
      guesses: JSON.stringify(handoff.guesses),
      recruiterId: handoff.recruiterId,
      createdAt: handoff.createdAt,
    });
    addEvent(handoff.id, { type: 'opened', actor: null, detail: null, at: handoff.createdAt });
    return load(handoff.id)!;
  });

  const run = async <T>(what: string, task: () => T): Promise<T> => guard(what, task);

  return {
    db,
    create: (handoff) => run('cannot store a handoff', () => create(handoff)),
    get: (id) => run('cannot read a handoff', () => load(id)),
    findByPing: (platform, messageId) =>
      run('cannot find a handoff by its ping', () => {
        const row = statements.byPing.get(platform, messageId) as { handoff_id: string } | undefined;
        return row ? load(row.handoff_id) : null;
      }),
    findActive: (key) =>
      run('cannot find an active handoff', () => {
        const row = statements.active.get(key.platform, key.candidateId, key.postingId, key.topic) as HandoffRow | undefined;
        return row ? load(row.id) : null;
      }),
    list: (states) =>
      run('cannot list handoffs', () => {
        if (states.length === 0) return [];
        const rows = db
          .prepare(`SELECT id FROM handoffs WHERE state IN (${states.map(() => '?').join(', ')}) ORDER BY created_at, id`)
          .all(...states) as Array<{ id: string }>;
        return rows.map((row) => load(row.id)!);
      }),
    transition: (id, t) => run('cannot change a handoff', () => transition.immediate(id, t)),
    addPing: (id, ping) =>
      run('cannot store a ping', () => {
        const handoff = load(id);
        if (!handoff) return;
        statements.ping.run(id, handoff.platform, ping.channelId, ping.messageId, ping.kind, ping.recruiterId, ping.at);
      }),
    addEvent: (id, event) => run('cannot store a handoff event', () => void addEvent(id, event)),
    events: (id) => run('cannot read handoff events', () => (statements.events.all(id) as EventRow[]).map(toEvent)),
    recordReply: (reply) => run('cannot record a recruiter reply', () => recordReply.immediate(reply)),
    unrelayed: () => run('cannot read unrelayed replies', () => (statements.unrelayed.all() as ReplyRow[]).map(toReply)),
    replies: (id) => run('cannot read replies', () => (statements.replies.all(id) as ReplyRow[]).map(toReply)),
    markRelayed: (replyId, at) => run('cannot mark a reply relayed', () => markRelayed.immediate(replyId, at)),
    markProcessed: (platform, eventId, at) =>
      run('cannot record a processed event', () => statements.processed.run(platform, eventId, at).changes > 0),
    recordQuestion: (record) => run('cannot record a question', () => void statements.question.run(record)),
    gaps: (since) =>
      run('cannot compute gaps', () =>
        (statements.gaps.all(since) as Array<{ posting_id: string | null; topic: string | null; count: number; last_asked_at: number }>).map(
          (row): Gap => ({
            postingId: row.posting_id,
            topic: row.topic,
            count: row.count,
            lastAskedAt: row.last_asked_at,
            examples: (statements.gapExamples.all(since, row.posting_id, row.topic) as Array<{ question: string }>).map((r) => r.question),
          }),
        ),
      ),
    forget: (platform, candidateId) => run('cannot forget a candidate', () => forget.immediate(platform, candidateId)),
    purge: (before) => run('cannot purge old records', () => purge.immediate(before)),
    close: () => run('cannot close the database', () => void (db.open && db.close())),
  };
}

/** Runs a database step; a failure becomes a STORE_FAILED error saying what failed. */
export function guard<T>(what: string, task: () => T): T {
  try {
    return task();
  } catch (cause) {
    if (cause instanceof CandorError) throw cause;
    throw new CandorError('STORE_FAILED', `${what}: ${describe(cause)}`, { cause });
  }
}
