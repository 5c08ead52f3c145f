import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { MIGRATIONS, schemaVersion } from '../../src/handoff/migrations.js';
import { openSqliteStore } from '../../src/handoff/sqlite-store.js';
import { candidateMessage, fakeClock, fakeTransport, handoffReply, noIo, openRig, staff, tempDir, type FakeClock } from './helpers.js';

let engine: CandorEngine;
beforeAll(async () => {
  engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition never became true');
}

describe('a process killed mid-work', () => {
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let file: string;

  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'candor.db');
    clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
  });
  afterEach(() => dir.remove());

  it('restarts with open, claimed and answered-but-not-relayed handoffs and completes each exactly once', async () => {
    const before = openRig({ file, engine: () => engine, clock });
    const ask = (user: string) => before.service.open(candidateMessage('When could I start?', { user, thread: `t-${user}` }), handoffReply(), noIo);
    await ask('U-OPEN');
    await ask('U-CLAIMED');
    await ask('U-ANSWERED');
    const byUser = async (user: string) => (await before.service.list('all')).find((handoff) => handoff.candidateId === user)!;
    const claimed = await byUser('U-CLAIMED');
    await before.service.claim(claimed.id, staff(), 'claim-1');
    const answered = await byUser('U-ANSWERED');

    // The platform stops answering; the process is killed while relaying a reply and while pinging a new handoff.
    before.transport.mode = 'hang';
    void before.service.recordRecruiterReply({ platform: 'slack', messageId: answered.pings[0]!.messageId }, staff(), 'You could start in May.', 'evt-1');
    void ask('U-UNPINGED');
    await until(async () => (await before.store.unrelayed()).length === 1 && (await before.service.list('all')).length === 4);
    before.store.db.close(); // no cleanup, no pending work finished

    const after = openRig({ file, engine: () => engine, clock, transport: fakeTransport() });
    expect((await after.service.list('open')).map((h) => h.candidateId).sort()).toEqual(['U-OPEN', 'U-UNPINGED']);
    // The recorded reply claimed its handoff; it is answered only once relayed.
    expect((await after.service.list('claimed')).map((h) => h.candidateId)).toEqual(['U-CLAIMED', 'U-ANSWERED']);

    expect(await after.service.recoverOnStart()).toEqual({ relayed: 1, pinged: 1, reminded: 0, escalated: 0, told: 0 });
    expect(after.transport.relays).toEqual([
      { handoffId: answered.id, channelId: 'C-JOBS', threadId: 't-U-ANSWERED', recruiterName: 'Rita Recruiter', text: 'You could start in May.' },
    ]);
    expect((await after.store.get(answered.id))!.state).toBe('answered');
    expect(after.transport.pings.map((card) => card.handoff.candidateId)).toEqual(['U-UNPINGED']);

    // Nothing happens twice: another recovery, a tick, and the same platform event delivered again.
    expect(await after.service.recoverOnStart()).toEqual({ relayed: 0, pinged: 0, reminded: 0, escalated: 0, told: 0 });
    await after.service.tick();
    const replay = await after.service.recordRecruiterReply({ platform: 'slack', messageId: answered.pings[0]!.messageId }, staff(), 'You could start in May.', 'evt-1');
    expect(replay.outcome).toBe('duplicate');
    expect(after.transport.relays).toHaveLength(1);

    // Reminders resume for what is still open, not for what is claimed.
    clock.advanceMinutes(60);
    expect(await after.service.tick()).toMatchObject({ reminded: 2 });
    expect(after.transport.pings.filter((card) => card.kind === 'reminder').map((card) => card.handoff.candidateId).sort()).toEqual(['U-OPEN', 'U-UNPINGED']);

    // The claimed handoff is still answerable through its original ping.
    const answer = await after.service.recordRecruiterReply({ platform: 'slack', messageId: claimed.pings[0]!.messageId }, staff(), 'June.', 'evt-2');
    expect(answer.handoff!.state).toBe('answered');
    expect(after.transport.relays).toHaveLength(2);
    await after.store.close();
  });

  it('survives a real SIGKILL between recording a reply and relaying it', async () => {
    const script = join(import.meta.dirname, 'kill-child.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8', timeout: 30_000 });
    expect(child.signal).toBe('SIGKILL');
    const after = openRig({ file, engine: () => engine, clock });
    expect((await after.store.unrelayed()).map((reply) => reply.text)).toEqual(['See you in May.']);
    await after.service.recoverOnStart();
    await after.service.recoverOnStart();
    expect(after.transport.relays.map((relay) => relay.text)).toEqual(['See you in May.']);
    await after.store.close();
  });
});

describe('the database', () => {
  it('is created with its folder and migrated once', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'nested', 'data', 'candor.db');
    const first = openSqliteStore({ path: file });
    expect(schemaVersion(first.db)).toBe(MIGRATIONS.at(-1)!.version);
    await first.close();
    const second = openSqliteStore({ path: file });
    expect(second.db.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: MIGRATIONS.length });
    await second.close();
    dir.remove();
  });
});
