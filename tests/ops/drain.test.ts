/**
 * SIGTERM with events arriving during the drain: the real process in Slack
 * HTTP mode against the local Slack. The reply being worked on goes out;
 * an event that arrives meanwhile is answered 503, so Slack delivers it
 * again (to the next process) instead of counting it delivered and dropping it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE, FakeSlack } from '../slack/fake-slack.js';
import { mentionEnvelope } from '../slack/payloads.js';
import { startCandor } from './candor-process.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('SIGTERM while events keep arriving (Slack HTTP mode)', () => {
  it('finishes the reply in flight and refuses new events with a status Slack retries', async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'candor-drain-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const candor = await startCandor({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: FAKE.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_PATH: join(dataDir, 'candor.db'),
    });
    cleanups.push(async () => {
      if (candor.child.exitCode === null) candor.kill('SIGKILL');
      await candor.exited;
    });
    await candor.waitFor('/readyz', (answer) => answer.status === 200, 'readiness');
    const events = `http://127.0.0.1:${candor.port}/slack/events`;
    const mention = (ts: string) => mentionEnvelope({ text: `<@${FAKE.botUserId}> who would be my manager in the kubernetes team lead role?`, user: 'U0CANDID', channel: 'C0JOBS', ts });

    // The first reply is slow to be answered: the drain has to wait for it.
    slack.slow('chat.postMessage', { delayMs: 3_000, times: 1 });
    const first = slack.nextTs();
    expect((await slack.postEvent(events, mention(first))).status).toBe(200);
    await slack.waitForCall((call) => call.method === 'chat.postMessage' && call.params.thread_ts === first, { timeoutMs: 10_000 });

    candor.kill('SIGTERM');
    await candor.waitForLog((line) => line.msg === 'slack: refusing new events while draining; Slack delivers them again', 'the drain');
    const second = slack.nextTs();
    const during = await slack.postEvent(events, mention(second));
    expect(during.status).toBeGreaterThanOrEqual(500);
    // The ops endpoints still answer while it drains.
    expect((await candor.get('/healthz')).status).toBe(200);

    expect(await candor.exited).toBe(0);
    expect(slack.callsTo('chat.postMessage').filter((call) => call.params.thread_ts === first)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').filter((call) => call.params.thread_ts === second)).toHaveLength(0);
  });
});
