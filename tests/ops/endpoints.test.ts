import { afterEach, describe, expect, it } from 'vitest';
import { createAdapterStatus } from '../../src/ops/adapter-status.js';
import { createContentStatus } from '../../src/ops/content-status.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createReadiness } from '../../src/ops/readiness.js';
import { createOpsServer, type OpsServer } from '../../src/ops/server.js';
import { silentLogger } from '../../src/log.js';

const open: OpsServer[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function start() {
  const logger = silentLogger();
  const metrics = createMetrics({ logger, defaultMetrics: false });
  const readiness = createReadiness();
  const server = createOpsServer({ port: 0, host: '127.0.0.1', metrics, readiness, logger });
  open.push(server);
  const port = await server.listen();
  return { base: `http://127.0.0.1:${port}`, metrics, readiness, logger };
}

async function get(url: string, method = 'GET') {
  const response = await fetch(url, { method });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

describe('ops endpoints', () => {
  it('/healthz answers 200 as long as the process runs, ready or not', async () => {
    const { base, readiness } = await start();
    readiness.set('content', false, 'loading');
    const health = await get(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 503 naming each failing check until content, store and every registered adapter are up', async () => {
    const { base, metrics, readiness, logger } = await start();
    const content = createContentStatus({ metrics, readiness, logger, contentDir: 'content/career' });
    readiness.set('store', false, 'opening');
    const slack = createAdapterStatus({ platform: 'slack', readiness, metrics, logger });
    const discord = createAdapterStatus({ platform: 'discord', readiness, metrics, logger });

    let ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'not ready',
      failing: ['content', 'store', 'adapter:slack', 'adapter:discord'],
      checks: { content: { ok: false, detail: 'loading' }, 'adapter:slack': { ok: false, detail: 'starting' } },
    });

    content.loaded({ postings: [{ draft: false }, { draft: true }] as never, problems: [] });
    readiness.set('store', true);
    slack.connected();
    ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.json().failing).toEqual(['adapter:discord']);

    discord.connected();
    ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', failing: [], checks: { content: { ok: true, detail: expect.stringMatching(/^2 postings, 0 load errors/) } } });

    slack.disconnected('socket closed');
    ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.json()).toMatchObject({ failing: ['adapter:slack'], checks: { 'adapter:slack': { ok: false, detail: 'socket closed' } } });

    slack.connected();
    expect((await get(`${base}/readyz`)).status).toBe(200);
  });

  it('only registered checks count: a Discord-only process does not wait for Slack', async () => {
    const { base, metrics, readiness, logger } = await start();
    createAdapterStatus({ platform: 'discord', readiness, metrics, logger }).connected();
    const ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.json().checks as object)).toEqual(['adapter:discord']);
  });

  it('a failed reload keeps a loaded process ready but reports the load error; a failed first load is not ready', async () => {
    const { base, metrics, readiness, logger } = await start();
    const content = createContentStatus({ metrics, readiness, logger, contentDir: 'content/career' });
    content.failed('content/career: unreadable');
    let ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.json()).toMatchObject({ checks: { content: { ok: false, detail: 'content/career: unreadable' } } });

    content.loaded({ postings: [{ draft: false }] as never, problems: [] });
    content.failed();
    expect((await get(`${base}/readyz`)).status).toBe(200);
    expect((await get(`${base}/metrics`)).text).toMatch(/^candor_content_load_errors 1$/m);
  });

  it('answers HEAD, refuses other methods and unknown paths', async () => {
    const { base } = await start();
    const head = await get(`${base}/healthz`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect((await get(`${base}/healthz`, 'POST')).status).toBe(405);
    expect((await get(`${base}/nope`)).status).toBe(404);
    expect((await get(`${base}/readyz?verbose=1`)).status).toBe(200);
  });

  it('close() returns even with a keep-alive scraper connected', async () => {
    const { base } = await start();
    await fetch(`${base}/metrics`, { headers: { connection: 'keep-alive' } }).then((response) => response.text());
    const server = open.pop()!;
    await server.close();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('listen() rejects when the port is taken', async () => {
    const first = await start();
    const port = Number(new URL(first.base).port);
    const logger = silentLogger();
    const second = createOpsServer({ port, host: '127.0.0.1', metrics: first.metrics, readiness: first.readiness, logger });
    await expect(second.listen()).rejects.toThrow(/EADDRINUSE/);
  });
});
