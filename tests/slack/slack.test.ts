/**
 * The real Bolt App, built by createSlackAdapter and wired to the real core
 * (bundled postings, real engine, real handler), against FakeSlack: the same
 * behaviour over HTTP and over Socket Mode.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from './fake-slack.js';
import type { Candor } from '../support/runtime.js';
import { bootSlack, type SlackCandor } from './boot.js';
import { blocksOf, CHANNELS, flatten, USERS, type SlackHarness, type SlackHarnessOptions } from './harness.js';
import { mentionEnvelope, messageEnvelope } from './payloads.js';

const KUBE = 'Team Lead for our Kubernetes team';
const DRAFT = 'Platform Engineer at Safespring';
const LIVE_MARKUP = /<!channel>|<!here>|<!everyone>|<@U0OTHER9>/;

/** Every text a person could see in a recorded message: fallback, blocks, buttons. */
function visible(call: RecordedCall): string {
  return flatten(call.params);
}

describe.each(['http', 'socket'] as const)('Slack adapter over %s', (mode) => {
  let rig: SlackHarness;
  let core: Candor;
  let booted: SlackCandor | null = null;

  async function boot(options: SlackHarnessOptions = {}, slackIds: Record<string, string> = {}): Promise<void> {
    await booted?.stop();
    booted = await bootSlack(mode, options, slackIds);
    ({ rig, core } = booted);
  }

  const sentinel = () => booted!.sentinel();

  beforeEach(() => boot());
  afterEach(() => booted?.stop());

  it('answers a mention in a thread under the question, with the quote, the posting link and Apply', async () => {
    const mark = rig.fake.mark;
    const reply = await rig.ask("what's the salary for the Kubernetes team lead?");
    const mention = rig.fake.calls.find((c) => c.seq > mark && c.method === 'chat.postMessage' && c.result.ok === true)!;
    expect(reply.thread).toMatch(new RegExp(`^${CHANNELS.jobs}/\\d+\\.\\d+$`));
    expect(mention.params.thread_ts).toBe(reply.thread.split('/')[1]);
    const blocks = blocksOf(mention.params);
    const section = blocks.find((b) => b.type === 'section')?.text?.text ?? '';
    expect(section).toContain(`|${KUBE}>`);
    expect(section).toMatch(/\n> \S/);
    const apply = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'apply');
    expect(apply?.url).toMatch(/^https:\/\//);
    expect(String(mention.params.text)).toContain(KUBE);
    expect(core.errors).toEqual([]);
  });

  it('answers a DM in the DM, not in a thread', async () => {
    const reply = await rig.ask('Is the Kubernetes team lead role remote?', { direct: true });
    const call = rig.posted().at(-1)!;
    expect(call.params.channel).toBe(`D${USERS.candidate.slice(1)}`);
    expect(call.params.thread_ts).toBeUndefined();
    expect(reply.text).toContain(KUBE);
  });

  it('answers a follow-up in the thread about the same posting', async () => {
    const first = await rig.ask('is there on-call for the kubernetes team lead?');
    const followUp = await rig.ask('is it remote?', { thread: first.thread });
    expect(followUp.thread).toBe(first.thread);
    expect(followUp.text).toContain(KUBE);
    expect(followUp.choices).toEqual([]);
  });

  it('ignores plain channel messages outside threads Candor answered in', async () => {
    const mark = rig.fake.mark;
    const ts = rig.fake.nextTs();
    await rig.deliverEvent(
      messageEnvelope({ text: 'salary for the kubernetes team lead?', user: USERS.candidate, channel: CHANNELS.jobs, ts, channelType: 'channel' }),
    );
    await sentinel();
    expect(rig.posted().filter((c) => c.seq > mark && c.params.channel === CHANNELS.jobs)).toEqual([]);
  });

  it('offers the postings as buttons for an ambiguous question and answers the click in the same thread', async () => {
    const clarify = await rig.ask("what's the salary?");
    expect(clarify.choices).toContain(KUBE);
    expect(clarify.choices).not.toContain(DRAFT);
    const answer = await clarify.choose(clarify.choices.indexOf(KUBE));
    expect(answer.thread).toBe(clarify.thread);
    expect(answer.text).toContain(KUBE);
    expect(answer.text.toLowerCase()).toContain('salary');
    expect(answer.choices).toEqual([]);
  });

  it('answers a mention and its channel message copy once', async () => {
    const ts = rig.fake.nextTs();
    const text = `<@${rig.fake.botUserId}> is there on-call for the kubernetes team lead?`;
    await rig.deliverEvent(mentionEnvelope({ text, user: USERS.candidate, channel: CHANNELS.jobs, ts }));
    await rig.deliverEvent(messageEnvelope({ text, user: USERS.candidate, channel: CHANNELS.jobs, ts, channelType: 'channel' }));
    await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.thread_ts === ts);
    await sentinel();
    expect(rig.posted().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });

  it('answers a mention made inside an existing thread in that thread', async () => {
    const first = await rig.ask('is there on-call for the kubernetes team lead?');
    const threadTs = first.thread.split('/')[1]!;
    const mark = rig.fake.mark;
    const ts = rig.fake.nextTs();
    await rig.deliverEvent(
      mentionEnvelope({ text: `<@${rig.fake.botUserId}> and is it remote?`, user: USERS.other, channel: CHANNELS.jobs, ts, threadTs }),
    );
    const reply = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.result.ok === true, { after: mark });
    expect(reply.params.thread_ts).toBe(threadTs);
    expect(visible(reply)).toContain(KUBE);
  });

  it('answers /jobs privately through the response_url', async () => {
    const mark = rig.fake.mark;
    const reply = await rig.command('is there on-call for the kubernetes team lead?');
    expect(reply.text).toContain('on-call');
    const response = rig.fake.responses.at(-1)!;
    expect(response.body.response_type).toBe('ephemeral');
    expect(rig.posted().filter((c) => c.seq > mark)).toEqual([]);
  });

  it('answers a clarify click on a private reply privately', async () => {
    const clarify = await rig.command("what's the salary?");
    expect(clarify.choices).toContain(KUBE);
    const mark = rig.fake.mark;
    const answer = await clarify.choose(clarify.choices.indexOf(KUBE));
    expect(answer.text).toContain(KUBE);
    expect(rig.fake.responses.at(-1)?.body.response_type).toBe('ephemeral');
    expect(rig.posted().filter((c) => c.seq > mark)).toEqual([]);
  });

  it('falls back to chat.postEphemeral when the response_url fails', async () => {
    rig.fake.fail('response_url', { status: 500, times: 10 });
    const responseUrl = rig.fake.responseUrl();
    const { slashCommand } = await import('./payloads.js');
    await rig.deliverCommand(slashCommand({ text: 'postings', user: USERS.candidate, channel: CHANNELS.jobs, command: '/jobs', responseUrl }));
    const ephemeral = await rig.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.result.ok === true);
    expect(ephemeral.params).toMatchObject({ channel: CHANNELS.jobs, user: USERS.candidate });
    expect(visible(ephemeral)).toContain(KUBE);
  });

  it('lists the open postings for /jobs postings, drafts only for staff', async () => {
    const candidate = await rig.command('postings');
    expect(candidate.text).toContain(KUBE);
    expect(candidate.text).not.toContain(DRAFT);
    const staff = await rig.command('postings', { staff: true });
    expect(staff.text).toContain(KUBE);
    expect(staff.text).toContain(DRAFT);
  });

  it('lets staff ask about a draft posting and keeps it from candidates', async () => {
    const staff = await rig.ask('what does the Platform Engineer at Safespring work with?', { staff: true });
    expect(staff.text).toContain(DRAFT);
    const candidate = await rig.ask('what does the Platform Engineer at Safespring work with?');
    expect(candidate.text).not.toContain(DRAFT);
  });

  it('treats members of the staff user group as staff, looking the group up once', async () => {
    await boot({ staffUsergroup: 'S0STAFF', usergroups: { S0STAFF: ['U0GROUPIE'] } });
    const first = await rig.command('postings', { user: 'U0GROUPIE' });
    expect(first.text).toContain(DRAFT);
    const second = await rig.command('postings', { user: 'U0GROUPIE' });
    expect(second.text).toContain(DRAFT);
    expect(rig.fake.callsTo('usergroups.users.list')).toHaveLength(1);
    const outsider = await rig.command('postings', { user: USERS.other });
    expect(outsider.text).not.toContain(DRAFT);
  });

  it('hands off: the candidate is told, the recruiter is pinged in the handoff channel with a thread link', async () => {
    const reply = await rig.ask('how many vacation days does the Kubernetes team lead get?');
    expect(reply.text).toMatch(/passed your question to/);
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff);
    const text = visible(ping);
    const threadTs = reply.thread.split('/')[1]!;
    expect(text).toMatch(/Anders Bruvik|Marietta/);
    expect(text).toContain('how many vacation days');
    expect(text).toContain(`<@${USERS.candidate}>`);
    expect(text).toContain(KUBE);
    expect(text).toContain(`https://candor-test.slack.com/archives/${CHANNELS.jobs}/p${threadTs.replace('.', '')}`);
    const actions = blocksOf(ping.params).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(actions).toEqual(['handoff_claim', 'handoff_dismiss']);
    expect(rig.fake.callsTo('chat.getPermalink')).toHaveLength(1);
    expect(rig.pings()).toHaveLength(1);
  });

  it('mentions the recruiter by Slack id when known, and DMs them without a handoff channel', async () => {
    await boot({ handoffChannel: null }, { marietta: 'U0MARIETTA', 'anders-bruvik': 'U0ANDERS' });
    await rig.ask('how many vacation days does the Kubernetes team lead get?');
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && String(c.params.channel).startsWith('D0'));
    expect(rig.fake.callsTo('conversations.open')).toHaveLength(1);
    expect(visible(ping)).toMatch(/<@U0(ANDERS|MARIETTA)>/);
  });

  it('never posts live mass mentions or user mentions a candidate wrote, in replies or pings', async () => {
    const bait = '<!channel> <@U0OTHER9> how many vacation days does the Kubernetes team lead get? <!here> <!everyone>';
    await rig.ask(bait);
    await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff);
    const clarify = await rig.ask('<!channel> what is the salary? <@U0OTHER9>');
    await clarify.choose(0);
    await rig.command('<!here> what is the salary for the kubernetes team lead? <@U0OTHER9>');
    await rig.ask('<!everyone> <@U0OTHER9> is the kubernetes team lead role remote?', { direct: true });
    const texts = [...rig.posted().map(visible), ...rig.fake.responses.map((r) => flatten(r.body))];
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const text of texts) expect(text).not.toMatch(LIVE_MARKUP);
    // The question is shown with its markup flattened to words: "@channel", never a live <!channel>.
    expect(rig.pings().join('\n')).toContain('@channel @U0OTHER9 how many vacation days');
  });

  it('ignores its own messages and other bots', async () => {
    const mark = rig.fake.mark;
    const dm = `D${USERS.candidate.slice(1)}`;
    await rig.deliverEvent(
      messageEnvelope({ text: 'salary?', user: rig.fake.botUserId, botId: rig.fake.botId, channel: dm, ts: rig.fake.nextTs(), channelType: 'im' }),
    );
    await rig.deliverEvent(
      messageEnvelope({ text: 'salary for the kubernetes team lead?', user: 'U0SOMEBOT', botId: 'B0OTHER', subtype: 'bot_message', channel: dm, ts: rig.fake.nextTs(), channelType: 'im' }),
    );
    await sentinel();
    expect(rig.posted().filter((c) => c.seq > mark)).toHaveLength(1);
  });

  it('answers a retried event once', async () => {
    const ts = rig.fake.nextTs();
    const envelope = mentionEnvelope({ text: `<@${rig.fake.botUserId}> is there on-call for the kubernetes team lead?`, user: USERS.candidate, channel: CHANNELS.jobs, ts });
    await rig.deliverEvent(envelope);
    await rig.deliverEvent(envelope, { retryNum: 1, retryReason: 'http_timeout' });
    await rig.deliverEvent(envelope, { retryNum: 2, retryReason: 'http_timeout' });
    await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.thread_ts === ts);
    await sentinel();
    expect(rig.posted().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });

  it('rides out a 429 with Retry-After and replies once', async () => {
    rig.fake.fail('chat.postMessage', { status: 429, times: 1, retryAfter: 0 });
    const reply = await rig.ask('is there on-call for the kubernetes team lead?');
    const threadTs = reply.thread.split('/')[1];
    const attempts = rig.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.filter((c) => c.result.fault === 429)).toHaveLength(1);
    expect(rig.posted().filter((c) => c.params.thread_ts === threadTs)).toHaveLength(1);
  });

  it('reports a reply that fails after bounded retries to the error funnel (without its text) and keeps serving', async () => {
    rig.fake.fail('chat.postMessage', { status: 500, times: 8 });
    const ts = rig.fake.nextTs();
    const question = 'is there on-call for the kubernetes team lead? zebra-marker';
    await rig.deliverEvent(mentionEnvelope({ text: `<@${rig.fake.botUserId}> ${question}`, user: USERS.candidate, channel: CHANNELS.jobs, ts }));
    await expect.poll(() => rig.logs.filter((l) => l.msg === 'apology failed').length, { timeout: 5_000 }).toBe(1);
    const failure = rig.logs.find((l) => l.msg === 'handler failed')!;
    expect(failure).toMatchObject({ step: 'handler', platform: 'slack', channel: CHANNELS.jobs, via: 'message', err: { code: 'HANDLER_FAILED' } });
    expect((failure.err as { cause: unknown }).cause).toMatchObject({ code: 'PLATFORM_FAILED', platform: 'slack', method: 'chat.postMessage' });
    expect(JSON.stringify(rig.logs)).not.toContain('zebra-marker');
    expect(core.errors.map((f) => f.context.step)).toEqual(['handler', 'apology']);
    core.errors.splice(0);
    const after = await rig.ask('is there on-call for the kubernetes team lead?');
    expect(after.text).toContain(KUBE);
  });

  it('reports its connection and API trouble to the adapter status', async () => {
    const events: string[] = [];
    const status = {
      connected: () => void events.push('connected'),
      disconnected: (reason?: string) => void events.push(`disconnected:${reason}`),
      apiError: () => void events.push('apiError'),
      apiRetry: () => void events.push('apiRetry'),
    };
    await boot({ status });
    expect(events).toEqual(['connected']);
    rig.fake.fail('chat.postMessage', { status: 429, times: 1, retryAfter: 0 });
    await rig.ask('is there on-call for the kubernetes team lead?');
    expect(events).toContain('apiRetry');
    rig.fake.fail('chat.postMessage', { status: 500, times: 8 });
    await rig.deliverEvent(
      mentionEnvelope({ text: `<@${rig.fake.botUserId}> hi`, user: USERS.candidate, channel: CHANNELS.jobs, ts: rig.fake.nextTs() }),
    );
    await expect.poll(() => events.filter((e) => e === 'apiError').length).toBe(2);
    await rig.stop();
    expect(events.at(-1)).toBe('disconnected:stopped');
  });
});
