/**
 * Typo repair for question words: fuse.js over a small vocabulary (topic
 * words, titles, aliases), then over the corpus's own words, bucketed by
 * first letter and length so a large corpus stays cheap.
 */
import Fuse from 'fuse.js';

export interface TypoCorrector {
  correct(word: string): string;
}

const FUSE_OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true } as const;
const MAX_SCORE = 0.3;
/** Short words tolerate less: "ofta" is not a typo of "total". */
const maxScore = (word: string) => (word.length <= 5 ? 0.12 : MAX_SCORE);

export function createTypoCorrector(core: Iterable<string>, corpus: Iterable<string>): TypoCorrector {
  const known = new Set<string>();
  const coreWords = [...new Set(core)].filter((word) => word.length >= 3);
  coreWords.forEach((word) => known.add(word));
  const buckets = new Map<string, string[]>();
  for (const word of corpus) {
    if (known.has(word) || word.length < 4 || /\d/.test(word)) {
      known.add(word);
      continue;
    }
    known.add(word);
    const key = bucketKey(word);
    const list = buckets.get(key) ?? [];
    list.push(word);
    buckets.set(key, list);
  }
  const coreFuse = new Fuse(coreWords, FUSE_OPTIONS);
  const bucketFuses = new Map<string, Fuse<string>>();
  const cache = new Map<string, string>();

  return {
    correct(word) {
      if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const corrected = best(coreFuse, word) ?? bestInBuckets(word) ?? word;
      if (cache.size > 5_000) cache.clear();
      cache.set(word, corrected);
      return corrected;
    },
  };

  function bestInBuckets(word: string): string | undefined {
    let found: { item: string; score: number } | undefined;
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      const key = `${word[0]}${length}`;
      const list = buckets.get(key);
      if (!list) continue;
      let fuse = bucketFuses.get(key);
      if (!fuse) bucketFuses.set(key, (fuse = new Fuse(list, FUSE_OPTIONS)));
      const hit = fuse.search(word, { limit: 1 })[0];
      if (hit && hit.score !== undefined && hit.score <= maxScore(word) && (!found || hit.score < found.score)) {
        found = { item: hit.item, score: hit.score };
      }
    }
    return found?.item;
  }
}

function best(fuse: Fuse<string>, word: string): string | undefined {
  const hit = fuse.search(word, { limit: 1 })[0];
  if (!hit || hit.score === undefined || hit.score > maxScore(word)) return undefined;
  // A correction far shorter or longer than the word is a different word.
  return Math.abs(hit.item.length - word.length) <= 2 ? hit.item : undefined;
}

function bucketKey(word: string): string {
  return `${word[0]}${word.length}`;
}
