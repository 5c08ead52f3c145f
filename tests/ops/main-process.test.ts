/**
 * `npm start` as operators run it: the real process against a local Slack in
 * HTTP mode. Its ops endpoints report health and readiness, its counters move
 * when a question is answered, no log line carries the question, and SIGTERM
 * exits 0 after the reply is out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE, FakeSlack } from '../slack/fake-slack.js';
import { mentionEnvelope } from '../slack/payloads.js';

const QUESTION = 'what is the salary for the kubernetes team lead? my secret phrase is zebra-umbrella';

let slack: FakeSlack;
let child: ChildProcess;
let port: number;
let logs = '';
const dataDir = mkdtempSync(join(tmpdir(), 'candor-main-'));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  slack = await FakeSlack.start();
  port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: FAKE.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_HANDOFF_CHANNEL: 'C0HANDOFF',
      PORT: String(port),
      DATABASE_PATH: join(dataDir, 'candor.db'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if ((await get('/healthz').catch(() => ({ status: 0 }))).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Candor did not start:\n${logs}`);
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the running service', () => {
  it('is healthy and ready once content is loaded and Slack is up', async () => {
    expect((await get('/healthz')).status).toBe(200);
    await expect.poll(async () => (await get('/readyz')).status, { timeout: 10_000 }).toBe(200);
  });

  it('answers a mention in a thread and counts it', async () => {
    const ts = slack.nextTs();
    const delivery = await slack.postEvent(`http://127.0.0.1:${port}/slack/events`, mentionEnvelope({ text: `<@${FAKE.botUserId}> ${QUESTION}`, user: 'U0CANDID', channel: 'C0JOBS', ts }));
    expect(delivery.status).toBe(200);
    const reply = await slack.waitForCall((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts, { timeoutMs: 10_000 });
    expect(String(reply.params.text)).toContain('individually negotiated');
    await expect.poll(async () => (await get('/metrics')).body, { timeout: 5_000 }).toMatch(/candor_questions_total\{kind="answer",platform="slack"\} 1/);
  });

  it('first logs which platforms start and which variables made them', () => {
    const first = JSON.parse(logs.split('\n').find((line) => line.startsWith('{'))!);
    expect(first).toMatchObject({ platforms: ['slack'], slackMode: 'http', variables: { SLACK_BOT_TOKEN: 'environment', SLACK_SIGNING_SECRET: 'environment' } });
    expect(first.msg).toBe(`starting Slack in HTTP mode on port ${port}: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set in the environment`);
  });

  it('never writes the question into its logs', () => {
    expect(logs).toContain('question');
    expect(logs).not.toContain('zebra-umbrella');
  });

  it('exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
