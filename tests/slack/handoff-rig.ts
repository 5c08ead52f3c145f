/**
 * The Slack handoff rig: the real Bolt app against FakeSlack, the real
 * runtime (as main.ts wires it) on a temp SQLite file, over a temp copy of
 * the content and knowledge, with a hand-moved clock; and the steps the
 * handoff tests take on it.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Runtime } from '../../src/app/runtime.js';
import type { Handoff } from '../../src/handoff/store.js';
import { fakeClock, tempDir, type FakeClock } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import type { RecordedCall } from './fake-slack.js';
import { blocksOf, CHANNELS, createSlackHarness, USERS, type SlackHarness } from './harness.js';
import { buttonClick, messageEnvelope } from './payloads.js';

export const KUBE = 'Team Lead for our Kubernetes team';
export const START = 'When can I start as Kubernetes team lead?';
export const VACATION = 'how many vacation days does the Kubernetes team lead get?';
export const LIVE_MARKUP = /<!channel>|<!here>|<!everyone>|<@U0OTHER9>/;
export const MARIETTA = 'U0MARIETTA';

export const RECRUITERS = (anders: string | null) => `default: marietta
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

export interface Booted {
  rig: SlackHarness;
  runtime: Runtime;
  clock: FakeClock;
  knowledgeDir: string;
  errors: unknown[];
}

/** Undone after each test, last first (the test files run them in afterEach). */
export const cleanups: Array<() => Promise<void> | void> = [];

export async function boot(mode: 'http' | 'socket', options: { handoffChannel?: string | null; andersSlackId?: string | null } = {}): Promise<Booted> {
  const dir = tempDir('candor-slack-handoff-');
  cleanups.push(() => dir.remove());
  const contentDir = join(dir.path, 'content', 'career');
  const knowledgeDir = join(dir.path, 'knowledge');
  cpSync('content/career', contentDir, { recursive: true });
  cpSync('knowledge', knowledgeDir, { recursive: true });
  writeFileSync(join(knowledgeDir, 'recruiters.yaml'), RECRUITERS(options.andersSlackId === undefined ? USERS.staff : options.andersSlackId));
  const config = testConfig(join(dir.path, 'candor.db'), { contentDir, knowledgeDir });
  const clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
  const { runtime, connect, errors } = await bootRuntime(config, { clock });
  cleanups.push(() => runtime.stop());
  const rig = createSlackHarness(mode, { handoffChannel: options.handoffChannel === undefined ? CHANNELS.handoff : options.handoffChannel });
  await rig.start(connect);
  cleanups.push(() => rig.stop());
  return { rig, runtime, clock, knowledgeDir, errors };
}

export type Element = { action_id?: string; value?: string; text?: string | { text?: string } };

export function buttonsOf(call: RecordedCall): Element[] {
  return blocksOf(call.params)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block.elements ?? []) as Element[]);
}

export const actionIds = (call: RecordedCall) => buttonsOf(call).map((button) => button.action_id);

/** The steps a test takes on the booted rig `get()` returns. */
export function handoffSteps(get: () => Booted) {

  /** The top-level ping posted in the handoff channel after `after`, once the service has recorded it. */
  async function pingAfter(after: number): Promise<RecordedCall> {
    const ping = await get().rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff && !c.params.thread_ts, { after });
    await recorded(get().runtime, String(ping.result.ts));
    return ping;
  }

  async function onlyHandoff(): Promise<Handoff> {
    const all = await get().runtime.handoffs.list('all');
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
        responseUrl: get().rig.fake.responseUrl(),
      });
    await get().rig.deliverInteraction(payload);
    return payload;
  }

  function ephemeralTo(user: string, after: number): Promise<RecordedCall> {
    return get().rig.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.params.user === user, { after });
  }

  function updateOf(ts: string, after: number): Promise<RecordedCall> {
    return get().rig.fake.waitForCall((c) => c.method === 'chat.update' && c.params.ts === ts, { after });
  }

  /** A person's message in a thread (the ping's, in the handoff channel, by default). */
  async function replyInThread(user: string, threadTs: string, text: string, where: { channel?: string; eventId?: string; ts?: string } = {}) {
    const channel = where.channel ?? CHANNELS.handoff;
    const envelope = messageEnvelope({
      text,
      user,
      channel,
      ts: where.ts ?? get().rig.fake.nextTs(),
      threadTs,
      parentUserId: get().rig.fake.botUserId,
      channelType: channel.startsWith('D') ? 'im' : 'channel',
      ...(where.eventId ? { eventId: where.eventId } : {}),
    });
    await get().rig.deliverEvent(envelope);
    return envelope;
  }

  /** Everything handled before it: a DM question answered after the earlier deliveries. */
  async function sentinel(): Promise<void> {
    await get().rig.ask('is there on-call for the kubernetes team lead?', { direct: true });
  }

  return { pingAfter, onlyHandoff, click, ephemeralTo, updateOf, replyInThread, sentinel };
}

/** Waits until the service has stored the ping Slack already shows (it records a ping after the call returns). */
export async function recorded(runtime: Runtime, ts: string): Promise<void> {
  await expect.poll(async () => (await runtime.handoffs.list('all')).some((h) => h.pings.some((p) => p.messageId === ts))).toBe(true);
}

export async function replyInThreadDm(rig: SlackHarness, channel: string, threadTs: string, text: string): Promise<void> {
  await rig.deliverEvent(
    messageEnvelope({ text, user: USERS.staff, channel, ts: rig.fake.nextTs(), threadTs, parentUserId: rig.fake.botUserId, channelType: 'im' }),
  );
}
