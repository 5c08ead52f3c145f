/**
 * One corpus, measured in a process of its own (started by bench/run.ts with
 * --expose-gc so heaps don't mix): build, heap, latency, naive reference,
 * re-index of one changed posting. Writes a CorpusResult as JSON to --out.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/content/types.js';
import type { CandorEngine } from '../src/engine/engine.js';
import { loadContent } from './compiled.js';
import { ROOT } from './generate.js';
import { createNaive } from './naive.js';
import { loadQuestions, spread, type BenchQuestion } from './questions.js';
import { measureReload } from './reload.js';
import type { CorpusResult, LatencyResult, NaiveResult } from './report.js';
import { median, percentile, sum, timed } from './stats.js';

const MB = 1024 * 1024;
const log = (message: string) => process.stderr.write(`  [${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      label: { type: 'string', default: 'corpus' },
      content: { type: 'string' },
      knowledge: { type: 'string', default: path.join(ROOT, 'knowledge') },
      out: { type: 'string' },
      budget: { type: 'string', default: '10' },
      'max-rounds': { type: 'string', default: '30' },
      'question-limit': { type: 'string', default: '0' },
      naive: { type: 'string', default: '0' },
      'reload-reps': { type: 'string', default: '3' },
      'build-reps': { type: 'string', default: '1' },
      'incremental-reps': { type: 'string' },
    },
  });
  if (!values.content || !values.out) throw new Error('usage: measure.ts --content DIR --out FILE [--label L] [--budget S] [--naive N]');
  const questions = loadQuestions({ limit: Number(values['question-limit']) || undefined });

  const heapBaseMB = heapMB();
  log(`${values.label}: loading ${values.content}`);
  // Every timed build is a cold one in a fresh process, run as npm start runs it: a second build in
  // this process would find the parser's memos warm, and this one carries the TypeScript loader.
  const builds = Array.from({ length: Math.max(1, Number(values['build-reps'])) }, () => coldBuildInChild(values.content!, values.knowledge));
  const buildRuns = builds.map((build) => build.ms);
  const { engine, corpus, knowledge } = await loadContent({ contentDir: values.content, knowledgeDir: values.knowledge });
  const heapAfterBuildMB = heapMB();
  const passages = countPassages(corpus);
  log(`${values.label}: built in ${buildRuns.map((ms) => ms.toFixed(0)).join(' / ')} ms (CPU ${builds.map((build) => build.cpuMs.toFixed(0)).join(' / ')} ms), ${corpus.postings.length} postings, ${passages} passages, heap ${heapAfterBuildMB.toFixed(1)} MB`);

  const latency = measureLatency(engine, questions, Number(values.budget) * 1000, Number(values['max-rounds']));
  log(`${values.label}: ${latency.samples} asks in ${latency.rounds} round(s), median ${latency.medianMs.toFixed(3)} ms, p99 ${latency.p99Ms.toFixed(3)} ms`);

  const naiveCount = Number(values.naive);
  const naive = naiveCount > 0 ? measureNaive(corpus, questions, naiveCount, latency.perQuestion) : null;
  if (naive) log(`${values.label}: naive median ${naive.medianMs.toFixed(2)} ms over ${naive.questions} questions (${naive.ratio.toFixed(1)}x)`);

  const reloadReps = Number(values['reload-reps']);
  const reload = await measureReload(engine, corpus, knowledge, reloadReps, Number(values['incremental-reps'] ?? reloadReps));
  log(`${values.label}: reload full ${reload.fullMs.toFixed(0)} ms${reload.incremental ? `, ${reload.incremental.method} ${reload.incremental.ms.toFixed(2)} ms` : ', no incremental method'}`);

  const { perQuestion: _perQuestion, ...latencySummary } = latency;
  const result: CorpusResult = {
    label: values.label,
    postings: corpus.postings.length,
    passages,
    distinctPassages: new Set([...corpus.postings, ...corpus.company].flatMap((page) => page.sections.flatMap((section) => section.passages.map((passage) => passage.text)))).size,
    problems: corpus.problems.filter((problem) => problem.severity === 'error').length,
    buildMs: median(buildRuns),
    buildRuns,
    buildCpuRuns: builds.map((build) => build.cpuMs),
    buildSystemRuns: builds.map((build) => build.systemMs),
    buildPageFaultRuns: builds.map((build) => build.pageFaults),
    heapBaseMB,
    heapMB: heapAfterBuildMB,
    rssMB: process.memoryUsage().rss / MB,
    latency: latencySummary,
    naive,
    reload,
    coldStart: null,
  };
  writeFileSync(values.out, JSON.stringify(result));
}

/** Passages in the parsed corpus (postings and company pages), independent of how the engine indexes them. */
function countPassages(corpus: Corpus): number {
  return [...corpus.postings, ...corpus.company].reduce((total, page) => total + page.sections.reduce((n, section) => n + section.passages.length, 0), 0);
}

