/**
 * Helpful and Ask a recruiter under answers in Slack: the real Bolt app
 * against FakeSlack, the real handler and runtime (createRuntime on a temp
 * SQLite file, as main.ts wires it), in HTTP and Socket Mode.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/app/runtime.js';
import { fakeClock, tempDir } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import type { RecordedCall } from './fake-slack.js';
import { blocksOf, CHANNELS, createSlackHarness, flatten, USERS, type SlackHarness } from './harness.js';
import { buttonClick, mentionEnvelope } from './payloads.js';

const ON_CALL = 'is there on-call for the kubernetes team lead?';
const QUOTED = 'you will also be part of our on-call rotation';
const FOLLOW_UP = "I've passed your question to Anders Bruvik (anders.bruvik@safespring.com), who will follow up with you here.";

type Element = { action_id?: string; value?: string; text?: { text?: string } };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function boot(mode: 'http' | 'socket'): Promise<{ rig: SlackHarness; runtime: Runtime }> {
  const dir = tempDir('candor-slack-feedback-');
  cleanups.push(() => dir.remove());
  const { runtime, connect } = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { clock: fakeClock('2024-03-04T09:00:00Z') });
  cleanups.push(() => runtime.stop());
  const rig = createSlackHarness(mode);
  await rig.start(connect);
  cleanups.push(() => rig.stop());
  return { rig, runtime };
}

function feedbackButtons(call: RecordedCall): Element[] {
  return blocksOf(call.params)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block.elements ?? []) as Element[])
    .filter((element) => element.action_id?.startsWith('feedback_'));
}

describe.each(['http', 'socket'] as const)('feedback on Slack answers over %s', (mode) => {
  let rig: SlackHarness;
  let runtime: Runtime;

  /** The candidate @mentions Candor in #jobs; resolves with Candor's answer in the thread. */
  async function askInChannel(text: string): Promise<RecordedCall> {
    const mark = rig.fake.mark;
    const ts = rig.fake.nextTs();
    await rig.deliverEvent(mentionEnvelope({ text: `<@${rig.fake.botUserId}> ${text}`, user: USERS.candidate, channel: CHANNELS.jobs, ts }));
    return rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.jobs && c.params.thread_ts === ts, { after: mark });
  }

  /** A click on one of the answer's buttons, with the message as Slack sends it along. */
  async function click(answer: RecordedCall, actionId: string, user: string): Promise<void> {
    const button = feedbackButtons(answer).find((element) => element.action_id === actionId);
    if (!button) throw new Error(`no ${actionId} button`);
    const payload = buttonClick({
      user,
      channel: String(answer.params.channel),
      messageTs: String(answer.result.ts),
      threadTs: String(answer.params.thread_ts),
      actionId,
      value: button.value!,
      label: button.text?.text ?? actionId,
      blockId: 'feedback',
      responseUrl: rig.fake.responseUrl(),
    });
    const message = payload.message as Record<string, unknown>;
    await rig.deliverInteraction({ ...payload, message: { ...message, text: answer.params.text, blocks: answer.params.blocks } });
  }

  const updateOf = (answer: RecordedCall, after: number) =>
    rig.fake.waitForCall((c) => c.method === 'chat.update' && c.params.ts === answer.result.ts, { after });
  const pingsSince = (after: number) => rig.posted().filter((c) => c.params.channel === CHANNELS.handoff && !c.params.thread_ts && c.seq > after);

  it('shows both buttons; Ask a recruiter pings once with the quote and the note and says who follows up; a second click posts nothing', async () => {
    ({ rig, runtime } = await boot(mode));
    const answer = await askInChannel(ON_CALL);
    expect(flatten(answer.params)).toContain(QUOTED);
    const buttons = feedbackButtons(answer);
    expect(buttons.map((b) => [b.action_id, b.text?.text])).toEqual([
      ['feedback_helpful', 'Helpful'],
      ['feedback_handoff', 'Ask a recruiter'],
    ]);
    expect(buttons[0]!.value).toBe(buttons[1]!.value);

    const mark = rig.fake.mark;
    await click(answer, 'feedback_handoff', USERS.candidate);
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff, { after: mark });
    const card = flatten(ping.params);
    expect(card).toContain(ON_CALL);
    expect(card).toContain(QUOTED);
    expect(card).toContain('the candidate found this answer unhelpful');
    expect(card).toContain('Anders Bruvik');
    const updated = await updateOf(answer, mark);
    expect(flatten(updated.params)).toContain(QUOTED);
    expect(flatten(updated.params)).toContain(`Thanks for telling me. ${FOLLOW_UP}`);
    expect(feedbackButtons(updated)).toEqual([]);
    expect(updated.params.channel).toBe(CHANNELS.jobs);
    await expect.poll(async () => (await runtime.handoffs.list('all'))[0]?.pings.length).toBe(1);

    const again = rig.fake.mark;
    await click(answer, 'feedback_handoff', USERS.candidate);
    await updateOf(answer, again);
    expect(rig.posted().filter((c) => c.seq > again)).toEqual([]);
    expect(pingsSince(0)).toHaveLength(1);
    expect(await runtime.handoffs.list('all')).toHaveLength(1);
  });

  it('refuses a click by someone other than the asker, privately, and changes nothing', async () => {
    ({ rig, runtime } = await boot(mode));
    const answer = await askInChannel(ON_CALL);
    const mark = rig.fake.mark;
    await click(answer, 'feedback_handoff', USERS.other);
    const told = await rig.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.params.user === USERS.other, { after: mark });
    expect(told.params.text).toBe('Only the person who asked can use these buttons.');
    expect(told.params.thread_ts).toBe(answer.params.thread_ts);
    expect(rig.fake.calls.filter((c) => c.seq > mark && (c.method === 'chat.update' || c.method === 'chat.postMessage'))).toEqual([]);
    expect(await runtime.handoffs.list('all')).toEqual([]);
  });

  it('counts Helpful, shows the counts in gaps, and forget removes them', async () => {
    ({ rig, runtime } = await boot(mode));
    const helpful = await askInChannel(ON_CALL);
    const unhelpful = await askInChannel(ON_CALL);
    let mark = rig.fake.mark;
    await click(helpful, 'feedback_helpful', USERS.candidate);
    expect(flatten((await updateOf(helpful, mark)).params)).toContain('Thanks, glad it helped.');
    mark = rig.fake.mark;
    await click(unhelpful, 'feedback_handoff', USERS.candidate);
    await updateOf(unhelpful, mark);

    const gaps = (await rig.command('gaps 30', { staff: true })).text;
    expect(gaps).toContain('(1 handed off, 1 marked unhelpful, 1 marked helpful)');
    expect(gaps).toContain('Team Lead for our Kubernetes team / on-call: 1 handed off, 1 marked unhelpful, 1 marked helpful');

    expect((await rig.command('forget')).text).toContain('(3 questions, 1 handoff to a recruiter)');
    expect((await rig.command('gaps 30', { staff: true })).text).toMatch(/^No questions handed off and no answers marked in the last 30 days./);
    const stored = runtime.store as unknown as { db: { prepare(sql: string): { get(): { n: number } } } };
    expect(stored.db.prepare('SELECT COUNT(*) AS n FROM answers').get().n).toBe(0);
  });

  it('acknowledges a click under a private /jobs answer below it', async () => {
    ({ rig, runtime } = await boot(mode));
    const reply = await rig.command(ON_CALL);
    expect(reply.text).toContain('Ask a recruiter');
    const response = rig.fake.responses.at(-1)!;
    const button = ((response.body.blocks as Array<{ elements?: Element[] }>).flatMap((block) => block.elements ?? [])).find((e) => e.action_id === 'feedback_helpful')!;
    const responseUrl = rig.fake.responseUrl();
    const mark = rig.fake.mark;
    await rig.deliverInteraction(
      buttonClick({ user: USERS.candidate, channel: CHANNELS.jobs, messageTs: rig.fake.nextTs(), ephemeral: true, actionId: 'feedback_helpful', value: button.value!, label: 'Helpful', blockId: 'feedback', responseUrl }),
    );
    const ack = await rig.fake.waitForResponse((r) => r.id === responseUrl.split('/').at(-1), { after: mark });
    expect(ack.body).toMatchObject({ replace_original: false, text: 'Thanks, glad it helped.' });
  });
});
