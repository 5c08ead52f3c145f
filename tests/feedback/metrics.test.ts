/** candor_answer_feedback_total{kind}: counted clicks, served on /metrics, wired as main.ts wires the runtime. */
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createReadiness } from '../../src/ops/readiness.js';
import { createOpsServer } from '../../src/ops/server.js';
import { candidateMessage, tempDir } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import { scrape, valueOf } from '../ops/helpers.js';
import { feedbackEvent } from './events.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('counts each click that counted, by kind, from zero', async () => {
  const dir = tempDir('candor-feedback-metrics-');
  cleanups.push(() => dir.remove());
  const metrics = createMetrics({ logger: silentLogger(), defaultMetrics: false });
  const { runtime, handler } = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { onFeedback: (kind) => metrics.answerFeedback(kind) });
  cleanups.push(() => runtime.stop());
  const server = createOpsServer({ port: 0, host: '127.0.0.1', metrics, readiness: createReadiness(), logger: silentLogger() });
  cleanups.push(() => server.close());
  const url = `http://127.0.0.1:${await server.listen()}`;

  const before = await scrape(url);
  expect(valueOf(before, 'candor_answer_feedback_total', { kind: 'helpful' })).toBe(0);
  expect(valueOf(before, 'candor_answer_feedback_total', { kind: 'handoff' })).toBe(0);

  const ids: string[] = [];
  for (const user of ['U1', 'U2']) {
    await handler(candidateMessage('is there on-call for the kubernetes team lead?', { user }), {
      say: async (outgoing) => void (outgoing.kind === 'answer' && outgoing.questionId && ids.push(outgoing.questionId)),
    });
  }
  await runtime.feedback.receive(feedbackEvent(ids[0]!, 'helpful', 'U1'));
  await runtime.feedback.receive(feedbackEvent(ids[0]!, 'helpful', 'U1'));
  await runtime.feedback.receive(feedbackEvent(ids[1]!, 'handoff', 'U1'));
  await runtime.feedback.receive(feedbackEvent(ids[1]!, 'handoff', 'U2'));

  const after = await scrape(url);
  expect(valueOf(after, 'candor_answer_feedback_total', { kind: 'helpful' })).toBe(1);
  expect(valueOf(after, 'candor_answer_feedback_total', { kind: 'handoff' })).toBe(1);
});