function ask(engine: CandorEngine, question: BenchQuestion) {
  return engine.ask({ text: question.text, audience: question.audience, ...(question.context ? { contextPostingId: question.context } : {}) });
}

/** Rounds over every question until the time budget is spent (at least one round). */
function measureLatency(engine: CandorEngine, questions: BenchQuestion[], budgetMs: number, maxRounds: number): LatencyResult & { perQuestion: number[][] } {
  // Warm the JIT on a few ordinary questions; typo repair caches stay cold for the first round.
  for (const question of questions.filter((q) => q.kind === 'eval').slice(0, 10)) ask(engine, question);
  const perQuestion = questions.map((): number[] => []);
  let errors = 0;
  let rounds = 0;
  const started = performance.now();
  while (rounds < maxRounds && (rounds === 0 || performance.now() - started < budgetMs)) {
    questions.forEach((question, index) => {
      const began = performance.now();
      try {
        ask(engine, question);
      } catch (error) {
        if (errors++ === 0) log(`ask threw on ${question.id}: ${String(error)}`);
      }
      perQuestion[index]!.push(performance.now() - began);
    });
    rounds += 1;
  }
  const all = perQuestion.flat();
  const ofKind = (kind: BenchQuestion['kind']) => questions.flatMap((question, index) => (question.kind === kind ? perQuestion[index]! : []));
  const firstRound = perQuestion.map((samples) => samples[0]!);
  return {
    questions: questions.length,
    rounds,
    samples: all.length,
    errors,
    medianMs: median(all),
    p99Ms: median(Array.from({ length: rounds }, (_, round) => percentile(perQuestion.map((samples) => samples[round]!), 99))),
    pooledP99Ms: percentile(all, 99),
    maxMs: Math.max(...all),
    firstRoundP99Ms: percentile(firstRound, 99),
    qps: (all.length / sum(all)) * 1000,
    evalMedianMs: median(ofKind('eval')),
    typoMedianMs: median(ofKind('typo')),
    pasteMaxMs: Math.max(...ofKind('paste')),
    perQuestion,
  };
}

/** The same questions (a spread sample, no pastes) through one fuse.js over all passages. */
function measureNaive(corpus: Corpus, questions: BenchQuestion[], count: number, candor: number[][]): NaiveResult {
  const build = timed(() => createNaive(corpus));
  const indexed = questions.map((question, index) => ({ question, index })).filter(({ question }) => question.kind !== 'paste');
  const sample = spread(indexed, count);
  for (const { question } of sample.slice(0, 1)) build.value.ask(question.text);
  const samples = sample.map(({ question }) => timed(() => build.value.ask(question.text)).ms);
  const candorMedian = median(sample.flatMap(({ index }) => candor[index]!));
  return {
    questions: sample.length,
    passages: build.value.passages,
    buildMs: build.ms,
    medianMs: median(samples),
    p99Ms: percentile(samples, 99),
    candorMedianMs: candorMedian,
    ratio: median(samples) / candorMedian,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

/** Wall and CPU milliseconds of one cold build, the system part of the CPU time, and its page faults (see bench/cold-build.mjs). */
function coldBuildInChild(content: string, knowledge: string): { ms: number; cpuMs: number; systemMs: number; pageFaults: number } {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'cold-build.mjs'), content, knowledge], { cwd: ROOT, encoding: 'utf8' });
  const fields = child.stdout.trim().split(' ').map(Number);
  if (child.status !== 0 || fields.length !== 4 || !fields.every(Number.isFinite)) throw new Error(`a cold build of ${content} failed: ${child.stderr}`);
  const [ms, cpuMs, systemMs, pageFaults] = fields as [number, number, number, number];
  return { ms, cpuMs, systemMs, pageFaults };
}
