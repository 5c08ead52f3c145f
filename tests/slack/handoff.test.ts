/**
 * The durable handoff workflow in Slack: the real Bolt app against FakeSlack,
 * the real handler and a real HandoffService (createRuntime, as main.ts wires
 * it) on a temp SQLite file, over a temp copy of the content and knowledge,
 * with a hand-moved clock.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRuntime, type Runtime } from '../../src/app/runtime.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { Config } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { Handoff } from '../../src/handoff/store.js';
import type { HandoffCard } from '../../src/handoff/transport.js';
import { plainText } from '../../adapters/slack/escape.js';
import { renderHandoffCard, renderRelay } from '../../adapters/slack/handoff-card.js';
import { staffSentence } from '../../adapters/slack/handoff-events.js';
import { fakeClock, tempDir, type FakeClock } from '../handoff/helpers.js';
import type { RecordedCall } from './fake-slack.js';
import { blocksOf, CHANNELS, createSlackHarness, flatten, USERS, type SlackHarness } from './harness.js';
import { buttonClick, messageEnvelope } from './payloads.js';

const KUBE = 'Team Lead for our Kubernetes team';
const START = 'When can I start as Kubernetes team lead?';
const VACATION = 'how many vacation days does the Kubernetes team lead get?';
const LIVE_MARKUP = /<!channel>|<!here>|<!everyone>|<@U0OTHER9>/;
const MARIETTA = 'U0MARIETTA';

const RECRUITERS = (anders: string | null) => `default: marietta
fallback: marietta
recruiters:
  - id: marietta
    name: Marietta
    email: marietta@safespring.com
    slack: ${MARIETTA}
  - id: anders-bruvik
    name: Anders Bruvik
    email: anders.bruvik@safespring.com
${anders ? `    slack: ${anders}\n` : ''}`;

interface Booted {
  rig: SlackHarness;
  runtime: Runtime;
  clock: FakeClock;
  knowledgeDir: string;
  errors: unknown[];
}

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function boot(mode: 'http' | 'socket', options: { handoffChannel?: string | null; andersSlackId?: string | null } = {}): Promise<Booted> {
  const dir = tempDir('candor-slack-handoff-');
  cleanups.push(() => dir.remove());
  const contentDir = join(dir.path, 'content', 'career');
  const knowledgeDir = join(dir.path, 'knowledge');
  cpSync('content/career', contentDir, { recursive: true });
  cpSync('knowledge', knowledgeDir, { recursive: true });
  writeFileSync(join(knowledgeDir, 'recruiters.yaml'), RECRUITERS(options.andersSlackId === undefined ? USERS.staff : options.andersSlackId));
  const config: Config = {
    contentDir,
    knowledgeDir,
    port: 0,
    logLevel: 'silent',
    databasePath: join(dir.path, 'candor.db'),
    watchContent: false,
    handoff: { remindMinutes: 60, escalateMinutes: 240, timezone: 'Europe/Oslo' },
    retentionDays: 90,
    slack: null,
    discord: null,
  };
  const clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
  const errors: unknown[] = [];
  const runtime = await createRuntime({ config, logger: silentLogger(), clock, signals: new EventEmitter() as unknown as NodeJS.Process });
  cleanups.push(() => runtime.stop());
  const handler = createMessageHandler({
    ...runtime.handlerDeps,
    memory: createConversationMemory(),
    reportError: (error) => errors.push(error),
  });
  const rig = createSlackHarness(mode, { handoffs: runtime.handoffs, handoffChannel: options.handoffChannel === undefined ? CHANNELS.handoff : options.handoffChannel });
  await rig.start(handler);
  cleanups.push(() => rig.stop());
  return { rig, runtime, clock, knowledgeDir, errors };
}

type Element = { action_id?: string; value?: string; text?: string | { text?: string } };

function buttonsOf(call: RecordedCall): Element[] {
  return blocksOf(call.params)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block.elements ?? []) as Element[]);
}

const actionIds = (call: RecordedCall) => buttonsOf(call).map((button) => button.action_id);

describe.each(['http', 'socket'] as const)('Slack handoffs over %s', (mode) => {
  let b: Booted;

  /** The top-level ping posted in the handoff channel after `after`, once the service has recorded it. */
  async function pingAfter(after: number): Promise<RecordedCall> {
    const ping = await b.rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff && !c.params.thread_ts, { after });
    await recorded(b.runtime, String(ping.result.ts));
    return ping;
  }

  async function onlyHandoff(): Promise<Handoff> {
    const all = await b.runtime.handoffs.list('all');
    expect(all).toHaveLength(1);
    return all[0]!;
  }

  /** Clicks a handoff button on a message; resolves with the payload, to replay it. */
  async function click(message: RecordedCall, actionId: string, user: string, replay?: Record<string, unknown>): Promise<Record<string, unknown>> {
    const button = buttonsOf(message).find((element) => element.action_id === actionId);
    if (!button && !replay) throw new Error(`no ${actionId} button`);
    const thread = typeof message.params.thread_ts === 'string' ? message.params.thread_ts : undefined;
    const payload =
      replay ??
      buttonClick({
        user,
        channel: String(message.params.channel),
        messageTs: String(message.result.ts),
        ...(thread ? { threadTs: thread } : {}),
        actionId,
        value: button!.value!,
        label: actionId,
        blockId: 'handoff',
        responseUrl: b.rig.fake.responseUrl(),
      });
    await b.rig.deliverInteraction(payload);
    return payload;
  }

  function ephemeralTo(user: string, after: number): Promise<RecordedCall> {
    return b.rig.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.params.user === user, { after });
  }

  function updateOf(ts: string, after: number): Promise<RecordedCall> {
    return b.rig.fake.waitForCall((c) => c.method === 'chat.update' && c.params.ts === ts, { after });
  }

  /** A person's message in a thread (the ping's, in the handoff channel, by default). */
  async function replyInThread(user: string, threadTs: string, text: string, where: { channel?: string; eventId?: string; ts?: string } = {}) {
    const channel = where.channel ?? CHANNELS.handoff;
    const envelope = messageEnvelope({
      text,
      user,
      channel,
      ts: where.ts ?? b.rig.fake.nextTs(),
      threadTs,
      parentUserId: b.rig.fake.botUserId,
      channelType: channel.startsWith('D') ? 'im' : 'channel',
      ...(where.eventId ? { eventId: where.eventId } : {}),
    });
    await b.rig.deliverEvent(envelope);
    return envelope;
  }

  /** Everything handled before it: a DM question answered after the earlier deliveries. */
  async function sentinel(): Promise<void> {
    await b.rig.ask('is there on-call for the kubernetes team lead?', { direct: true });
  }

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

