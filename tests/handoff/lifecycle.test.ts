import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { candidate, candidateMessage, fakeClock, handoffReply, noIo, openRig, staff, tempDir, type FakeClock, type Rig } from './helpers.js';

let engine: CandorEngine;
beforeAll(async () => {
  engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
});

describe('handoff lifecycle', () => {
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let rig: Rig;

  beforeEach(() => {
    dir = tempDir();
    clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
    rig = openRig({ file: join(dir.path, 'data', 'candor.db'), engine: () => engine, clock });
  });
  afterEach(async () => {
    await rig.store.close();
    dir.remove();
  });

  async function openOne(text = 'When could I start as Kubernetes team lead?', options: Parameters<typeof candidateMessage>[1] = {}) {
    await rig.service.open(candidateMessage(text, options), handoffReply(), noIo);
    const [handoff] = await rig.service.list('queue');
    return handoff!;
  }

  it('opens, pings with everything a recruiter needs, is claimed, answered by a reply in the ping thread, and relayed', async () => {
    const handoff = await openOne();
    expect(handoff.state).toBe('open');
    expect(rig.transport.pings).toHaveLength(1);
    const ping = rig.transport.pings[0]!;
    expect(ping.kind).toBe('first');
    expect(ping.recruiter.id).toBe('marietta');
    expect(ping.posting).toEqual({ id: 'kubernetes-team-lead', title: 'Team Lead for our Kubernetes team' });
    expect(ping.questions).toEqual(['When could I start as Kubernetes team lead?']);
    expect(ping.handoff.candidateId).toBe('U-CANDIDATE');
    expect(ping.handoff.guesses[0]!.confidence).toBe(0.35);
    expect(ping.handoff.permalink).toContain('slack.com');
    expect(ping.buttons).toEqual(['claim', 'dismiss']);

    const claimed = await rig.service.claim(handoff.id, staff(), 'act-1');
    expect(claimed.outcome).toBe('done');
    expect(claimed.handoff!.state).toBe('claimed');
    expect(claimed.handoff!.claimedBy).toBe('U-RECRUITER');
    expect(rig.transport.updates.at(-1)!.buttons).toEqual(['dismiss']);

    const pingRef = claimed.handoff!.pings[0]!;
    clock.advanceMinutes(5);
    const answered = await rig.service.recordRecruiterReply({ platform: 'slack', messageId: pingRef.messageId }, staff(), 'You could start in May.', 'msg-1');
    expect(answered.outcome).toBe('done');
    expect(answered.message).toMatch(/relayed/i);
    expect(rig.transport.relays).toEqual([
      { handoffId: handoff.id, channelId: 'C-JOBS', threadId: '1700000000.000100', recruiterName: 'Rita Recruiter', text: 'You could start in May.' },
    ]);
    const after = (await rig.store.get(handoff.id))!;
    expect(after.state).toBe('answered');
    expect(after.answeredBy).toBe('U-RECRUITER');
    expect(rig.transport.updates.at(-1)!.buttons).toEqual(['teach']);
    const events = (await rig.store.events(handoff.id)).map((event) => event.type);
    expect(events).toEqual(['opened', 'pinged', 'claimed', 'reply-recorded', 'relayed', 'answered']);
    expect(await rig.service.list('queue')).toEqual([]);
    expect(rig.errors).toEqual([]);
  });

  it('a recruiter who simply replies claims the handoff', async () => {
    const handoff = await openOne();
    const result = await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff.pings[0]!.messageId }, staff('U-OTHER', 'Olav'), 'May.', 'msg-1');
    expect(result.handoff!.claimedBy).toBe('U-OTHER');
    expect(result.handoff!.state).toBe('answered');
    expect(rig.transport.relays[0]!.recruiterName).toBe('Olav');
  });

  it('attributes a relayed reply to the recruiter named in the directory when the staff id is listed there', async () => {
    const listed = { ...engine, knowledge: { ...engine.knowledge, directory: { ...engine.knowledge.directory, recruiters: engine.knowledge.directory.recruiters.map((r) => (r.id === 'marietta' ? { ...r, slackUserId: 'U-MARIETTA' } : r)) } } };
    await rig.store.close();
    rig = openRig({ file: join(dir.path, 'data', 'candor.db'), engine: () => listed, clock });
    const handoff = await openOne();
    await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff.pings[0]!.messageId }, staff('U-MARIETTA', 'mlarsen'), 'May.', 'msg-1');
    expect(rig.transport.relays[0]!.recruiterName).toBe('Marietta');
  });

  it('only staff can claim, dismiss, answer or teach', async () => {
    const handoff = await openOne();
    const ping = { platform: 'slack' as const, messageId: handoff.pings[0]!.messageId };
    expect((await rig.service.claim(handoff.id, candidate(), 'a1')).outcome).toBe('forbidden');
    expect((await rig.service.dismiss(handoff.id, candidate(), 'a2')).outcome).toBe('forbidden');
    expect((await rig.service.recordRecruiterReply(ping, candidate(), 'I answer myself', 'm1')).outcome).toBe('forbidden');
    expect((await rig.service.teach(handoff.id, candidate(), 'a3')).outcome).toBe('forbidden');
    expect((await rig.store.get(handoff.id))!.state).toBe('open');
    expect(rig.transport.relays).toEqual([]);
    expect(await rig.store.replies(handoff.id)).toEqual([]);
    // A staff member can still act on it afterwards, with the same ids a candidate tried.
    expect((await rig.service.claim(handoff.id, staff(), 'a1')).outcome).toBe('done');
  });

  it('a dismissed handoff relays nothing and cannot be claimed', async () => {
    const handoff = await openOne();
    expect((await rig.service.dismiss(handoff.id, staff(), 'd1')).handoff!.state).toBe('dismissed');
    expect(rig.transport.updates.at(-1)!.buttons).toEqual([]);
    const reply = await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff.pings[0]!.messageId }, staff(), 'late', 'm1');
    expect(reply.outcome).toBe('conflict');
    expect((await rig.service.claim(handoff.id, staff(), 'c1')).outcome).toBe('conflict');
    expect(rig.transport.relays).toEqual([]);
  });

  it('the same event or interaction twice changes nothing twice', async () => {
    const handoff = await openOne();
    const first = await rig.service.claim(handoff.id, staff(), 'interaction-7');
    const again = await rig.service.claim(handoff.id, staff(), 'interaction-7');
    expect(first.outcome).toBe('done');
    expect(again.outcome).toBe('duplicate');
    const ping = { platform: 'slack' as const, messageId: handoff.pings[0]!.messageId };
    await rig.service.recordRecruiterReply(ping, staff(), 'May.', 'event-9');
    const replayed = await rig.service.recordRecruiterReply(ping, staff(), 'May.', 'event-9');
    expect(replayed.outcome).toBe('duplicate');
    expect(rig.transport.relays).toHaveLength(1);
    const types = (await rig.store.events(handoff.id)).map((event) => event.type);
    expect(types.filter((type) => type === 'claimed')).toHaveLength(1);
    expect(types.filter((type) => type === 'relayed')).toHaveLength(1);
    // A second, different reply is a follow-up and is relayed too; the handoff stays answered.
    await rig.service.recordRecruiterReply(ping, staff(), 'Or June.', 'event-10');
    expect(rig.transport.relays.map((relay) => relay.text)).toEqual(['May.', 'Or June.']);
    expect((await rig.store.get(handoff.id))!.state).toBe('answered');
  });

  it('a second question on the same posting and topic joins the open handoff instead of paging again', async () => {
    const handoff = await openOne('When could I start as Kubernetes team lead?');
    await rig.service.open(candidateMessage('Could I start already next month?'), handoffReply(), noIo);
    expect(rig.transport.pings).toHaveLength(1);
    expect(await rig.service.list('queue')).toHaveLength(1);
    expect(rig.transport.updates.at(-1)!.questions).toEqual(['When could I start as Kubernetes team lead?', 'Could I start already next month?']);

    // Another topic, or another candidate, is a new handoff.
    await rig.service.open(candidateMessage('Is there a company car?'), handoffReply({ topic: 'benefits' }), noIo);
    await rig.service.open(candidateMessage('When could I start?', { user: 'U-SOMEONE-ELSE' }), handoffReply(), noIo);
    expect(rig.transport.pings).toHaveLength(3);

    // Once answered, the same question opens a new one.
    await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff.pings[0]!.messageId }, staff(), 'May.', 'm1');
    await rig.service.open(candidateMessage('And when exactly?'), handoffReply(), noIo);
    expect(rig.transport.pings).toHaveLength(4);
    // Both questions of the joined handoff count as gaps.
    const gaps = await rig.service.gaps(30);
    expect(gaps.find((gap) => gap.topic === 'start-date')!.count).toBe(4);
  });

  it('a ping that failed is sent by the next tick; a platform without a transport only records the question', async () => {
    rig.transport.mode = 'fail';
    const handoff = await openOne();
    expect(handoff.pings).toEqual([]);
    expect(rig.errors).toHaveLength(1);
    rig.transport.mode = 'ok';
    const report = await rig.service.tick();
    expect(report.pinged).toBe(1);
    expect((await rig.store.get(handoff.id))!.pings).toHaveLength(1);

    await rig.service.open(candidateMessage('when can I start?', { platform: 'terminal', user: 'terminal-user' }), handoffReply(), noIo);
    expect(await rig.service.list('all')).toHaveLength(1);
    const gaps = await rig.service.gaps(30);
    expect(gaps[0]!.count).toBe(2);
  });

  it('reports a claim on a handoff that does not exist', async () => {
    const result = await rig.service.claim('nope', staff(), 'x');
    expect(result.outcome).toBe('not-found');
    const reply = await rig.service.recordRecruiterReply({ platform: 'slack', messageId: 'unrelated' }, staff(), 'hi', 'm');
    expect(reply.outcome).toBe('not-found');
  });
});
