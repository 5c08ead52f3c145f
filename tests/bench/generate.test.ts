/**
 * The bench's synthetic boards: deterministic, parseable, sharing text the
 * way a board's boilerplate does, and with uniqueText, sharing none.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { loadCorpus } from '../../src/content/load.js';
import type { Corpus } from '../../src/content/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'candor-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const knowledge = loadKnowledge('knowledge');

// Body passages: front-matter facts (team, location) repeat by design.
const passageTexts = (corpus: Corpus) => corpus.postings.flatMap((posting) => posting.sections.filter((section) => section.origin !== 'facts').flatMap((section) => section.passages.map((passage) => passage.text)));

describe('generateCorpus', () => {
  it('writes the same board for the same seed, every posting loading cleanly', async () => {
    const [a, b] = ['a', 'b'].map((name) => path.join(tmp, name));
    generateCorpus({ dir: a!, count: 40, seed: 7 });
    generateCorpus({ dir: b!, count: 40, seed: 7 });
    const files = readdirSync(a!).sort();
    expect(files).toHaveLength(41); // and the company page
    for (const file of files) expect(readFileSync(path.join(b!, file), 'utf8')).toBe(readFileSync(path.join(a!, file), 'utf8'));
    const corpus = loadCorpus({ contentDir: a!, directory: knowledge.directory });
    expect(corpus.postings).toHaveLength(40);
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('repeats passages across postings, unless asked for unique text', async () => {
    const plain = path.join(tmp, 'plain');
    const unique = path.join(tmp, 'unique');
    generateCorpus({ dir: plain, count: 60, seed: 11 });
    generateCorpus({ dir: unique, count: 60, seed: 11, uniqueText: true });
    const plainTexts = passageTexts(loadCorpus({ contentDir: plain, directory: knowledge.directory }));
    const uniqueCorpus = loadCorpus({ contentDir: unique, directory: knowledge.directory });
    const uniqueTexts = passageTexts(uniqueCorpus);
    expect(new Set(plainTexts).size / plainTexts.length).toBeLessThan(0.7);
    // Short lines (a word or two) may still repeat; nearly everything else is one of a kind.
    expect(new Set(uniqueTexts).size / uniqueTexts.length).toBeGreaterThan(0.9);
    // The same postings otherwise: titles and structure do not change.
    expect(uniqueCorpus.postings.map((posting) => posting.title)).toEqual((loadCorpus({ contentDir: plain, directory: knowledge.directory })).postings.map((posting) => posting.title));
  });
});
