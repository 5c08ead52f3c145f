/**
 * On a big board the parse worker's postings reach the index as numbers on a
 * tape, and their sections are made only when something first reads them.
 * Indexed that way, a posting must answer, and carry topics, exactly as one
 * indexed from its parsed objects.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus, readPosting } from '../../src/content/load.js';
import { decodePosting, encodePosting, sectionsMade, TapeWriter } from '../../src/content/posting-codec.js';
import { createStringNumbering, createStringTable } from '../../src/content/string-table.js';
import type { Corpus, Posting } from '../../src/content/types.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FIXTURES } from './helpers.js';

const knowledge = loadKnowledge('knowledge');

/** The corpus as the parse worker would hand it over: every posting read again as the worker reads it, and through the codec. */
function throughTape(corpus: Corpus): Corpus {
  return { ...corpus, postings: tapedPostings(corpus.postings) };
}

/** The postings through one load's tape and string table. */
function tapedPostings(postings: Posting[]): Posting[] {
  const numbering = createStringNumbering();
  const writer = new TapeWriter();
  for (const posting of postings) {
    const read = readPosting(posting.sourceFile, readFileSync(posting.sourceFile, 'utf8'), { knowledge, id: posting.id }).posting!;
    encodePosting(read, writer, numbering);
  }
  const tape = writer.take();
  const table = createStringTable();
  table.add(numbering.takeAdded());
  let at = 0;
  return postings.map(() => {
    const { posting, next } = decodePosting(tape, at, table.textOf);
    at = next;
    return posting;
  });
}

describe('postings indexed from the tape', () => {
  it('answer and carry topics as postings indexed from their objects, their sections made only when read', async () => {
    const parsed = await loadCorpus({ contentDir: FIXTURES, knowledge });
    const taped = throughTape(await loadCorpus({ contentDir: FIXTURES, knowledge }));
    const fromObjects = createEngine(parsed, knowledge);
    const fromTape = createEngine(taped, knowledge);
    // The build read every passage, yet made no posting's sections.
    expect(taped.postings.some((posting) => sectionsMade(posting))).toBe(false);

    const questions = ['how much does the DevOps role pay?', 'is there on-call?', 'who would I report to in the frontend role?', 'hva er lønnen?', 'can I work remotely as a backend engineer?'];
    for (const text of questions) {
      expect(fromTape.ask({ text, audience: 'candidate' }), text).toEqual(fromObjects.ask({ text, audience: 'candidate' }));
    }
    // Every section, made now if no question needed it, has the topics the index gave it.
    expect(JSON.stringify(taped.postings)).toBe(JSON.stringify(parsed.postings));
    expect(taped.postings.some((posting) => posting.sections.some((section) => section.topics.length > 0))).toBe(true);
  });

  it('are read right when one build holds postings of two loads, whose tables number different texts alike', async () => {
    const parsed = await loadCorpus({ contentDir: FIXTURES, knowledge });
    const half = Math.ceil(parsed.postings.length / 2);
    const reloaded = await loadCorpus({ contentDir: FIXTURES, knowledge });
    // As after a reload that kept some postings of the load before (see content-store.ts).
    const mixed = { ...reloaded, postings: [...tapedPostings(reloaded.postings.slice(0, half)), ...tapedPostings(reloaded.postings.slice(half))] };
    const fromObjects = createEngine(parsed, knowledge);
    const fromTapes = createEngine(mixed, knowledge);
    for (const text of ['how much does the DevOps role pay?', 'is there on-call?', 'what is the tech stack for the backend role?', 'hva er lønnen?', 'do you offer a pension?']) {
      expect(fromTapes.ask({ text, audience: 'candidate' }), text).toEqual(fromObjects.ask({ text, audience: 'candidate' }));
    }
    expect(JSON.stringify(mixed.postings)).toBe(JSON.stringify(parsed.postings));
  });
});
