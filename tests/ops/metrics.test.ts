import { HTTPReceiver, LogLevel, type CustomRoute } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { Engine, Reply } from '../../src/engine/types.js';
import { silentLogger } from '../../src/log.js';
import { createAdapterStatus } from '../../src/ops/adapter-status.js';
import { createMetrics, type Metrics } from '../../src/ops/metrics.js';
import { createQuestionObserver } from '../../src/ops/question-log.js';
import { createReadiness } from '../../src/ops/readiness.js';
import { opsRoutes } from '../../src/ops/routes.js';
import { createOpsServer, type OpsServer } from '../../src/ops/server.js';
import { message, reply, scrape, valueOf } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function serve(metrics: Metrics): Promise<string> {
  const server: OpsServer = createOpsServer({ port: 0, host: '127.0.0.1', metrics, readiness: createReadiness(), logger: silentLogger() });
  cleanups.push(() => server.close());
  return `http://127.0.0.1:${await server.listen()}`;
}

/** The real core handler with an engine that answers with whatever the test queued. */
function handlerWith(metrics: Metrics, replies: Reply[], clock: number[]) {
  const engine: Engine = { ask: () => replies.shift()!, postings: () => [] };
  return createMessageHandler({
    engine: () => engine,
    memory: createConversationMemory(),
    handoffs: { open: async () => undefined },
    onError: (error) => {
      throw error;
    },
    observe: createQuestionObserver({ logger: silentLogger(), metrics }),
    now: () => clock.shift() ?? 0,
  });
}

const io = { say: async () => undefined };

