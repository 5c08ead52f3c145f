/**
 * The conversation memory on SQLite, beside the handoffs: which posting each
 * conversation is about and which threads Candor answers in. Both survive a
 * restart (a follow-up in a thread answered before a deploy is still
 * answered, about the same posting), are bounded (the least recently used
 * rows go first) and are deleted with the retention purge (sqlite-store.ts).
 * better-sqlite3 is synchronous, so the handler's memory stays synchronous.
 */
import type { Database } from 'better-sqlite3';
import { conversationKey, type ConversationMemory, type ThreadRegistry } from '../chat/memory.js';
import type { Platform } from '../chat/types.js';

export interface ConversationStoreOptions {
  /** Rows kept per table at most; past it the least recently used go. */
  limit?: number;
  now?: () => number;
}

export interface ConversationStore {
  memory: ConversationMemory;
  threads: ThreadRegistry;
}

/** Trimming to the limit costs a scan: done once every this many writes, so a table exceeds it by this much at most. */
const TRIM_EVERY = 500;

export function createConversationStore(db: Database, options: ConversationStoreOptions = {}): ConversationStore {
  const limit = options.limit ?? 100_000;
  const now = options.now ?? Date.now;
  const statements = {
    getPosting: db.prepare('SELECT posting_id FROM conversation_postings WHERE platform = ? AND conversation_key = ?'),
    setPosting: db.prepare(
      `INSERT INTO conversation_postings (platform, conversation_key, posting_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, conversation_key) DO UPDATE SET posting_id = excluded.posting_id, updated_at = excluded.updated_at`,
    ),
    hasThread: db.prepare('SELECT 1 FROM answered_threads WHERE platform = ? AND thread_key = ?'),
    addThread: db.prepare(
      `INSERT INTO answered_threads (platform, thread_key, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (platform, thread_key) DO UPDATE SET updated_at = excluded.updated_at`,
    ),
    trimPostings: db.prepare(
      'DELETE FROM conversation_postings WHERE rowid IN (SELECT rowid FROM conversation_postings ORDER BY updated_at DESC LIMIT -1 OFFSET ?)',
    ),
    trimThreads: db.prepare('DELETE FROM answered_threads WHERE rowid IN (SELECT rowid FROM answered_threads ORDER BY updated_at DESC LIMIT -1 OFFSET ?)'),
  };
  let writes = 0;
  const wrote = () => {
    writes += 1;
    if (writes % TRIM_EVERY !== 0) return;
    statements.trimPostings.run(limit);
    statements.trimThreads.run(limit);
  };

  return {
    memory: {
      get(conversation) {
        const row = statements.getPosting.get(conversation.platform, conversationKey(conversation)) as { posting_id: string } | undefined;
        return row?.posting_id;
      },
      set(conversation, postingId) {
        statements.setPosting.run(conversation.platform, conversationKey(conversation), postingId, now());
        wrote();
      },
    },
    threads: {
      has: (platform: Platform, key: string) => statements.hasThread.get(platform, key) !== undefined,
      add(platform: Platform, key: string) {
        statements.addThread.run(platform, key, now());
        wrote();
      },
    },
  };
}
