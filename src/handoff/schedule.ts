/**
 * The timer loop: the handoff sweep (reminders, escalations, retries) every
 * minute and the retention purge once a day. Timers are unref'd so they never
 * keep the process alive; stop() ends both. Working-hours arithmetic lives in
 * working-hours.ts.
 */
import type { OnError } from '../errors.js';
import type { Clock } from './clock.js';

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const nodeTimers: Timers = {
  setInterval(callback, ms) {
    const handle = setInterval(callback, ms);
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface SchedulerDeps {
  clock: Clock;
  tick: (now: number) => Promise<unknown>;
  purge: (now: number) => Promise<unknown>;
  onError: OnError;
  tickEveryMs?: number;
  purgeEveryMs?: number;
  timers?: Timers;
}

export interface Scheduler {
  /** Resolves when the first sweep and purge are done. */
  readonly started: Promise<void>;
  stop(): void;
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  const timers = deps.timers ?? nodeTimers;
  let running = true;
  let sweeping = false;

  async function run(step: 'tick' | 'purge'): Promise<void> {
    if (!running) return;
    if (step === 'tick') {
      if (sweeping) return;
      sweeping = true;
    }
    try {
      await (step === 'tick' ? deps.tick : deps.purge)(deps.clock.now());
    } catch (error) {
      deps.onError(error, { step: step === 'tick' ? 'handoff sweep' : 'retention purge' });
    } finally {
      if (step === 'tick') sweeping = false;
    }
  }

  const tickHandle = timers.setInterval(() => void run('tick'), deps.tickEveryMs ?? 60_000);
  const purgeHandle = timers.setInterval(() => void run('purge'), deps.purgeEveryMs ?? 86_400_000);
  const started = Promise.all([run('purge'), run('tick')]).then(() => undefined);

  return {
    started,
    stop() {
      running = false;
      timers.clearInterval(tickHandle);
      timers.clearInterval(purgeHandle);
    },
  };
}