describe('/metrics', () => {
  it('counts questions by kind and platform and observes reply time, scraped over HTTP', async () => {
    const metrics = createMetrics({ logger: silentLogger() });
    const base = await serve(metrics);
    const before = await scrape(base);
    expect(valueOf(before, 'candor_questions_total', { kind: 'answer', platform: 'slack' })).toBeUndefined();
    expect(valueOf(before, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
    expect(valueOf(before, 'nodejs_heap_size_total_bytes')).toBeGreaterThan(0);

    const handle = handlerWith(metrics, [reply('answer'), reply('answer'), reply('clarify'), reply('handoff'), reply('help')], [
      0, 40, 100, 350, 0, 5, 0, 3000, 0, 1,
    ]);
    await handle(message('what is the salary?', 'slack'), io);
    await handle(message('and the hours?', 'slack'), io);
    await handle(message('which team?', 'discord'), io);
    await handle(message('can I bring my dog?', 'discord'), io);
    await handle(message('help', 'terminal'), io);

    const after = await scrape(base);
    expect(valueOf(after, 'candor_questions_total', { kind: 'answer', platform: 'slack' })).toBe(2);
    expect(valueOf(after, 'candor_questions_total', { kind: 'clarify', platform: 'discord' })).toBe(1);
    expect(valueOf(after, 'candor_questions_total', { kind: 'handoff', platform: 'discord' })).toBe(1);
    expect(valueOf(after, 'candor_questions_total', { kind: 'help', platform: 'terminal' })).toBe(1);
    expect(valueOf(after, 'candor_answer_duration_seconds_count', { platform: 'slack' })).toBe(2);
    expect(valueOf(after, 'candor_answer_duration_seconds_sum', { platform: 'slack' })).toBeCloseTo(0.29);
    expect(valueOf(after, 'candor_answer_duration_seconds_bucket', { platform: 'slack', le: '0.05' })).toBe(1);
    expect(valueOf(after, 'candor_answer_duration_seconds_bucket', { platform: 'discord', le: '2.5' })).toBe(1);
    expect(valueOf(after, 'candor_answer_duration_seconds_bucket', { platform: 'discord', le: '5' })).toBe(2);
  });

  it('reads handoffs from the callback at each scrape, once per scrape', async () => {
    const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const base = await serve(metrics);
    expect(valueOf(await scrape(base), 'candor_handoffs', { state: 'open' })).toBeUndefined();

    let reads = 0;
    let snapshot = { byState: { open: 3, claimed: 1 } as Record<string, number>, oldestOpenAgeSeconds: 90_000 as number | null };
    metrics.collectHandoffs(async () => {
      reads += 1;
      return snapshot;
    });
    let samples = await scrape(base);
    expect(reads).toBe(1);
    expect(valueOf(samples, 'candor_handoffs', { state: 'open' })).toBe(3);
    expect(valueOf(samples, 'candor_handoffs', { state: 'claimed' })).toBe(1);
    expect(valueOf(samples, 'candor_handoff_oldest_open_age_seconds')).toBe(90_000);

    snapshot = { byState: { resolved: 4 }, oldestOpenAgeSeconds: null };
    samples = await scrape(base);
    expect(valueOf(samples, 'candor_handoffs', { state: 'open' })).toBeUndefined();
    expect(valueOf(samples, 'candor_handoffs', { state: 'resolved' })).toBe(4);
    expect(valueOf(samples, 'candor_handoff_oldest_open_age_seconds')).toBe(0);
  });

  it('a failing handoff source drops the handoff series but not the scrape', async () => {
    const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const base = await serve(metrics);
    metrics.collectHandoffs(() => {
      throw new Error('database is locked');
    });
    metrics.contentLoadErrors(0);
    const samples = await scrape(base);
    expect(valueOf(samples, 'candor_handoffs', { state: 'open' })).toBeUndefined();
    expect(valueOf(samples, 'candor_content_load_errors')).toBe(0);
  });

  it('tracks adapter connection, reconnects, API errors and retries', async () => {
    const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const base = await serve(metrics);
    const status = createAdapterStatus({ platform: 'discord', readiness: createReadiness(), metrics, logger: silentLogger() });
    let samples = await scrape(base);
    expect(valueOf(samples, 'candor_adapter_connected', { platform: 'discord' })).toBe(0);
    expect(valueOf(samples, 'candor_adapter_reconnects_total', { platform: 'discord' })).toBe(0);

    status.disconnected('gateway refused'); // before the first connection: not a reconnect
    status.connected();
    status.connected(); // repeated: no change
    status.disconnected('shard reconnecting');
    status.connected();
    status.apiRetry();
    status.apiRetry();
    status.apiError();
    samples = await scrape(base);
    expect(valueOf(samples, 'candor_adapter_connected', { platform: 'discord' })).toBe(1);
    expect(valueOf(samples, 'candor_adapter_reconnects_total', { platform: 'discord' })).toBe(1);
    expect(valueOf(samples, 'candor_platform_api_retries_total', { platform: 'discord' })).toBe(2);
    expect(valueOf(samples, 'candor_platform_api_errors_total', { platform: 'discord' })).toBe(1);
  });

  it('reports content postings by state', async () => {
    const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const base = await serve(metrics);
    metrics.contentPostings({ published: 5, draft: 2 });
    metrics.contentLoadErrors(3);
    const samples = await scrape(base);
    expect(valueOf(samples, 'candor_content_postings', { state: 'published' })).toBe(5);
    expect(valueOf(samples, 'candor_content_postings', { state: 'draft' })).toBe(2);
    expect(valueOf(samples, 'candor_content_load_errors')).toBe(3);
  });

  it('each factory call has its own registry', () => {
    const a = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const b = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    a.contentLoadErrors(7);
    expect(a.registry).not.toBe(b.registry);
    expect(b.registry.getSingleMetric('candor_content_load_errors')).toBeDefined();
  });
});

describe('opsRoutes on Bolt’s HTTPReceiver (Slack HTTP mode shares PORT)', () => {
  it('serves /healthz, /readyz and /metrics next to /slack/events', async () => {
    const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
    const readiness = createReadiness();
    readiness.set('adapter:slack', false, 'starting');
    metrics.contentLoadErrors(0);
    const customRoutes = opsRoutes({ metrics, readiness, logger: silentLogger() }) satisfies CustomRoute[];
    const receiver = new HTTPReceiver({ signingSecret: 'test-secret', customRoutes, logLevel: LogLevel.ERROR });
    const server = await receiver.start(0);
    cleanups.push(() => receiver.stop());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    readiness.set('adapter:slack', true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(valueOf(await scrape(base), 'candor_content_load_errors')).toBe(0);
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(401);
  });
});
