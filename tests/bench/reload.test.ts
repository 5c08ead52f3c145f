/** The bench's reload measurement finds and checks an engine's incremental method when the engine grows one. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INCREMENTAL_METHODS, measureIncremental, measureReload } from '../../bench/reload.js';
import { reloadMs, type CorpusResult } from '../../bench/report.js';
import type { Posting } from '../../src/content/types.js';
import { createEngine, type CandorEngine } from '../../src/engine/engine.js';
import { loadContent } from '../../src/engine/load.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const loaded = await loadContent({ contentDir: path.join(ROOT, 'content', 'career'), knowledgeDir: path.join(ROOT, 'knowledge') });
/** The engine as it would be without any incremental method, whatever src/engine has today. */
const bare = Object.fromEntries(Object.entries(loaded.engine).filter(([key]) => !(INCREMENTAL_METHODS as readonly string[]).includes(key))) as unknown as CandorEngine;

describe('bench reload measurement', () => {
  it('rebuilds in full and sees the edit; reports no incremental method on an engine without one', async () => {
    const reload = await measureReload(bare, loaded.corpus, loaded.knowledge, 1);
    expect(reload.fullVerified).toBe(true);
    expect(Number.isFinite(reload.fullMs)).toBe(true);
    expect(reload.incremental).toBeNull();
  });

  it('measures a method that returns a new engine', async () => {
    const withReplace = (engine: CandorEngine): CandorEngine =>
      Object.assign(Object.create(null) as object, engine, {
        replacePosting: (posting: Posting) =>
          withReplace(createEngine({ ...loaded.corpus, postings: loaded.corpus.postings.map((p) => (p.id === posting.id ? posting : p)) }, loaded.knowledge)),
      }) as CandorEngine;
    const reload = await measureReload(withReplace(bare), loaded.corpus, loaded.knowledge, 2);
    expect(reload.incremental).toMatchObject({ method: 'replacePosting', reps: 2, verified: true });
    // The first edit is kept apart: it is the one a watcher meets cold, and the target is judged on it.
    expect(reload.incremental!.firstMs).toBeGreaterThan(0);
    expect(reloadMs({ reload } as CorpusResult)).toBe(reload.incremental!.firstMs);
  });

  it('measures a method that updates the engine in place, and flags one that does not apply the edit', async () => {
    const byPosting = new Map<string, Array<{ passage: { text: string } }>>();
    const inPlace = { index: { byPosting }, withPosting: (posting: Posting) => void byPosting.set(posting.id, posting.sections.flatMap((s) => s.passages.map((passage) => ({ passage })))) };
    const target = loaded.corpus.postings[Math.floor(loaded.corpus.postings.length / 2)]!;
    const reparse = (marker: string) => ({ ...target, sections: [{ ...target.sections[0]!, passages: [{ ...target.sections[0]!.passages[0]!, text: marker }] }] });
    const hasMarker = (candidate: unknown, marker: string) =>
      ((candidate as typeof inPlace).index.byPosting.get(target.id) ?? []).some((entry) => entry.passage.text.includes(marker));
    expect(await measureIncremental(inPlace as unknown as CandorEngine, reparse, hasMarker, 1)).toMatchObject({ method: 'withPosting', verified: true });
    const ignoring = { index: { byPosting: new Map() }, updatePosting: () => undefined };
    expect(await measureIncremental(ignoring as unknown as CandorEngine, reparse, hasMarker, 1)).toMatchObject({ method: 'updatePosting', verified: false });
  });
});
