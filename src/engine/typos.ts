/**
 * Typo repair: a question word the board never uses is read as the board's
 * word one edit away (two for long words), when exactly one such word is
 * the likeliest. "experiance" → "experience", "aply" → "apply".
 */
import { compoundsInOtherWords, splitCompound } from '../language/compounds.js';
import { editDistance } from '../language/edit-distance.js';
import { isStopword } from '../language/stopwords.js';
import { fold, stemsOfAny } from '../language/words.js';
import { createMemo } from '../memo.js';

export function createTypoRepair(vocabulary: Iterable<string>, isKnown: (word: string) => boolean): (token: string) => string | null {
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  const repaired = createMemo<string | null>(10_000);
  return (token) => {
    // Short words are too often other real words to repair ("real" is not "read").
    if (token.length < 5 || /\d/.test(token) || isKnown(token)) return null;
    return repaired(token, () => {
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
      // "shared" is no typo of "shares": another form of the same word keeps its own sense.
      if (best !== null && stemsOfAny(best).some((form) => stemsOfAny(token).includes(form))) return null;
      return best;
    });
  };
}

/**
 * A question word the board never uses, read as the board's: a typo as the word meant, else a
 * compound the board writes apart as its words, hyphenated ("doktorandtjänsten" → "doktorand-tjänsten").
 */
export function createWordRepair(vocabulary: Iterable<string>, isKnown: (word: string) => boolean, aliases: ReadonlyMap<string, string[]>): (token: string) => string | null {
  const typo = createTypoRepair(vocabulary, isKnown);
  const repaired = createMemo<string | null>(10_000);
  return (token) =>
    repaired(token, () => {
      const typed = typo(token);
      // A compound the board knows in other words ("molnplattformar" → "skyplattform") is read through those.
      if (typed || isKnown(token) || compoundsInOtherWords(token, aliases).some(isKnown)) return typed;
      return splitCompound(token, (word) => isKnown(word) || isStopword(word))?.join('-') ?? null;
    });
}
