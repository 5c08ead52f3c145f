/**
 * Typo repair for question words: fuse.js over a small vocabulary (topic
 * words, posting names, aliases) first, then over the corpus's own words.
 * Both are bucketed by first letter and length, so each search looks at a
 * few dozen words however large the corpus is.
 */
import Fuse from 'fuse.js';

export interface TypoCorrector {
  correct(word: string): string;
}

const FUSE_OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true } as const;
/** Short words tolerate less: "ofta" is not a typo of "total". */
const maxScore = (word: string) => (word.length <= 5 ? 0.12 : 0.3);

interface Tier {
  buckets: Map<string, string[]>;
  fuses: Map<string, Fuse<string>>;
  /** How far a correction's length may be from the word's. */
  reach: number;
}

/** `corpus` is the index's own word set, read, not copied: on a large board it is big. */
export function createTypoCorrector(core: Iterable<string>, corpus: ReadonlySet<string>): TypoCorrector {
  const coreWords = new Set(core);
  const known = { has: (word: string) => coreWords.has(word) || corpus.has(word) };
  const coreTier: Tier = { buckets: new Map(), fuses: new Map(), reach: 2 };
  const corpusTier: Tier = { buckets: new Map(), fuses: new Map(), reach: 1 };
  for (const word of coreWords) if (word.length >= 3) addTo(coreTier, word);
  for (const word of corpus) {
    if (!coreWords.has(word) && word.length >= 4 && !/\d/.test(word)) addTo(corpusTier, word);
  }
  const cache = new Map<string, string>();

  return {
    correct(word) {
      if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const corrected = closest(coreTier, word) ?? closest(corpusTier, word) ?? word;
      if (cache.size > 5_000) cache.clear();
      cache.set(word, corrected);
      return corrected;
    },
  };
}

function addTo(tier: Tier, word: string): void {
  const key = `${word[0]}${word.length}`;
  const list = tier.buckets.get(key);
  if (list) list.push(word);
  else tier.buckets.set(key, [word]);
}

function closest(tier: Tier, word: string): string | undefined {
  let found: { item: string; score: number } | undefined;
  for (let length = word.length - tier.reach; length <= word.length + tier.reach; length++) {
    const key = `${word[0]}${length}`;
    const list = tier.buckets.get(key);
    if (!list) continue;
    let fuse = tier.fuses.get(key);
    if (!fuse) tier.fuses.set(key, (fuse = new Fuse(list, FUSE_OPTIONS)));
    const hit = fuse.search(word, { limit: 1 })[0];
    if (hit?.score !== undefined && hit.score <= maxScore(word) && (!found || hit.score < found.score)) found = { item: hit.item, score: hit.score };
  }
  return found?.item;
}
