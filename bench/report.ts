/** Bench results: their shape, the targets, and the Markdown table that bench/results.md holds. */
import { median } from './stats.js';

export interface LatencyResult {
  questions: number;
  rounds: number;
  samples: number;
  errors: number;
  medianMs: number;
  /** Median over rounds of each round's p99: the machine is shared, so one noisy round does not decide it. */
  p99Ms: number;
  /** p99 of every sample of every round together. */
  pooledP99Ms: number;
  maxMs: number;
  /** p99 of the first round: typo-repair caches cold. */
  firstRoundP99Ms: number;
  /** Questions per second on one core (one thread, back to back). */
  qps: number;
  evalMedianMs: number;
  typoMedianMs: number;
  pasteMaxMs: number;
}

export interface NaiveResult {
  questions: number;
  passages: number;
  buildMs: number;
  medianMs: number;
  p99Ms: number;
  /** Candor's median over the same questions. */
  candorMedianMs: number;
  /** naive median / Candor median. */
  ratio: number;
}

export interface IncrementalReload {
  method: string;
  /** Median over the edits. */
  ms: number;
  /** The first edit after the load, the one a watcher meets with that code and those lists not yet touched: the target is judged on it. */
  firstMs: number;
  reps: number;
  /** The engine answers from the changed text afterwards. */
  verified: boolean;
}

export interface ReloadResult {
  postingId: string;
  reps: number;
  /** Read + parsePosting + createEngine over the whole corpus. */
  fullMs: number;
  parseMs: number;
  engineMs: number;
  fullVerified: boolean;
  incremental: IncrementalReload | null;
}

export interface ColdStart {
  runs: number;
  failures: number;
  medianMs: number;
  samplesMs: number[];
  /** The same runs, each right after one with the knowledge cache emptied (knowledge/cache.ts): the first run after a knowledge edit. */
  uncachedMedianMs: number;
  uncachedSamplesMs: number[];
}

export interface CorpusResult {
  label: string;
  postings: number;
  passages: number;
  /** Passages whose text no other passage has word for word (boards repeat boilerplate; the index reads each text once). */
  distinctPassages: number;
  /** Files the loader refused (severity error). */
  problems: number;
  /** Median of buildRuns. */
  buildMs: number;
  buildRuns: number[];
  /** CPU time of each build run (user + system, both threads), in the same order. */
  buildCpuRuns: number[];
  /** The system (kernel) part of buildCpuRuns: mostly first touches of memory pages. */
  buildSystemRuns: number[];
  /** Page faults (minor) of each build run. */
  buildPageFaultRuns: number[];
  heapBaseMB: number;
  heapMB: number;
  rssMB: number;
  latency: LatencyResult;
  naive: NaiveResult | null;
  reload: ReloadResult;
  coldStart: ColdStart | null;
}

export interface Machine {
  cores: number;
  model: string;
  node: string;
  date: string;
}

export interface Target {
  name: string;
  corpus: string;
  goal: string;
  measured: number | null;
  unit: string;
  met: boolean | null;
}

const cell = (value: number | null | undefined, unit = ''): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const text = abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toFixed(3);
  return `${text}${unit}`;
};

/** The reload a target is judged on: the first edit by the incremental path when the engine has one, else the full rebuild. */
export const reloadMs = (result: CorpusResult) => result.reload.incremental?.firstMs ?? result.reload.fullMs;

export function evaluateTargets(results: CorpusResult[]): Target[] {
  const of = (label: string) => results.find((result) => result.label === label);
  const target = (name: string, corpus: string, goal: string, unit: string, value: (r: CorpusResult) => number | null | undefined, ok: (v: number) => boolean): Target => {
    const result = of(corpus);
    const measured = result ? value(result) ?? null : null;
    return { name, corpus, goal, unit, measured, met: measured === null || !Number.isFinite(measured) ? null : ok(measured) };
  };
  return [
    target('p99 latency', 'bundled', '< 1 ms', ' ms', (r) => r.latency.p99Ms, (v) => v < 1),
    target('`ask` cold start', 'bundled', '< 500 ms', ' ms', (r) => r.coldStart?.medianMs, (v) => v < 500),
    target('index build', '10000', '< 3000 ms', ' ms', (r) => r.buildMs, (v) => v < 3000),
    target('heap after build', '10000', '< 300 MB', ' MB', (r) => r.heapMB, (v) => v < 300),
    target('p99 latency', '10000', '< 5 ms', ' ms', (r) => r.latency.p99Ms, (v) => v < 5),
    target('one changed posting re-indexed', '10000', '< 50 ms', ' ms', reloadMs, (v) => v < 50),
    target('faster than naive fuse.js', '1000', '≥ 20x', 'x', (r) => r.naive?.ratio, (v) => v >= 20),
  ];
}

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

