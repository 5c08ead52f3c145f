/**
 * Candor's Prometheus metrics on a registry of their own (never prom-client's
 * global one), so every test and every process gets a fresh set.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform } from '../chat/types.js';
import type { ReplyKind } from '../engine/types.js';
import type { Logger } from '../log.js';
import { FEEDBACK_KINDS, type FeedbackKind } from '../feedback/types.js';

/** What the handoff store reports at each scrape. */
export interface HandoffSnapshot {
  /** Handoffs per state, e.g. { open: 3, claimed: 1, resolved: 40 }. */
  byState: Readonly<Record<string, number>>;
  /** Age of the oldest handoff still open, in seconds; null when none is open. */
  oldestOpenAgeSeconds: number | null;
}

export type HandoffSource = () => HandoffSnapshot | Promise<HandoffSnapshot>;

export interface Metrics {
  readonly registry: Registry;
  /** One handled question: counted by kind and platform, its reply time observed. */
  question(event: { kind: ReplyKind; platform: Platform; seconds: number }): void;
  /** Postings per state, e.g. { published: 12, draft: 2 }, as of the last successful load. */
  contentPostings(byState: Readonly<Record<string, number>>): void;
  /** Errors found by the most recent load (a load that failed outright counts 1). */
  contentLoadErrors(count: number): void;
  adapterConnected(platform: Platform, connected: boolean): void;
  adapterReconnected(platform: Platform): void;
  platformApiError(platform: Platform): void;
  platformApiRetry(platform: Platform): void;
  /** A counted click under an answer: Helpful, or Ask a recruiter (`handoff`). */
  answerFeedback(kind: FeedbackKind): void;
  /** Read handoff counts from `source` at each scrape (set once the store is open). */
  collectHandoffs(source: HandoffSource): void;
  /** The Prometheus text exposition of everything above plus process metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsOptions {
  logger: Logger;
  /** prom-client's process_* and nodejs_* metrics; on unless turned off. */
  defaultMetrics?: boolean;
}

/** Reply time buckets in seconds: the engine is fast, a platform API call with retries can take 10 s. */
const REPLY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });

  const questions = new Counter({
    name: 'candor_questions_total',
    help: 'Questions handled, by reply kind and platform.',
    labelNames: ['kind', 'platform'] as const,
    registers,
  });
  const answerDuration = new Histogram({
    name: 'candor_answer_duration_seconds',
    help: 'Time from taking a question to the reply being delivered, by platform.',
    labelNames: ['platform'] as const,
    buckets: REPLY_BUCKETS,
    registers,
  });

  const feedback = new Counter({
    name: 'candor_answer_feedback_total',
    help: 'Clicks under answers that counted, by kind: helpful, or handoff (Ask a recruiter).',
    labelNames: ['kind'] as const,
    registers,
  });
  // Zero series, so rate() and increase() work before the first click.
  for (const kind of FEEDBACK_KINDS) feedback.inc({ kind }, 0);

  let handoffSource: HandoffSource | null = null;
  let pending: Promise<HandoffSnapshot | null> | null = null;
  /** Both handoff gauges are collected in the same scrape; they share one read of the store. */
  const handoffSnapshot = (): Promise<HandoffSnapshot | null> => {
    const source = handoffSource;
    if (!source) return Promise.resolve(null);
    pending ??= Promise.resolve()
      .then(source)
      .catch((error: unknown) => {
        options.logger.warn({ err: error }, 'handoff metrics unavailable');
        return null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  new Gauge({
    name: 'candor_handoffs',
    help: 'Handoffs by state.',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      const snapshot = await handoffSnapshot();
      this.reset();
      for (const [state, count] of Object.entries(snapshot?.byState ?? {})) this.set({ state }, count);
    },
  });
  new Gauge({
    name: 'candor_handoff_oldest_open_age_seconds',
    help: 'Age of the oldest open handoff in seconds (0 when none is open).',
    registers,
    async collect() {
      const snapshot = await handoffSnapshot();
      this.reset();
      if (snapshot) this.set(snapshot.oldestOpenAgeSeconds ?? 0);
    },
  });

  const postings = new Gauge({
    name: 'candor_content_postings',
    help: 'Postings loaded, by state (published, draft).',
    labelNames: ['state'] as const,
    registers,
  });
  const loadErrors = new Gauge({
    name: 'candor_content_load_errors',
    help: 'Errors found by the most recent content load.',
    registers,
  });
  const connected = new Gauge({
    name: 'candor_adapter_connected',
    help: 'Whether the adapter is connected to its platform (1) or not (0).',
    labelNames: ['platform'] as const,
    registers,
  });
  const reconnects = new Counter({
    name: 'candor_adapter_reconnects_total',
    help: 'Times the adapter connected again after losing its connection.',
    labelNames: ['platform'] as const,
    registers,
  });
  const apiErrors = new Counter({
    name: 'candor_platform_api_errors_total',
    help: 'Slack / Discord API calls that failed for good (after any retries).',
    labelNames: ['platform'] as const,
    registers,
  });
  const apiRetries = new Counter({
    name: 'candor_platform_api_retries_total',
    help: 'Slack / Discord API calls retried (rate limits, 5xx, network errors).',
    labelNames: ['platform'] as const,
    registers,
  });

  return {
    registry,
    question({ kind, platform, seconds }) {
      questions.inc({ kind, platform });
      answerDuration.observe({ platform }, seconds);
    },
    contentPostings(byState) {
      postings.reset();
      for (const [state, count] of Object.entries(byState)) postings.set({ state }, count);
    },
    contentLoadErrors: (count) => loadErrors.set(count),
    adapterConnected(platform, isConnected) {
      connected.set({ platform }, isConnected ? 1 : 0);
      // Zero series, so rate() and increase() work before the first event.
      reconnects.inc({ platform }, 0);
      apiErrors.inc({ platform }, 0);
      apiRetries.inc({ platform }, 0);
    },
    adapterReconnected: (platform) => reconnects.inc({ platform }),
    platformApiError: (platform) => apiErrors.inc({ platform }),
    platformApiRetry: (platform) => apiRetries.inc({ platform }),
    answerFeedback: (kind) => feedback.inc({ kind }),
    collectHandoffs(source) {
      handoffSource = source;
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
