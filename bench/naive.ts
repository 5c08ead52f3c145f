/**
 * The naive reference: one fuse.js instance over every passage's text,
 * answering with the top hit. What a first attempt would do; the bench
 * compares Candor's latency against it.
 */
import Fuse from 'fuse.js';
import type { Corpus } from '../src/content/types.js';

export interface NaiveAnswer {
  text: string;
  postingId: string | null;
  score: number;
}

export interface NaiveEngine {
  passages: number;
  ask(text: string): NaiveAnswer | null;
}

export function createNaive(corpus: Corpus): NaiveEngine {
  const items = [
    ...corpus.postings.flatMap((posting) =>
      posting.sections.flatMap((section) => section.passages.map((passage) => ({ text: passage.text, postingId: posting.id as string | null }))),
    ),
    ...corpus.company.flatMap((page) => page.sections.flatMap((section) => section.passages.map((passage) => ({ text: passage.text, postingId: null })))),
  ];
  const fuse = new Fuse(items, { keys: ['text'], includeScore: true });
  return {
    passages: items.length,
    ask(text) {
      const hit = fuse.search(text, { limit: 1 })[0];
      return hit ? { ...hit.item, score: hit.score ?? 1 } : null;
    },
  };
}
