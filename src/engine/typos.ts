/**
 * Typo repair: a question word the board never uses is read as the board's
 * word one edit away (two for long words), when exactly one such word is
 * the likeliest. "experiance" → "experience", "aply" → "apply".
 */
import { fold } from '../language/words.js';

export function createTypoRepair(vocabulary: Iterable<string>, isKnown: (word: string) => boolean): (token: string) => string | null {
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  const cache = new Map<string, string | null>();
  return (token) => {
    // Short words are too often other real words to repair ("real" is not "read").
    if (token.length < 5 || /\d/.test(token) || isKnown(token)) return null;
    const cached = cache.get(token);
    if (cached !== undefined) return cached;
    const reach = token.length >= 11 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = reach + 1;
    for (let length = token.length - reach; length <= token.length + reach; length += 1) {
      for (const word of byLength.get(length) ?? []) {
        if (word[0] !== token[0] && fold(word[0]!) !== fold(token[0]!)) continue;
        const distance = editDistance(token, word, bestDistance);
        if (distance < bestDistance) {
          best = word;
          bestDistance = distance;
        }
      }
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(token, best);
    return best;
  };
}

/** Damerau-Levenshtein (adjacent swaps count one), giving up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
