import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { candidateMessage, fakeClock, handoffReply, noIo, openRig, staff, tempDir, type FakeClock, type Rig } from './helpers.js';

let engine: CandorEngine;
beforeAll(async () => {
  engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
});

describe('what Candor records', () => {
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let rig: Rig;
  const count = (table: string) => (rig.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

  beforeEach(() => {
    dir = tempDir();
    clock = fakeClock('2024-03-04T09:00:00Z');
    rig = openRig({ file: join(dir.path, 'candor.db'), engine: () => engine, clock });
  });
  afterEach(async () => {
    await rig.store.close();
    dir.remove();
  });

  const ask = (user: string, posting: string | null, topic: string | null, text = `question from ${user}`) =>
    rig.service.open(
      candidateMessage(text, { user }),
      handoffReply({ posting: posting ? { id: posting, title: posting } : null, topic, guesses: [] }),
      noIo,
    );

  it('gaps groups unanswered questions by posting and topic, most frequent first, within the days asked for', async () => {
    clock.set('2024-02-01T09:00:00Z');
    await ask('U-OLD', 'platform-engineer', 'compensation', 'old question');
    clock.set('2024-03-04T09:00:00Z');
    await ask('U1', 'kubernetes-team-lead', 'start-date', 'when can I start?');
    await ask('U2', 'kubernetes-team-lead', 'start-date', 'start date?');
    await ask('U2', 'kubernetes-team-lead', 'start-date', 'really, when?'); // joins U2's handoff, still a question
    await ask('U3', 'kubernetes-team-lead', 'benefits');
    await ask('U1', null, 'equipment', 'company car?');
    await ask('U4', null, 'equipment', 'a laptop?');
    await ask('U5', null, null);

    const gaps = await rig.service.gaps(7);
    expect(gaps.map((gap) => [gap.postingId, gap.topic, gap.count])).toEqual([
      ['kubernetes-team-lead', 'start-date', 3],
      [null, 'equipment', 2],
      ['kubernetes-team-lead', 'benefits', 1],
      [null, null, 1],
    ]);
    expect(gaps[0]!.examples).toEqual(['really, when?', 'start date?', 'when can I start?']);
    const month = await rig.service.gaps(60);
    expect(month.find((gap) => gap.topic === 'compensation')!.count).toBe(1);
  });

  it('forget deletes every handoff, event, reply and question of one candidate, and redacts their pings', async () => {
    await ask('U-GONE', 'kubernetes-team-lead', 'start-date');
    await ask('U-GONE', 'kubernetes-team-lead', 'benefits');
    await ask('U-STAYS', 'kubernetes-team-lead', 'start-date');
    const gone = (await rig.service.list('all')).filter((handoff) => handoff.candidateId === 'U-GONE');
    await rig.service.recordRecruiterReply({ platform: 'slack', messageId: gone[0]!.pings[0]!.messageId }, staff(), 'May.', 'm1');

    const report = await rig.service.forget({ platform: 'slack', userId: 'U-GONE' });
    expect(report).toEqual({ handoffs: 2, questions: 2 });
    expect((await rig.service.list('all')).map((handoff) => handoff.candidateId)).toEqual(['U-STAYS']);
    for (const handoff of gone) {
      expect(await rig.store.get(handoff.id)).toBeNull();
      expect(await rig.store.events(handoff.id)).toEqual([]);
      expect(await rig.store.replies(handoff.id)).toEqual([]);
    }
    expect(count('questions')).toBe(1);
    expect(rig.transport.updates.filter((card) => card.kind === 'forgotten').map((card) => card.handoff.id).sort()).toEqual(gone.map((h) => h.id).sort());
    // Same user id on another platform is another person.
    expect(await rig.service.forget({ platform: 'discord', userId: 'U-STAYS' })).toEqual({ handoffs: 0, questions: 0 });
  });

  it('purge removes handoffs and questions older than the retention period, and keeps the rest', async () => {
    clock.set('2023-11-01T09:00:00Z');
    await ask('U-OLD', 'kubernetes-team-lead', 'start-date');
    const [old] = await rig.service.list('all');
    await rig.service.dismiss(old!.id, staff(), 'old-click');
    clock.set('2024-03-01T09:00:00Z');
    await ask('U-NEW', 'kubernetes-team-lead', 'start-date');

    const report = await rig.service.purge(Date.parse('2024-03-04T09:00:00Z'));
    expect(report).toEqual({ handoffs: 1, questions: 1, events: 1, conversations: 0 });
    expect((await rig.service.list('all')).map((handoff) => handoff.candidateId)).toEqual(['U-NEW']);
    expect(count('handoff_events')).toBe(2); // opened + pinged of the new one
    expect(count('questions')).toBe(1);
    expect(await rig.service.purge(Date.parse('2024-03-04T09:00:00Z'))).toEqual({ handoffs: 0, questions: 0, events: 0, conversations: 0 });
  });

  it('stores no names of candidates', async () => {
    await ask('U-PRIVATE', 'kubernetes-team-lead', 'start-date');
    const db = rig.store.db;
    const everything = JSON.stringify(['handoffs', 'handoff_events', 'questions', 'handoff_pings'].map((table) => db.prepare(`SELECT * FROM ${table}`).all()));
    expect(everything).not.toContain('Casey');
    expect(everything).toContain('U-PRIVATE');
  });
});
