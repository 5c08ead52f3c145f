/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000] [-- --no-unique] [-- --out FILE] [-- --profile] [-- --keep]`
 *
 * Generates synthetic corpora into a temp dir, measures each corpus in a
 * child process of its own (bench/measure.ts), times the `ask` command's cold
 * start, prints the table and writes it to bench/results.md (not in --quick
 * mode unless --out is given). No network.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, loadTemplates, ROOT } from './generate.js';
import { renderReport, type ColdStart, type CorpusResult } from './report.js';
import { median } from './stats.js';

const COLD_QUESTION = "what's the salary for the kubernetes team lead?";
/** `npm run cli` runs the compiled CLI (built by `npm ci` through `prepare`); the bench builds it afresh first. */
const COMPILED_CLI = 'dist/src/cli/main.js';

interface Plan {
  label: string;
  dir: string;
  /** Postings to generate; null for the bundled postings. */
  generate: number | null;
  /** Every passage's text made unique (see generate.ts): what a board with no repeated text costs. */
  uniqueText?: boolean;
  measureArgs: string[];
  coldRuns: number;
}

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-unique': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  log('building dist/ for the cold-start measurement');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const sizes = (values.sizes ?? (quick ? '20,50' : '1000,10000')).split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes positive integers, e.g. --sizes 1000,10000');
  const out = values.out ?? (quick ? null : path.join(ROOT, 'bench', 'results.md'));
  const started = performance.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'candor-bench-'));
  const cleanup = () => (values.keep ? log(`kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true }));
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const profileDir = values.profile ? mkdtempSync(path.join(os.tmpdir(), 'candor-bench-profiles-')) : null;

  try {
    const plans: Plan[] = [
      {
        label: 'bundled',
        dir: path.join(ROOT, 'content', 'career'),
        generate: null,
        measureArgs: quick ? quickArgs() : ['--budget', '5', '--max-rounds', '30', '--naive', '1000', '--reload-reps', '5', '--build-reps', '5'],
        coldRuns: quick ? 1 : 7,
      },
      ...sizes.map((size) => ({
        label: String(size),
        dir: path.join(tmp, `postings-${size}`),
        generate: size,
        // The naive reference takes seconds a question at 1,000 postings: a sample there, nothing above.
        measureArgs: quick
          ? quickArgs()
          : // The build target is judged here: five cold builds, as one run on a shared machine can be far off.
            ['--budget', '15', '--max-rounds', '30', '--naive', String(size <= 1000 ? Math.min(1000, Math.round(10_000 / size)) : 0), '--reload-reps', '3', '--build-reps', '5'],
        coldRuns: quick ? 1 : 3,
      })),
      // The largest size once more with no text repeated: build, heap and latency only.
      ...(quick || values['no-unique']
        ? []
        : [
            {
              label: `${Math.max(...sizes)} unique`,
              dir: path.join(tmp, `postings-${Math.max(...sizes)}-unique`),
              generate: Math.max(...sizes),
              uniqueText: true,
              measureArgs: ['--budget', '5', '--max-rounds', '10', '--naive', '0', '--reload-reps', '1', '--incremental-reps', '5', '--build-reps', '1'],
              coldRuns: 0,
            },
          ]),
    ];

    const templates = loadTemplates();
    for (const plan of plans) {
      if (plan.generate === null) continue;
      const t0 = performance.now();
      const { bytes } = generateCorpus({ dir: plan.dir, count: plan.generate, seed: 20240601 + plan.generate, templates, uniqueText: plan.uniqueText ?? false });
      log(`generated ${plan.generate} postings${plan.uniqueText ? ' with unique text' : ''} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }

    const results: CorpusResult[] = [];
    for (const plan of plans) {
      const file = path.join(tmp, `${plan.label}.json`);
      const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `measure-${plan.label}.cpuprofile`] : [];
      log(`measuring ${plan.label}`);
      const code = await run(process.execPath, [...profile, '--expose-gc', '--import', 'tsx', 'bench/measure.ts', '--label', plan.label, '--content', plan.dir, '--out', file, ...plan.measureArgs]);
      if (code !== 0) throw new Error(`bench/measure.ts failed for ${plan.label} (exit ${code})`);
      results.push(JSON.parse(readFileSync(file, 'utf8')) as CorpusResult);
    }
    for (const [index, plan] of plans.entries()) {
      if (plan.coldRuns === 0) continue;
      log(`cold start of ask on ${plan.label} (${plan.coldRuns} run${plan.coldRuns === 1 ? '' : 's'} at most)`);
      results[index]!.coldStart = await coldStart(plan.generate === null ? null : plan.dir, plan.coldRuns);
    }

    const cpus = os.cpus();
    const report = renderReport({
      machine: { cores: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown', node: process.version, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' },
      results,
      command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      totalSeconds: (performance.now() - started) / 1000,
      notes: [
        `Synthetic corpora: bench/generate.ts, seed 20240601 + size, from the ${templates.length} seed templates (bundled postings and fixtures; a bilingual fixture gives two); each corpus also has the bundled _index.md.`,
        'Generated postings share most passages word for word (see "distinct passage texts"), as a board\'s boilerplate does, and the index reads each distinct text once. ' +
          'The "unique" corpus is the largest one again with a three-word tag on every paragraph and list item, so no two passages are alike: what a board with no repeated text costs to build. Targets are judged on the plain corpora.',
        'Naive = one fuse.js (default options) over all passage text, top hit; measured on a spread sample of the questions without the pastes, and the ratio uses Candor\'s median over the same sample. Skipped above 1,000 postings.',
        'Reload = read one posting file (edited in memory) + parsePosting + createEngine over the whole corpus; "incr." = the engine\'s own method when it has one (' +
          'replacePosting, withPosting, …), else n/a. The reload target is judged on incr. when present.',
        'Cold start: median of up to 7 runs (bundled) or 3 (synthetic; fewer once 30 s are spent); compiled JavaScript from dist/.',
        ...(profileDir ? [`CPU profiles: ${profileDir} (summarise with: npx tsx bench/profile.ts FILE)`] : []),
      ],
    });
    process.stdout.write(`${report}\n`);
    if (out) {
      writeFileSync(out, report);
      log(`wrote ${path.relative(process.cwd(), out) || out}`);
    }
    return 0;
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function quickArgs(): string[] {
  return ['--budget', '0.2', '--max-rounds', '2', '--question-limit', '30', '--naive', '4', '--reload-reps', '1'];
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Process start to the first byte of the reply, `runs` times (fewer once 30 s
 * are spent), in pairs: one with the knowledge cache emptied, then one that
 * finds what it left.
 */
async function coldStart(contentDir: string | null, runs: number): Promise<ColdStart> {
  // Imported here: dist/ is built after this module loads.
  const { packageCacheDir } = await import('./compiled.js');
  const cacheDir = packageCacheDir(pathToFileURL(path.join(ROOT, COMPILED_CLI)).href);
  const samples: number[] = [];
  const uncached: number[] = [];
  let failures = 0;
  const began = performance.now();
  for (let i = 0; i < runs && (i === 0 || performance.now() - began < 30_000); i++) {
    const args = [COMPILED_CLI, 'ask', ...(contentDir ? ['--content', contentDir] : []), COLD_QUESTION];
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    const first = await firstByte(args);
    const again = await firstByte(args);
    if (first.ok && again.ok) {
      uncached.push(first.ms);
      samples.push(again.ms);
    } else failures += 1;
  }
  return { runs: samples.length, failures, medianMs: median(samples), samplesMs: samples, uncachedMedianMs: median(uncached), uncachedSamplesMs: uncached };
}

function firstByte(args: string[]): Promise<{ ok: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let first: number | null = null;
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => (first = performance.now() - started));
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) log(`ask exited ${code}: ${stderr.slice(0, 300)}`);
      resolve({ ok: code === 0 && first !== null, ms: first ?? Number.NaN });
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
