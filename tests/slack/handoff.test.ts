/**
 * The durable handoff workflow in Slack, over HTTP and Socket Mode: the real
 * Bolt app against FakeSlack, the real runtime and a hand-moved clock
 * (handoff-rig.ts). The lifecycle every adapter owes is the handoff contract
 * (tests/contract); these are Slack's own ways of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionIds, boot, buttonsOf, cleanups, handoffSteps, KUBE, LIVE_MARKUP, MARIETTA, START, VACATION, type Booted } from './handoff-rig.js';
import { CHANNELS, flatten, USERS } from './harness.js';

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(['http', 'socket'] as const)('Slack handoffs over %s', (mode) => {
  let b: Booted;
  const { pingAfter, onlyHandoff, click, ephemeralTo, updateOf, replyInThread, sentinel } = handoffSteps(() => b);

  it('a dismissed handoff tells the candidate, in their language, that it will not be answered here and whom to ask', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    const reply = await rig.ask('Sponser dere arbeidsvisum for Kubernetes team lead?');
    expect(reply.text).toMatch(/følger opp med deg her/);
    const candidateThread = reply.thread.split('/')[1]!;
    const ping = await pingAfter(mark);
    const at = rig.fake.mark;
    await click(ping, 'handoff_dismiss', USERS.staff);
    const told = await rig.fake.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.jobs && c.params.thread_ts === candidateThread,
      { after: at },
    );
    expect(flatten(told.params)).toMatch(/blir dessverre ikke besvart her.*Anders Bruvik \(anders\.bruvik@safespring\.com\)/s);
    expect(flatten((await ephemeralTo(USERS.staff, at)).params)).toMatch(/^Dismissed\./);
    await expect.poll(async () => (await onlyHandoff()).candidateToldAt).not.toBeNull();
    // Told once: a later sweep has nothing left to tell.
    expect((await b.runtime.handoffs.tick(b.clock.now())).told).toBe(0);
  });

  it('runs the whole lifecycle: ping, claim, reply relayed to the candidate, answered, taught', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    const reply = await rig.ask(START);
    expect(reply.text).toMatch(/passed your question to Anders Bruvik/);
    const candidateThread = reply.thread.split('/')[1]!;

    const ping = await pingAfter(mark);
    const handoff = await onlyHandoff();
    const card = flatten(ping.params);
    expect(card).toContain(`<@${USERS.staff}>`);
    expect(card).toContain(START);
    expect(card).toContain(`<@${USERS.candidate}>`);
    expect(card).toContain(KUBE);
    expect(card).toContain(`https://candor-test.slack.com/archives/${CHANNELS.jobs}/p${candidateThread.replace('.', '')}`);
    expect(card).toMatch(/start-date: \d+%/);
    expect(card).toMatch(/Open, waiting/);
    expect(actionIds(ping)).toEqual(['handoff_claim', 'handoff_dismiss']);
    expect(buttonsOf(ping).map((button) => button.value)).toEqual([handoff.id, handoff.id]);
    expect(handoff.pings[0]).toMatchObject({ channelId: CHANNELS.handoff, messageId: String(ping.result.ts), kind: 'first' });
    const pingTs = String(ping.result.ts);

    // Claim.
    let at = rig.fake.mark;
    await click(ping, 'handoff_claim', USERS.staff);
    expect(flatten((await ephemeralTo(USERS.staff, at)).params)).toMatch(/Claimed: it is yours/);
    const claimed = await updateOf(pingTs, at);
    expect(claimed.params.channel).toBe(CHANNELS.handoff);
    expect(flatten(claimed.params)).toContain(`Claimed by <@${USERS.staff}>`);
    expect(actionIds(claimed)).toEqual(['handoff_dismiss']);
    expect((await onlyHandoff()).state).toBe('claimed');

    // The recruiter answers in the ping's thread; Slack's own markup arrives encoded.
    at = rig.fake.mark;
    await replyInThread(USERS.staff, pingTs, 'Most people start within three months &amp; we are flexible. <!channel> <https://example.com/start|Details>');
    const relay = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.jobs, { after: at });
    expect(relay.params.thread_ts).toBe(candidateThread);
    const relayed = flatten(relay.params);
    expect(relayed).toContain('*Anders Bruvik* (recruiter) answered:');
    expect(relayed).toContain('> Most people start within three months &amp; we are flexible. @channel Details (https://example.com/start)');
    expect(relayed).not.toMatch(LIVE_MARKUP);
    expect(flatten((await ephemeralTo(USERS.staff, at)).params)).toContain('Relayed to the candidate.');
    const answered = await updateOf(pingTs, at);
    expect(flatten(answered.params)).toContain(`Answered by <@${USERS.staff}>`);
    expect(actionIds(answered)).toEqual(['handoff_teach']);
    expect((await onlyHandoff()).state).toBe('answered');

    // Teach: the answer lands in the knowledge copy, and the next candidate gets it.
    at = rig.fake.mark;
    await click(answered, 'handoff_teach', USERS.staff);
    expect(flatten((await ephemeralTo(USERS.staff, at)).params)).toMatch(/Saved as an answer in .*kubernetes-team-lead\.yaml/);
    const taught = await updateOf(pingTs, at);
    expect(flatten(taught.params)).toContain('saved as an answer');
    expect(actionIds(taught)).toEqual([]);
    const file = join(b.knowledgeDir, 'answers', 'kubernetes-team-lead.yaml');
    expect(existsSync(file)).toBe(true);
    expect(parse(readFileSync(file, 'utf8')).answers).toEqual([
      {
        posting: 'kubernetes-team-lead',
        topic: 'start-date',
        text: 'Most people start within three months & we are flexible. @channel Details (https://example.com/start)',
        language: 'en',
        source: 'Anders Bruvik',
      },
    ]);
    expect((await onlyHandoff()).taughtAt).not.toBeNull();
    const next = await rig.ask(START, { direct: true });
    expect(next.text).toContain('Most people start within three months');
    expect(b.errors).toEqual([]);
  });

  it('refuses a candidate who clicks Claim or answers in the ping thread, and relays nothing', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    await rig.ask(VACATION);
    const ping = await pingAfter(mark);
    const pingTs = String(ping.result.ts);

    let at = rig.fake.mark;
    await click(ping, 'handoff_claim', USERS.other);
    expect(flatten((await ephemeralTo(USERS.other, at)).params)).toContain('Only staff can do that.');
    at = rig.fake.mark;
    await replyInThread(USERS.other, pingTs, 'Thirty days, trust me <!here>');
    const refusal = await ephemeralTo(USERS.other, at);
    expect(refusal.params).toMatchObject({ channel: CHANNELS.handoff, thread_ts: pingTs });
    expect(flatten(refusal.params)).toContain('Only staff can answer a handoff.');
    await sentinel();
    expect(rig.fake.callsTo('chat.update')).toEqual([]);
    expect(rig.posted().filter((c) => c.seq > mark && c.params.channel === CHANNELS.jobs && c.params.thread_ts !== undefined && flatten(c.params).includes('Thirty'))).toEqual([]);
    const handoff = await onlyHandoff();
    expect(handoff).toMatchObject({ state: 'open', claimedBy: null });
    expect(await b.runtime.store.replies(handoff.id)).toEqual([]);
  });

  it('changes nothing twice for a replayed click, a second click or a redelivered reply', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    const reply = await rig.ask(VACATION);
    const candidateThread = reply.thread.split('/')[1]!;
    const ping = await pingAfter(mark);
    const pingTs = String(ping.result.ts);

    let at = rig.fake.mark;
    const payload = await click(ping, 'handoff_claim', USERS.staff);
    await updateOf(pingTs, at);
    await ephemeralTo(USERS.staff, at);
    await click(ping, 'handoff_claim', USERS.staff, payload); // the same interaction again
    const second = rig.fake.mark;
    await click(ping, 'handoff_claim', USERS.staff); // a second click
    expect(flatten((await ephemeralTo(USERS.staff, second)).params)).toContain(`Already claimed by <@${USERS.staff}>.`);
    await sentinel();
    expect(rig.fake.callsTo('chat.update').filter((c) => c.seq > at)).toHaveLength(1);
    expect(rig.fake.callsTo('chat.postEphemeral').filter((c) => c.seq > at)).toHaveLength(2);
    const handoff = await onlyHandoff();
    expect((await b.runtime.store.events(handoff.id)).filter((e) => e.type === 'claimed')).toHaveLength(1);

    // One message, delivered again (a retry, same event id) and as another event (new id, same ts).
    at = rig.fake.mark;
    const envelope = await replyInThread(USERS.staff, pingTs, 'Twenty-five days.');
    await rig.deliverEvent(envelope, { retryNum: 1, retryReason: 'http_timeout' });
    await replyInThread(USERS.staff, pingTs, 'Twenty-five days.', { ts: String((envelope.event as { ts: string }).ts) });
    await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.thread_ts === candidateThread, { after: at });
    await sentinel();
    expect(rig.posted().filter((c) => c.seq > at && c.params.thread_ts === candidateThread)).toHaveLength(1);
    expect(await b.runtime.store.replies(handoff.id)).toHaveLength(1);
    await expect.poll(async () => (await onlyHandoff()).state).toBe('answered');
  });

  it('reminds and escalates in the ping thread as the injected clock moves, and the thread buttons work', async () => {
    b = await boot(mode);
    const { rig, clock, runtime } = b;
    const mark = rig.fake.mark;
    await rig.ask(VACATION);
    const ping = await pingAfter(mark);
    const pingTs = String(ping.result.ts);

    clock.advanceMinutes(30);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ reminded: 0, escalated: 0 });
    let at = rig.fake.mark;
    clock.advanceMinutes(31);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ reminded: 1 });
    const reminder = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.thread_ts === pingTs, { after: at });
    expect(reminder.params).toMatchObject({ channel: CHANNELS.handoff, reply_broadcast: 'true' });
    expect(flatten(reminder.params)).toMatch(new RegExp(`<@${USERS.staff}>: reminder`));
    expect(actionIds(reminder)).toEqual(['handoff_claim', 'handoff_dismiss']);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ reminded: 0 });

    at = rig.fake.mark;
    clock.advanceMinutes(240);
    expect(await runtime.handoffs.tick(clock.now())).toMatchObject({ escalated: 1 });
    const escalation = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.thread_ts === pingTs, { after: at });
    expect(flatten(escalation.params)).toMatch(new RegExp(`<@${MARIETTA}>: escalated to you`));

    at = rig.fake.mark;
    await click(reminder, 'handoff_claim', USERS.staff);
    const told = await ephemeralTo(USERS.staff, at);
    expect(told.params.thread_ts).toBe(pingTs);
    await rig.fake.waitForCall((c) => c.method === 'chat.update' && c.params.ts === escalation.result.ts, { after: at });
    const updated = rig.fake.callsTo('chat.update').filter((c) => c.seq > at);
    expect(updated.map((c) => c.params.ts).sort()).toEqual([pingTs, String(reminder.result.ts), String(escalation.result.ts)].sort());
    for (const call of updated) expect(flatten(call.params)).toContain(`Claimed by <@${USERS.staff}>`);
  });

  it('deletes a candidate on /jobs forget and replaces their ping with a note', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    await rig.ask(VACATION);
    const ping = await pingAfter(mark);
    const at = rig.fake.mark;
    const done = await rig.command('forget');
    expect(done.text).toContain('Done: I have deleted what I stored about you (1 question, 1 handoff');
    const note = await updateOf(String(ping.result.ts), at);
    expect(flatten(note.params)).toContain('asked Candor to forget them');
    expect(flatten(note.params)).not.toContain('vacation');
    expect(actionIds(note)).toEqual([]);
    expect(await b.runtime.handoffs.list('all')).toEqual([]);
    expect(await b.runtime.handoffs.gaps(30)).toEqual([]);
  });

  it('runs the staff commands for staff only', async () => {
    b = await boot(mode);
    const { rig } = b;
    const mark = rig.fake.mark;
    await rig.ask(VACATION);
    await pingAfter(mark);
    const handoff = await onlyHandoff();

    const queue = await rig.command('handoffs', { staff: true });
    expect(queue.text).toContain('Handoffs (open and claimed): 1');
    expect(queue.text).toContain(handoff.id);
    expect(queue.text).toContain('Anders Bruvik');
    const refused = await rig.command('handoffs');
    expect(refused.text).toContain('that command is for staff only');
    expect(refused.text).not.toContain(handoff.id);
    expect((await rig.command('gaps 30', { staff: true })).text).toContain('last 30 days, per posting and topic (1 handed off, 0 marked unhelpful, 0 marked helpful)');
    expect((await rig.command('show kubernetes-team-lead on-call', { staff: true })).text).toContain(`${KUBE} › on-call`);
    expect((await rig.command('reload', { staff: true })).text).toMatch(/^Reloaded in \d+ ms: 5 postings live/);
    expect((await rig.command('gaps 30')).text).toContain('for staff only');
    expect(rig.fake.responses.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
  });
});