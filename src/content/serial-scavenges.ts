/**
 * V8 scavenges the young generation with helper threads, one per core.
 * While a big load keeps both cores of a two-core machine busy (the parse
 * worker and the thread that indexes), those helpers only take turns with
 * the two: measured on such a machine, a 10,000-posting build took about 5 %
 * less time and CPU with each scavenge done by the thread that needs it.
 * V8 reads the flag at each scavenge, so it is set for the load and restored.
 * With more cores the helpers have cores of their own, and nothing changes.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

const BUSY_CORES = 2;

/** Loads running now: the flag goes back on when the last one ends. */
let running = 0;

export async function withSerialScavenges<T>(run: () => Promise<T>, cores = availableParallelism()): Promise<T> {
  // Someone who set the garbage collector's threads on the command line keeps their choice (Node refuses these flags in NODE_OPTIONS).
  if (cores > BUSY_CORES || process.execArgv.some((flag) => GC_THREADS_SET.test(flag))) return run();
  if (running++ === 0) setFlagsFromString('--no-parallel-scavenge');
  try {
    return await run();
  } finally {
    if (--running === 0) setFlagsFromString('--parallel-scavenge');
  }
}

const GC_THREADS_SET = /--(no-)?parallel[-_]scavenge|--single[-_]threaded(?:[-_]gc)?\b/;
