/**
 * What an adapter reports about its platform connection: one object per
 * adapter that keeps readiness ('adapter:<platform>'), the connection
 * metrics and the logs in step.
 */
import type { Platform } from '../chat/types.js';
import type { Logger } from '../log.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface AdapterStatus {
  /** Connected and able to take events (Socket Mode hello, Discord shard ready/resumed, HTTP server listening). */
  connected(): void;
  /** Lost (or closed) the connection; `reason` is a short fixed phrase, never user content. */
  disconnected(reason?: string): void;
  /** An API call failed for good (after any retries). */
  apiError(): void;
  /** An API call is being retried (rate limit, 5xx, network error). */
  apiRetry(): void;
}

export interface AdapterStatusDeps {
  platform: Platform;
  readiness: Readiness;
  metrics: Metrics;
  logger: Logger;
}

/** Starts as not connected, so /readyz waits for the adapter's first connection. */
export function createAdapterStatus({ platform, readiness, metrics, logger }: AdapterStatusDeps): AdapterStatus {
  const check = `adapter:${platform}`;
  const log = logger.child({ platform });
  let state: 'starting' | 'connected' | 'disconnected' = 'starting';
  readiness.set(check, false, 'starting');
  metrics.adapterConnected(platform, false);
  return {
    connected() {
      if (state === 'connected') return;
      if (state === 'disconnected') {
        metrics.adapterReconnected(platform);
        log.info('adapter reconnected');
      } else {
        log.info('adapter connected');
      }
      state = 'connected';
      readiness.set(check, true);
      metrics.adapterConnected(platform, true);
    },
    disconnected(reason = 'disconnected') {
      if (state === 'connected') log.warn({ reason }, 'adapter disconnected');
      if (state !== 'starting') state = 'disconnected';
      readiness.set(check, false, reason);
      metrics.adapterConnected(platform, false);
    },
    apiError: () => metrics.platformApiError(platform),
    apiRetry: () => metrics.platformApiRetry(platform),
  };
}
