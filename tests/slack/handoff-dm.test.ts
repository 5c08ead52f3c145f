/** Slack handoffs without a handoff channel: pings by DM, relays from the DM thread, escalation by a fresh DM. */
import { afterEach, describe, expect, it } from 'vitest';
import { actionIds, boot, cleanups, KUBE, MARIETTA, recorded, replyInThreadDm, VACATION } from './handoff-rig.js';
import { CHANNELS, flatten, USERS } from './harness.js';
import { messageEnvelope } from './payloads.js';

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Slack handoffs without a handoff channel', () => {
  it('DMs the recruiter, relays their reply in the DM thread, and escalates by a fresh DM', async () => {
    const b = await boot('http', { handoffChannel: null });
    const { rig, clock, runtime } = b;
    const mark = rig.fake.mark;
    const reply = await rig.ask(VACATION);
    const dm = `D${USERS.staff.slice(1)}`;
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === dm, { after: mark });
    await recorded(runtime, String(ping.result.ts));
    expect(rig.fake.callsTo('conversations.open').map((c) => c.params.users)).toEqual([USERS.staff]);
    expect(actionIds(ping)).toEqual(['handoff_claim', 'handoff_dismiss']);

    clock.advanceMinutes(241);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ escalated: 1 });
    const fresh = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === `D${MARIETTA.slice(1)}`, { after: mark });
    expect(fresh.params.thread_ts).toBeUndefined();
    expect(flatten(fresh.params)).toContain(VACATION);

    // A candidate's thread reply in their own DM with Candor is still a question.
    const candidateDm = `D${USERS.candidate.slice(1)}`;
    const answer = await rig.ask('is there on-call for the kubernetes team lead?', { direct: true });
    expect(answer.text).toContain(KUBE);
    const answerTs = String(rig.posted().at(-1)!.result.ts);
    let at = rig.fake.mark;
    await rig.deliverEvent(
      messageEnvelope({ text: 'and is it remote?', user: USERS.candidate, channel: candidateDm, ts: rig.fake.nextTs(), threadTs: answerTs, parentUserId: rig.fake.botUserId, channelType: 'im' }),
    );
    const own = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === candidateDm && c.params.thread_ts === answerTs, { after: at });
    expect(flatten(own.params)).toContain(KUBE);

    at = rig.fake.mark;
    await replyInThreadDm(rig, dm, String(ping.result.ts), 'Twenty-five days, plus Christmas.');
    const relay = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.jobs, { after: at });
    expect(relay.params.thread_ts).toBe(reply.thread.split('/')[1]);
    expect(flatten(relay.params)).toContain('> Twenty-five days, plus Christmas.');
    await expect.poll(async () => (await runtime.handoffs.list('all'))[0]!.state).toBe('answered');
  });

  it('marks a ping undeliverable when the recruiter has no Slack id, then escalates to the fallback', async () => {
    const b = await boot('http', { handoffChannel: null, andersSlackId: null });
    const { rig, clock, runtime } = b;
    const mark = rig.fake.mark;
    await rig.ask(VACATION);
    await expect.poll(() => rig.logs.some((l) => /cannot deliver a handoff ping/.test(l.msg))).toBe(true);
    await expect.poll(async () => (await runtime.handoffs.list('open'))[0]?.pings.length).toBe(1);
    const [handoff] = await runtime.handoffs.list('open');
    expect(handoff!.pings).toEqual([expect.objectContaining({ kind: 'first', messageId: expect.stringMatching(/^undeliverable:/) })]);
    expect(rig.posted().filter((c) => c.seq > mark && String(c.params.channel).startsWith('D'))).toEqual([]);

    clock.advanceMinutes(241);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ escalated: 1 });
    const fresh = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === `D${MARIETTA.slice(1)}`, { after: mark });
    expect(flatten(fresh.params)).toContain(`<@${MARIETTA}>: escalated to you`);
    expect(rig.fake.callsTo('chat.update')).toEqual([]);
  });

  it('relays the answer to a /jobs question as a DM to the candidate', async () => {
    const b = await boot('http');
    const { rig } = b;
    const mark = rig.fake.mark;
    const reply = await rig.command(VACATION);
    expect(reply.text).toMatch(/passed your question/);
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff, { after: mark });
    expect(flatten(ping.params)).toContain(`privately, with the slash command in <#${CHANNELS.jobs}>`);
    const at = rig.fake.mark;
    await rig.deliverEvent(
      messageEnvelope({ text: 'Twenty-five.', user: USERS.staff, channel: CHANNELS.handoff, ts: rig.fake.nextTs(), threadTs: String(ping.result.ts), channelType: 'channel' }),
    );
    const relay = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === `D${USERS.candidate.slice(1)}`, { after: at });
    expect(flatten(relay.params)).toContain('> Twenty-five.');
    expect(rig.fake.callsTo('conversations.open').at(-1)?.params.users).toBe(USERS.candidate);
  });
});
