/**
 * V8 settings for a big load on a machine of two cores, while the parse
 * worker and the thread that indexes keep both busy. V8's own background
 * work then only takes turns with the two, so a load asks for less of it:
 *
 * - Scavenges without helper threads: V8 scavenges the young generation with
 *   a helper per core. Measured on such a machine, a 10,000-posting build took
 *   about 5 % less time and CPU with each scavenge done by the thread that
 *   needs it. V8 reads the flag at each scavenge.
 * - Less inlining in optimized code: optimizing compilers run beside the two
 *   threads, and at V8's default inlining budget a load's compiles (the
 *   worker's code is compiled afresh in its own isolate every load) were a
 *   fifth of its CPU. A quarter of the budget made the 10,000-posting build
 *   5–9 % faster (8 alternating pairs a setting; no inlining at all was
 *   slower). V8 reads the budget at each compile.
 *
 * Both are set for the load and restored when the last load running ends:
 * code compiled afterwards is compiled as usual. (Code V8 optimizes during a
 * load keeps the smaller budget until it is compiled again, the code that
 * answers questions too if the bot answers during a reload: a little slower,
 * never wrong.) With more cores V8's helpers have cores of their own, and
 * nothing changes.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

const BUSY_CORES = 2;

/** V8's default inlining budget (Node 20's V8 11.3; a flag cannot be read back) and the load's, in bytecode bytes inlined into one optimized function. */
const DEFAULT_INLINING = 920;
const LOAD_INLINING = 230;

/** Each setting: the flags on node's command line that mean someone chose for themselves (Node refuses them in NODE_OPTIONS), the load's value, and V8's. */
const SETTINGS = [
  { chosen: /--(no-)?parallel[-_]scavenge|--single[-_]threaded(?:[-_]gc)?\b/, load: '--no-parallel-scavenge', usual: '--parallel-scavenge' },
  {
    chosen: /--(no-)?turbo[-_]inlining|--max[-_]inlined[-_]bytecode/,
    load: `--max-inlined-bytecode-size-cumulative=${LOAD_INLINING}`,
    usual: `--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING}`,
  },
];

/** Loads running now: the flags go back when the last one ends. */
let running = 0;

export async function withBusyCoreSettings<T>(run: () => Promise<T>, cores = availableParallelism()): Promise<T> {
  if (cores > BUSY_CORES) return run();
  const settings = SETTINGS.filter(({ chosen }) => !process.execArgv.some((flag) => chosen.test(flag)));
  if (running++ === 0) for (const { load } of settings) setFlagsFromString(load);
  try {
    return await run();
  } finally {
    if (--running === 0) for (const { usual } of settings) setFlagsFromString(usual);
  }
}
