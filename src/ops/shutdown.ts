/**
 * Graceful stop. SIGTERM / SIGINT: stop taking new messages (draining), let
 * the replies being worked on finish (bounded by `timeoutMs`), run the close
 * steps in order, exit 0. SIGHUP runs `reload`. Signals and exit are
 * injectable, so tests drive this with an EventEmitter.
 */
import type { ConversationIO, IncomingMessage, MessageHandler } from '../chat/types.js';
import type { Logger } from '../log.js';

export interface ShutdownStep {
  /** For the logs: 'slack', 'discord', 'store', 'http'. */
  name: string;
  run: () => Promise<void> | void;
}

/** `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

/** Called instead of the handler for a message that arrives while draining. */
export type RefusedHandler = (message: IncomingMessage, io: ConversationIO) => Promise<void> | void;

export interface ShutdownDeps {
  logger: Logger;
  /** How long to wait for in-flight replies before closing anyway. */
  timeoutMs: number;
  /** Close steps, run one after another in this order (adapters, store, http server). */
  steps: readonly ShutdownStep[];
  /**
   * Run first, when the drain starts: each adapter stops taking events in a
   * way its platform delivers them again (bounded like a close step).
   */
  refuse?: readonly ShutdownStep[];
  /** SIGHUP. Without it SIGHUP is not handled (and keeps Node's default). */
  reload?: () => Promise<void> | void;
  /** Bound on each close step; default 5 s. A step that fails or hangs is logged and the next one runs. */
  stepTimeoutMs?: number;
  /** Default: the message is dropped with a log line (no text). */
  onRefused?: RefusedHandler;
  signals?: SignalSource;
  exit?: (code: number) => void;
}

export interface Shutdown {
  readonly draining: boolean;
  /** Replies being worked on right now. */
  inFlight(): number;
  /** Wraps the handler adapters get: counts in-flight replies, refuses new messages while draining. */
  trackInFlight(handler: MessageHandler): MessageHandler;
  /** What SIGTERM does; callable directly (e.g. when the terminal closes). Resolves after exit is called. */
  shutdown(reason: string): Promise<void>;
  /** Removes the signal listeners. */
  dispose(): void;
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

export function createShutdown(deps: ShutdownDeps): Shutdown {
  const { logger, timeoutMs } = deps;
  const signals = deps.signals ?? process;
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  const stepTimeoutMs = deps.stepTimeoutMs ?? 5_000;
  const log = logger.child({ component: 'shutdown' });
  let draining = false;
  let inFlight = 0;
  let idleWaiters: Array<() => void> = [];
  let stopping: Promise<void> | null = null;
  let reloading = false;

  const onStop = (signal: NodeJS.Signals) => () => {
    if (stopping) {
      log.warn({ signal }, 'second stop signal, exiting now');
      exit(1);
      return;
    }
    void shutdown(signal);
  };
  const stopListeners = STOP_SIGNALS.map((signal) => [signal, onStop(signal)] as const);
  for (const [signal, listener] of stopListeners) signals.on(signal, listener);
  const onReload = () => void reload();
  if (deps.reload) signals.on('SIGHUP', onReload);

  function dispose(): void {
    for (const [signal, listener] of stopListeners) signals.off(signal, listener);
    if (deps.reload) signals.off('SIGHUP', onReload);
  }

  async function reload(): Promise<void> {
    if (!deps.reload || draining || reloading) return;
    reloading = true;
    log.info('reload requested');
    try {
      await deps.reload();
      log.info('reloaded');
    } catch (error) {
      log.error({ err: error }, 'reload failed; keeping what was loaded');
    } finally {
      reloading = false;
    }
  }

  function whenIdle(): Promise<boolean> {
    if (inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  function shutdown(reason: string): Promise<void> {
    stopping ??= run(reason);
    return stopping;
  }

  async function run(reason: string): Promise<void> {
    draining = true;
    log.info({ reason, inFlight }, 'shutting down: draining');
    for (const step of deps.refuse ?? []) {
      try {
        await withTimeout(Promise.resolve().then(step.run), stepTimeoutMs, `${step.name} did not stop taking events within ${stepTimeoutMs} ms`);
      } catch (error) {
        log.error({ err: error, step: step.name }, 'could not stop taking events');
      }
    }
    const drained = await whenIdle();
    if (!drained) log.warn({ inFlight, timeoutMs }, 'replies still in flight after the timeout; closing anyway');
    let failed = false;
    for (const step of deps.steps) {
      try {
        await withTimeout(Promise.resolve().then(step.run), stepTimeoutMs, `${step.name} did not close within ${stepTimeoutMs} ms`);
        log.debug({ step: step.name }, 'closed');
      } catch (error) {
        failed = true;
        log.error({ err: error, step: step.name }, 'close step failed');
      }
    }
    dispose();
    log.info({ code: failed ? 1 : 0 }, 'stopped');
    exit(failed ? 1 : 0);
  }

  return {
    get draining() {
      return draining;
    },
    inFlight: () => inFlight,
    trackInFlight(handler) {
      return async (message, io) => {
        if (draining) {
          log.info({ platform: message.conversation.platform }, 'message refused: shutting down');
          try {
            await deps.onRefused?.(message, io);
          } catch (error) {
            log.warn({ err: error }, 'refusal notice failed');
          }
          return;
        }
        inFlight += 1;
        try {
          await handler(message, io);
        } finally {
          inFlight -= 1;
          if (inFlight === 0) {
            const waiters = idleWaiters;
            idleWaiters = [];
            for (const wake of waiters) wake();
          }
        }
      };
    },
    shutdown,
    dispose,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