/** Waits until the service has stored the ping Slack already shows (it records a ping after the call returns). */
async function recorded(runtime: Runtime, ts: string): Promise<void> {
  await expect.poll(async () => (await runtime.handoffs.list('all')).some((h) => h.pings.some((p) => p.messageId === ts))).toBe(true);
}

async function replyInThreadDm(rig: SlackHarness, channel: string, threadTs: string, text: string): Promise<void> {
  await rig.deliverEvent(
    messageEnvelope({ text, user: USERS.staff, channel, ts: rig.fake.nextTs(), threadTs, parentUserId: rig.fake.botUserId, channelType: 'im' }),
  );
}

describe('handoff rendering', () => {
  const handoff: Handoff = {
    id: 'h1',
    state: 'open',
    platform: 'slack',
    candidateId: USERS.candidate,
    conversation: { platform: 'slack', channelId: CHANNELS.jobs, threadId: '1.000100', isDirect: false },
    permalink: null,
    question: '<!channel> <@U0OTHER9> what about R&amp;D &lt;b&gt;?',
    language: 'en',
    postingId: null,
    topic: null,
    confidence: 0.2,
    guesses: [{ posting: { id: 'x', title: '<!here> Evil & title' }, topic: null, confidence: 0.2 }],
    recruiterId: 'marietta',
    pings: [],
    claimedBy: null,
    answeredBy: null,
    dismissedBy: null,
    createdAt: 0,
    updatedAt: 0,
    claimedAt: null,
    remindedAt: null,
    escalatedAt: null,
    answeredAt: null,
    dismissedAt: null,
    taughtAt: null,
        candidateToldAt: null,
  };
  const card: HandoffCard = {
    kind: 'first',
    handoff,
    recruiter: { id: 'marietta', name: 'Mari <!everyone>', email: 'm@example.com' },
    posting: null,
    questions: [handoff.question, 'and <!here>?'],
    buttons: ['claim', 'dismiss'],
    waitingMinutes: 75,
  };

  it('shows what the candidate wrote, with no live mention or link from them', () => {
    const message = renderHandoffCard(card, { kind: 'first', layout: 'full', recruiter: card.recruiter, askedIn: { kind: 'thread', permalink: 'https://x.slack.com/archives/C/p1' } });
    const text = flatten(message as unknown as Record<string, unknown>);
    expect(text).not.toMatch(/<!|<@U0OTHER9>|<b>/);
    expect(text).toContain('> @channel @U0OTHER9 what about R&amp;D &lt;b&gt;?');
    expect(text).toContain('> and @here?');
    expect(text).toContain('&lt;!here&gt; Evil &amp; title');
    expect(text).toContain('Mari &lt;!everyone&gt;');
    expect(text).toContain('1 h 15 min');
  });

  it('relays plain text escaped, and flattens Slack markup', () => {
    expect(plainText('a &amp; b <https://x.io|X> <mailto:a@b.c|a@b.c> <#C1|jobs> <!subteam^S1|@team> <!here> <@U1>', (id) => (id === 'U1' ? 'Rita' : undefined))).toBe(
      'a & b X (https://x.io) a@b.c #jobs @team @here @Rita',
    );
    expect(renderRelay({ recruiterName: 'R <!channel>', text: '<!channel> & <@U1>' }).text).toBe('*R &lt;!channel&gt;* (recruiter) answered:\n> &lt;!channel&gt; &amp; &lt;@U1&gt;');
    expect(staffSentence('Already claimed by U0STAFF1.')).toBe('Already claimed by <@U0STAFF1>.');
    expect(staffSentence('Only staff can do that. <!here>')).toBe('Only staff can do that. &lt;!here&gt;');
  });
});
