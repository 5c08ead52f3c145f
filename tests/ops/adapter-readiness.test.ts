/**
 * /readyz and the adapter metrics follow the real clients as they connect,
 * reconnect and stop, on the local Slack (Socket Mode) and the local Discord.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectHandler } from '../support/runtime.js';
import { silentLogger } from '../../src/log.js';
import { createAdapterStatus } from '../../src/ops/adapter-status.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createReadiness } from '../../src/ops/readiness.js';
import { createOpsServer, type OpsServer } from '../../src/ops/server.js';
import { startRig } from '../discord/rig.js';
import { createSlackHarness } from '../slack/harness.js';
import { scrape, valueOf } from './helpers.js';

const servers: OpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function opsFor(platform: 'slack' | 'discord') {
  const logger = silentLogger();
  const metrics = createMetrics({ logger, defaultMetrics: false });
  const readiness = createReadiness();
  readiness.set('content', true);
  readiness.set('store', true);
  const status = createAdapterStatus({ platform, readiness, metrics, logger });
  const server = createOpsServer({ port: 0, host: '127.0.0.1', metrics, readiness, logger });
  servers.push(server);
  const base = `http://127.0.0.1:${await server.listen()}`;
  const ready = async () => (await fetch(`${base}/readyz`)).status;
  return { status, base, ready };
}

const ignore = connectHandler(async () => undefined);

describe('readiness on the local platforms', () => {
  it('Slack (Socket Mode): not ready before the socket opens, ready once connected, not ready after stop', async () => {
    const ops = await opsFor('slack');
    expect(await ops.ready()).toBe(503);
    const slack = createSlackHarness('socket', { status: ops.status });
    await slack.start(ignore);
    await expect.poll(ops.ready, { timeout: 5_000 }).toBe(200);
    expect(valueOf(await scrape(ops.base), 'candor_adapter_connected', { platform: 'slack' })).toBe(1);
    await slack.stop();
    expect(await ops.ready()).toBe(503);
    expect(valueOf(await scrape(ops.base), 'candor_adapter_connected', { platform: 'slack' })).toBe(0);
  });

  it('Discord: ready after READY, counts a reconnect when the gateway asks for one and is ready again after RESUME', async () => {
    const ops = await opsFor('discord');
    expect(await ops.ready()).toBe(503);
    const rig = await startRig(ignore, {}, { status: ops.status, heartbeatIntervalMs: 200 });
    try {
      await expect.poll(ops.ready, { timeout: 5_000 }).toBe(200);
      rig.fake.requestReconnect();
      await expect.poll(async () => valueOf(await scrape(ops.base), 'candor_adapter_reconnects_total', { platform: 'discord' }), { timeout: 5_000 }).toBe(1);
      await expect.poll(ops.ready, { timeout: 5_000 }).toBe(200);
    } finally {
      await rig.stop();
    }
    expect(await ops.ready()).toBe(503);
  });
});