export function renderReport(input: { machine: Machine; results: CorpusResult[]; command: string; totalSeconds: number; notes: string[] }): string {
  const { machine, results } = input;
  const main = [
    row(['corpus', 'postings', 'passages', 'build ms', 'heap MB', 'median ms', 'p99 ms', 'q/s', 'cold start ms', 'naive median ms', 'naive/Candor', 'reload full ms', 'reload incr. ms (first edit)']),
    row(Array(13).fill('---')),
    ...results.map((r) =>
      row([
        r.label,
        r.postings,
        r.passages,
        cell(r.buildMs),
        cell(r.heapMB),
        cell(r.latency.medianMs),
        cell(r.latency.p99Ms),
        cell(r.latency.qps),
        cell(r.coldStart?.medianMs),
        cell(r.naive?.medianMs),
        cell(r.naive?.ratio, 'x'),
        cell(r.reload.fullMs),
        r.reload.incremental ? cell(r.reload.incremental.firstMs) : 'n/a',
      ]),
    ),
  ];
  const detail = [
    row(['corpus', 'distinct passage texts', 'build runs ms', 'build CPU ms (median)', 'of it system ms / page faults (median)', 'rounds × questions', 'eval median ms', 'typo median ms', 'paste max ms', 'first-round p99 ms', 'pooled p99 ms', 'max ms', 'errors', 'reload: parse / createEngine ms', 'naive: questions / passages / build ms', 'cold start runs; median ms with no knowledge cache']),
    row(Array(16).fill('---')),
    ...results.map((r) =>
      row([
        r.label,
        `${r.distinctPassages} (${Math.round((100 * r.distinctPassages) / Math.max(1, r.passages))} %)`,
        r.buildRuns.map((ms) => cell(ms)).join(' / '),
        cell(median(r.buildCpuRuns)),
        `${cell(median(r.buildSystemRuns))} / ${Math.round(median(r.buildPageFaultRuns))}`,
        `${r.latency.rounds} × ${r.latency.questions}`,
        cell(r.latency.evalMedianMs),
        cell(r.latency.typoMedianMs),
        cell(r.latency.pasteMaxMs),
        cell(r.latency.firstRoundP99Ms),
        cell(r.latency.pooledP99Ms),
        cell(r.latency.maxMs),
        r.latency.errors,
        `${cell(r.reload.parseMs)} / ${cell(r.reload.engineMs)} (${r.reload.reps}×${r.reload.incremental ? `; ${r.reload.incremental.method}${r.reload.incremental.verified ? '' : ' NOT VERIFIED'}; edits: first ${cell(r.reload.incremental.firstMs)}, median ${cell(r.reload.incremental.ms)}` : ''})`,
        r.naive ? `${r.naive.questions} / ${r.naive.passages} / ${cell(r.naive.buildMs)}` : 'skipped',
        r.coldStart ? `${r.coldStart.runs}${r.coldStart.failures ? ` (${r.coldStart.failures} failed)` : ''}; knowledge not cached: ${cell(r.coldStart.uncachedMedianMs)}` : '—',
      ]),
    ),
  ];
  const targets = evaluateTargets(results);
  const targetRows = [
    row(['target', 'corpus', 'goal', 'measured', 'status']),
    row(Array(5).fill('---')),
    ...targets.map((t) => row([t.name, t.corpus, t.goal, cell(t.measured, t.unit), t.met === null ? 'not run' : t.met ? 'met' : 'MISSED'])),
  ];
  return [
    '# Candor bench',
    '',
    `${machine.date} · ${machine.cores} cores · ${machine.model} · Node ${machine.node} · \`${input.command}\` · ${input.totalSeconds.toFixed(0)} s`,
    '',
    'Medians unless stated. The engine measured is the compiled JavaScript in dist/, as `npm start` runs it.',
    'Build = loadContent (read + parse + index), each run a cold build in a fresh node process as npm start runs it (bench/cold-build.mjs), median of the runs in the details, with the CPU time they took (both threads, user + system: stalls of a shared machine lengthen the wall time far more than the CPU time); heap = heapUsed after a forced GC;',
    'latency over the eval questions plus typo variants and two 40 KB pastes; p99 = median over rounds of each round\'s p99 (the pooled p99 is in the details); q/s = one core, back to back;',
    'cold start = spawn `node dist/src/cli/main.js ask …` (what `npm run cli -- ask` runs) to its first byte of output, with the validated knowledge cached by an earlier run (as after any first run); the details give the first run after a knowledge edit, with nothing cached.',
    '',
    ...main,
    '',
    '## Targets',
    '',
    ...targetRows,
    '',
    '## Details',
    '',
    ...detail,
    '',
    ...input.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
