/**
 * Building the Bolt App: Socket Mode or HTTP mode, the Web API base URL, a
 * bounded retry policy, and Bolt's own logs routed into Candor's logger.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type CustomRoute, type Logger as BoltLogger } from '@slack/bolt';
import { PlatformError, type Logger, type SlackConfig } from '../../src/index.js';

export type SlackMode = 'socket' | 'http';

/**
 * How hard a Web API call (or a response_url post) is retried: 5xx and
 * network errors back off from `minTimeout` to `maxTimeout`; a 429 waits for
 * its Retry-After. No retry starts after `maxRetryTime`, so a reply either
 * lands within seconds or is logged as failed.
 */
export interface RetryPolicy {
  retries: number;
  factor: number;
  minTimeout: number;
  maxTimeout: number;
  maxRetryTime: number;
  /** Per request; 0 disables. */
  requestTimeout: number;
}

/**
 * Retries stop starting after 10 s: a candidate waiting longer has left. A
 * request waits 20 s for its answer: Slack has been seen to post and answer
 * 7 s later, and a request that timed out is only sent again after checking
 * that it did not post (post-once.ts).
 */
export const productionRetry: RetryPolicy = {
  retries: 4,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4_000,
  maxRetryTime: 10_000,
  requestTimeout: 20_000,
};

/** Opening a Socket Mode connection: every 30 s at most, for about an hour, as Slack's own default intends. */
const SOCKET_RECONNECT_RETRY: webApi.RetryOptions = { retries: 120, factor: 1.3, minTimeout: 1_000, maxTimeout: 30_000 };

export interface CreateAppOptions {
  config: SlackConfig;
  port: number;
  logger: Logger;
  retry: RetryPolicy;
  /** Extra HTTP routes (/healthz, /metrics) served on PORT beside /slack/events; HTTP mode only. */
  customRoutes?: CustomRoute[];
  /** Called for every failed Web API attempt (a 429, a 5xx, a network error), retried or not. */
  onFailedAttempt?: () => void;
}

export interface CreatedApp {
  app: App;
  mode: SlackMode;
  /** The Socket Mode receiver, whose client reports connects and drops; null in HTTP mode. */
  socket: SocketModeReceiver | null;
  /** The same Web API without retries of its own, for replies sent at most once (post-once.ts). */
  onceClient: webApi.WebClient;
  /**
   * Stops taking events, for a drain: in HTTP mode Slack's deliveries are
   * answered 503 (Slack sends them again, to the next process) while the ops
   * routes still answer; in Socket Mode the socket closes, and Slack sends
   * what was not acknowledged to the next connection.
   */
  refuseEvents(): Promise<void>;
}

export function createApp({ config, port, logger, retry, customRoutes, onFailedAttempt }: CreateAppOptions): CreatedApp {
  const retryConfig: webApi.RetryOptions & { onFailedAttempt?: () => void } = {
    retries: retry.retries,
    factor: retry.factor,
    minTimeout: retry.minTimeout,
    maxTimeout: retry.maxTimeout,
    maxRetryTime: retry.maxRetryTime,
    randomize: retry.minTimeout >= 100,
  };
  // The Web API client hands retryConfig to p-retry, which calls onFailedAttempt.
  if (onFailedAttempt) retryConfig.onFailedAttempt = onFailedAttempt;
  const clientOptions: webApi.WebClientOptions = {
    retryConfig,
    timeout: retry.requestTimeout,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  const bolt = boltLogger(logger);
  const onceClient = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: bolt });
  const common = {
    token: config.botToken,
    logger: bolt,
    clientOptions,
    // auth.test runs in start(), where a bad token fails loudly, not in the constructor.
    deferInitialization: true,
    extendedErrorHandler: true,
  } as const;
  if (config.appToken) {
    // Built here rather than by App so the adapter can watch its connection. Its own client
    // (apps.connections.open) keeps retrying for long: when those retries run out during a
    // reconnect, the Socket Mode client rejects a promise nobody awaits.
    const socket = new SocketModeReceiver({
      appToken: config.appToken,
      logger: bolt,
      installerOptions: { clientOptions: { ...clientOptions, retryConfig: SOCKET_RECONNECT_RETRY } },
    });
    const app = new App({ ...common, socketMode: true, receiver: socket });
    return { app, mode: 'socket', socket, onceClient, refuseEvents: () => socket.stop() };
  }
  if (!config.signingSecret) {
    throw new PlatformError('slack', { method: 'HTTPReceiver', detail: 'HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)' });
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, port, logger: bolt, ...(customRoutes?.length ? { customRoutes } : {}) });
  let refusing = false;
  const listener = receiver.requestListener;
  const opsPaths = new Set((customRoutes ?? []).map((route) => route.path));
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!refusing || opsPaths.has(path)) return listener(req, res);
    res.writeHead(503, { 'Retry-After': '5', 'Content-Type': 'text/plain' }).end('shutting down');
  };
  return {
    app: new App({ ...common, receiver }),
    mode: 'http',
    socket: null,
    onceClient,
    refuseEvents: async () => {
      refusing = true;
    },
  };
}

/**
 * Bolt logs through this bridge. Bolt's debug output includes request bodies
 * (message text), so it only appears at pino's `trace` level.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  const line = (parts: unknown[]): string => parts.map(describePart).join(' ');
  return {
    debug: (...parts: unknown[]) => log.trace(line(parts)),
    info: (...parts: unknown[]) => log.info(line(parts)),
    warn: (...parts: unknown[]) => log.warn(line(parts)),
    error: (...parts: unknown[]) => log.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function describePart(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

/** Runs `task` under the same policy the Web API client uses, for calls outside it (response_url). */
export async function withRetry<T>(
  task: () => Promise<T>,
  policy: RetryPolicy,
  retryable: (error: unknown) => boolean,
  /** The wait before the next attempt when the error names one (a 429's Retry-After); null for the backoff. */
  delayFor: (error: unknown) => number | null = () => null,
): Promise<T> {
  const started = Date.now();
  let delay = policy.minTimeout;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      const wait = delayFor(error) ?? delay;
      const outOfTime = Date.now() - started + wait > policy.maxRetryTime;
      if (attempt >= policy.retries || outOfTime || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
      delay = Math.min(policy.maxTimeout, delay * policy.factor);
    }
  }
}
