/**
 * Re-indexing after one posting file changes: reparse it and rebuild the
 * engine in full (what createEngine costs today), and the engine's own
 * incremental method when it has one (looked up at run time).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus, Posting } from '../src/content/types.js';
import type { CandorEngine } from '../src/engine/engine.js';
import { createEngine, parsePosting } from './compiled.js';
import type { Knowledge } from '../src/knowledge/types.js';
import type { IncrementalReload, ReloadResult } from './report.js';
import { median, timed } from './stats.js';

/** Names an incremental re-index could have on the engine; the first one present is measured. */
export const INCREMENTAL_METHODS = ['replacePosting', 'withPosting', 'updatePosting', 'upsertPosting', 'reindexPosting', 'reloadPosting'] as const;

/** One posting file changes: reparse it, then a full createEngine; and the engine's incremental method if it has one. */
/** `reps` full rebuilds and `incrementalReps` (default: as many) incremental ones; a full rebuild of a big board takes seconds, an incremental one milliseconds. */
export async function measureReload(engine: CandorEngine, corpus: Corpus, knowledge: Knowledge, reps: number, incrementalReps = reps): Promise<ReloadResult> {
  const target = corpus.postings[Math.floor(corpus.postings.length / 2)];
  if (!target) throw new Error('the corpus has no postings');
  const file = path.resolve(target.sourceFile);
  // The edit stays in memory: the bundled postings are never written to. Parsed as loadContent
  // parses (no annotate step: the engine's index fills in topics).
  const reparse = (marker: string): Posting => {
    const source = `${readFileSync(file, 'utf8')}\n\n${marker}: the team now meets every Thursday.\n`;
    const { posting } = parsePosting(target.sourceFile, source, { knowledge, id: target.id });
    if (!posting) throw new Error(`the edited ${target.sourceFile} does not parse`);
    return posting;
  };
  const hasMarker = (candidate: unknown, marker: string) =>
    (candidate as Partial<CandorEngine>).index?.byPosting.get(target.id)?.some((entry) => entry.passage.text.includes(marker)) ?? false;

  const parse: number[] = [];
  const rebuild: number[] = [];
  let fullVerified = true;
  for (let rep = 0; rep < Math.max(1, reps); rep++) {
    const marker = `Bench edit ${rep}`;
    const parsed = timed(() => reparse(marker));
    const postings = corpus.postings.map((posting) => (posting.id === target.id ? parsed.value : posting));
    const rebuilt = timed(() => createEngine({ ...corpus, postings }, knowledge));
    parse.push(parsed.ms);
    rebuild.push(rebuilt.ms);
    fullVerified &&= hasMarker(rebuilt.value, marker);
    // A full rebuild of a big corpus takes seconds: more repetitions add time, not information.
    if (parsed.ms + rebuilt.ms > 5_000) break;
  }
  const full = parse.map((ms, index) => ms + rebuild[index]!);
  return {
    postingId: target.id,
    reps: full.length,
    fullMs: median(full),
    parseMs: median(parse),
    engineMs: median(rebuild),
    fullVerified,
    incremental: await measureIncremental(engine, reparse, hasMarker, incrementalReps),
  };
}

export async function measureIncremental(
  engine: CandorEngine,
  reparse: (marker: string) => Posting,
  hasMarker: (candidate: unknown, marker: string) => boolean,
  reps: number,
): Promise<IncrementalReload | null> {
  const method = INCREMENTAL_METHODS.find((name) => typeof (engine as unknown as Record<string, unknown>)[name] === 'function');
  if (!method) return null;
  let current: unknown = engine;
  const samples: number[] = [];
  let verified = true;
  for (let rep = 0; rep < Math.max(1, reps); rep++) {
    const marker = `Bench incremental edit ${rep}`;
    const started = performance.now();
    const posting = reparse(marker);
    const fn = (current as Record<string, (posting: Posting) => unknown>)[method]!;
    let returned = fn.call(current, posting);
    if (returned instanceof Promise) returned = await returned;
    samples.push(performance.now() - started);
    // The method may return a new engine or update this one in place.
    if (returned && typeof (returned as { ask?: unknown }).ask === 'function') current = returned;
    verified &&= hasMarker(current, marker);
  }
  return { method, ms: median(samples), firstMs: samples[0]!, reps: samples.length, verified };
}
