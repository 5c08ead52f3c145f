/**
 * The SQLite schema as ordered migrations. A database records the versions it
 * has in schema_version; on start every missing one runs, each in its own
 * transaction. Add a migration at the end; never edit one that has shipped.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'handoffs, pings, events, replies, processed events, questions',
    sql: `
      CREATE TABLE handoffs (
        id            TEXT PRIMARY KEY,
        state         TEXT NOT NULL CHECK (state IN ('open', 'claimed', 'answered', 'dismissed')),
        platform      TEXT NOT NULL,
        candidate_id  TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        thread_id     TEXT,
        is_direct     INTEGER NOT NULL,
        permalink     TEXT,
        question      TEXT NOT NULL,
        language      TEXT NOT NULL,
        posting_id    TEXT,
        topic         TEXT,
        confidence    REAL NOT NULL,
        guesses       TEXT NOT NULL,
        recruiter_id  TEXT NOT NULL,
        claimed_by    TEXT,
        answered_by   TEXT,
        dismissed_by  TEXT,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        claimed_at    INTEGER,
        reminded_at   INTEGER,
        escalated_at  INTEGER,
        answered_at   INTEGER,
        dismissed_at  INTEGER,
        taught_at     INTEGER
      );
      CREATE INDEX handoffs_by_state ON handoffs (state, created_at);
      CREATE INDEX handoffs_by_candidate ON handoffs (platform, candidate_id);
      CREATE INDEX handoffs_by_update ON handoffs (updated_at);

      CREATE TABLE handoff_pings (
        handoff_id    TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
        platform      TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        message_id    TEXT NOT NULL,
        kind          TEXT NOT NULL,
        recruiter_id  TEXT NOT NULL,
        at            INTEGER NOT NULL,
        PRIMARY KEY (platform, message_id)
      );
      CREATE INDEX handoff_pings_by_handoff ON handoff_pings (handoff_id);

      CREATE TABLE handoff_events (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        handoff_id    TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
        type          TEXT NOT NULL,
        actor         TEXT,
        detail        TEXT,
        at            INTEGER NOT NULL
      );
      CREATE INDEX handoff_events_by_handoff ON handoff_events (handoff_id, id);

      CREATE TABLE recruiter_replies (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        handoff_id    TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
        platform      TEXT NOT NULL,
        event_id      TEXT NOT NULL,
        staff_id      TEXT NOT NULL,
        staff_name    TEXT NOT NULL,
        text          TEXT NOT NULL,
        received_at   INTEGER NOT NULL,
        relayed_at    INTEGER,
        UNIQUE (platform, event_id)
      );
      CREATE INDEX recruiter_replies_unrelayed ON recruiter_replies (relayed_at, id);

      CREATE TABLE processed_events (
        platform      TEXT NOT NULL,
        event_id      TEXT NOT NULL,
        at            INTEGER NOT NULL,
        PRIMARY KEY (platform, event_id)
      );
      CREATE INDEX processed_events_by_time ON processed_events (at);

      CREATE TABLE questions (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        platform      TEXT NOT NULL,
        candidate_id  TEXT NOT NULL,
        posting_id    TEXT,
        topic         TEXT,
        question      TEXT NOT NULL,
        handoff_id    TEXT,
        asked_at      INTEGER NOT NULL
      );
      CREATE INDEX questions_by_time ON questions (asked_at);
      CREATE INDEX questions_by_candidate ON questions (platform, candidate_id);
    `,
  },
  {
    version: 2,
    name: 'conversation memory: the posting a conversation is about, the threads Candor answers in',
    sql: `
      CREATE TABLE conversation_postings (
        platform          TEXT NOT NULL,
        conversation_key  TEXT NOT NULL,
        posting_id        TEXT NOT NULL,
        updated_at        INTEGER NOT NULL,
        PRIMARY KEY (platform, conversation_key)
      );
      CREATE INDEX conversation_postings_by_update ON conversation_postings (updated_at);

      CREATE TABLE answered_threads (
        platform    TEXT NOT NULL,
        thread_key  TEXT NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (platform, thread_key)
      );
      CREATE INDEX answered_threads_by_update ON answered_threads (updated_at);
    `,
  },
  {
    version: 3,
    name: 'a dismissed handoff tells the candidate',
    sql: `
      ALTER TABLE handoffs ADD COLUMN candidate_told_at INTEGER;
      CREATE INDEX handoffs_untold ON handoffs (state, candidate_told_at);
    `,
  },
  {
    version: 4,
    name: 'installation settings (the key user ids in logs are hashed with)',
    sql: `
      CREATE TABLE installation (
        name   TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'answers and the feedback on them (Helpful, Ask a recruiter)',
    sql: `
      CREATE TABLE answers (
        id            TEXT PRIMARY KEY,
        platform      TEXT NOT NULL,
        candidate_id  TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        thread_id     TEXT,
        is_direct     INTEGER NOT NULL,
        permalink     TEXT,
        question      TEXT NOT NULL,
        language      TEXT NOT NULL,
        posting_id    TEXT,
        topic         TEXT,
        confidence    REAL NOT NULL,
        quotes        TEXT NOT NULL,
        asked_at      INTEGER NOT NULL,
        feedback      TEXT CHECK (feedback IN ('helpful', 'handoff')),
        feedback_at   INTEGER
      );
      CREATE INDEX answers_by_time ON answers (asked_at);
      CREATE INDEX answers_by_feedback ON answers (feedback_at);
      CREATE INDEX answers_by_candidate ON answers (platform, candidate_id);
    `,
  },
];

/** Brings the database up to the newest version; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, now: () => number = Date.now): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_version').all() as Array<{ version: number }>).map((row) => row.version));
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const ran: number[] = [];
  for (const migration of ordered) {
    if (applied.has(migration.version)) continue;
    // IMMEDIATE: a second process starting at the same time waits instead of migrating twice.
    db.transaction(() => {
      const again = db.prepare('SELECT 1 FROM schema_version WHERE version = ?').get(migration.version);
      if (again) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, now());
      ran.push(migration.version);
    }).immediate();
  }
  return ran;
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as { version: number | null } | undefined;
  return row?.version ?? 0;
}
