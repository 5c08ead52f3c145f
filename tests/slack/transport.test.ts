/**
 * How Slack's deliveries reach the real Bolt app in each connection mode
 * (signed HTTP requests, Socket Mode envelopes), and a handler that fails:
 * reported to the error funnel, and the next event still taken.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectHandler, type Failure } from '../support/runtime.js';
import { bootSlack, type SlackCandor } from './boot.js';
import { CHANNELS, createSlackHarness, USERS, type SlackHarness, type SlackHarnessOptions } from './harness.js';
import { mentionEnvelope } from './payloads.js';

describe.each(['http', 'socket'] as const)('Slack deliveries over %s', (mode) => {
  let rig: SlackHarness;
  let booted: SlackCandor | null = null;

  async function boot(options: SlackHarnessOptions = {}): Promise<void> {
    await booted?.stop();
    booted = await bootSlack(mode, options);
    rig = booted.rig;
  }

  const sentinel = () => booted!.sentinel();

  beforeEach(() => boot());
  afterEach(() => booted?.stop());

  if (mode === 'http') {
    it('rejects a forged signature and a stale timestamp with 401, and answers neither', async () => {
      const mark = rig.fake.mark;
      const make = () =>
        mentionEnvelope({ text: `<@${rig.fake.botUserId}> salary for the kubernetes team lead?`, user: USERS.candidate, channel: CHANNELS.jobs, ts: rig.fake.nextTs() });
      const forged = await rig.fake.postEvent(rig.appUrl(), make(), { signature: 'forged' });
      const stale = await rig.fake.postEvent(rig.appUrl(), make(), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
      expect(forged.status).toBe(401);
      expect(stale.status).toBe(401);
      await sentinel();
      expect(rig.posted().filter((c) => c.seq > mark && c.params.channel === CHANNELS.jobs)).toEqual([]);
    });

    it('serves custom routes (ops endpoints) on the same port', async () => {
      await boot({
        customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => void res.writeHead(200).end('ok') }],
      });
      const response = await fetch(rig.appUrl().replace('/slack/events', '/healthz'));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('ok');
    });

    it('answers url_verification and acks events at once', async () => {
      const challenge = await rig.fake.postEvent(rig.appUrl(), { type: 'url_verification', token: 'x', challenge: 'abc123' });
      expect(challenge).toMatchObject({ status: 200 });
      expect(challenge.body).toContain('abc123');
    });
  } else {
    it('acks every Socket Mode envelope', async () => {
      const ack = await rig.deliverEvent(
        mentionEnvelope({ text: `<@${rig.fake.botUserId}> hi`, user: USERS.candidate, channel: CHANNELS.jobs, ts: rig.fake.nextTs() }),
      );
      expect(ack).toMatchObject({ envelope_id: expect.any(String) });
      expect(rig.fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test-token');
    });
  }
});

describe('Slack adapter with a failing handler', () => {
  it('reports the failure to the error funnel and keeps taking events', async () => {
    const rig = createSlackHarness('http');
    let calls = 0;
    const failures: Failure[] = [];
    const throwing = async () => {
      calls += 1;
      throw new Error('boom');
    };
    await rig.start(connectHandler(throwing, (error, context) => void failures.push({ error, context })));
    try {
      for (let i = 0; i < 2; i += 1) {
        const delivery = await rig.deliverEvent(
          mentionEnvelope({ text: `<@${rig.fake.botUserId}> hi`, user: USERS.candidate, channel: CHANNELS.jobs, ts: rig.fake.nextTs() }),
        );
        expect(delivery).toMatchObject({ status: 200 });
      }
      await expect.poll(() => failures.length).toBe(2);
      expect(failures.map((f) => f.context)).toEqual([0, 1].map(() => ({ step: 'slack message', platform: 'slack', channel: CHANNELS.jobs, user: USERS.candidate })));
      expect(calls).toBe(2);
    } finally {
      await rig.stop();
    }
  });
});
