/** The conversation memory in SQLite: kept across a reopen, bounded, and deleted with the retention purge. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConversationStore } from '../../src/handoff/conversations.js';
import { openSqliteStore } from '../../src/handoff/sqlite-store.js';
import { tempDir } from './helpers.js';

const thread = (id: string) => ({ platform: 'slack' as const, channelId: 'C0JOBS', threadId: id, isDirect: false });

describe('conversation memory in the handoff database', () => {
  it('survives reopening the file', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'candor.db');
    const first = openSqliteStore({ path });
    const before = createConversationStore(first.db);
    before.memory.set(thread('1.1'), 'kubernetes-team-lead');
    before.threads.add('slack', 'C0JOBS:1.1');
    await first.close();
    const second = openSqliteStore({ path });
    const after = createConversationStore(second.db);
    expect(after.memory.get(thread('1.1'))).toBe('kubernetes-team-lead');
    expect(after.threads.has('slack', 'C0JOBS:1.1')).toBe(true);
    expect(after.threads.has('discord', 'C0JOBS:1.1')).toBe(false);
    await second.close();
    dir.remove();
  });

  it('keeps the most recently used rows past its limit', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    let clock = 0;
    const conversations = createConversationStore(store.db, { limit: 10, now: () => ++clock });
    for (let i = 0; i < 1_000; i += 1) conversations.memory.set(thread(`${i}`), 'p');
    const rows = store.db.prepare('SELECT COUNT(*) AS n FROM conversation_postings').get() as { n: number };
    expect(rows.n).toBeLessThanOrEqual(10 + 500);
    expect(conversations.memory.get(thread('999'))).toBe('p');
    expect(conversations.memory.get(thread('0'))).toBeUndefined();
    await store.close();
  });

  it('is purged with the retention', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    let now = 1_000;
    const conversations = createConversationStore(store.db, { now: () => now });
    conversations.memory.set(thread('old'), 'p');
    conversations.threads.add('slack', 'C0JOBS:old');
    now = 5_000;
    conversations.memory.set(thread('new'), 'p');
    expect((await store.purge(2_000)).conversations).toBe(2);
    expect(conversations.memory.get(thread('old'))).toBeUndefined();
    expect(conversations.threads.has('slack', 'C0JOBS:old')).toBe(false);
    expect(conversations.memory.get(thread('new'))).toBe('p');
    await store.close();
  });
});
