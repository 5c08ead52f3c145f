/**
 * Words as Candor compares them: lower case, diacritics folded (people type
 * "lonn" for "lønn"), stemmed with the Snowball stemmer of each language.
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemNb } from '@orama/stemmers/norwegian';
import { stemmer as stemSv } from '@orama/stemmers/swedish';
import { stemmer as stemDa } from '@orama/stemmers/danish';

export type Language = 'en' | 'nb' | 'sv' | 'da';
export const LANGUAGES: readonly Language[] = ['en', 'nb', 'sv', 'da'];

const STEMMERS: Record<Language, (word: string) => string> = { en: stemEn, nb: stemNb, sv: stemSv, da: stemDa };

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', á: 'a', ó: 'o', í: 'i', ñ: 'n' };

export function fold(word: string): string {
  return word.replace(/[æøåäöéèüáóíñ]/g, (letter) => FOLD[letter] ?? letter);
}

/** Words of a text in order, lower case, with their letters and digits kept ("c#", "node.js", "24/7" survive as words). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}#+]*(?:[.'’\-/][\p{L}\p{N}]+[#+]*)*/gu)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    out.push(word);
  }
  return out;
}

const STEMS: Record<Language, Map<string, string>> = { en: new Map(), nb: new Map(), sv: new Map(), da: new Map() };

/** A word's stem in one language, folded. A board uses a few thousand words many times: each is stemmed once. */
export function stem(word: string, language: Language): string {
  const known = STEMS[language].get(word);
  if (known !== undefined) return known;
  const plain = word.replace(/[.'’/]/g, '');
  const stemmed = /\d/.test(plain) || plain.length <= 3 ? fold(plain) : fold(STEMMERS[language](plain));
  if (STEMS[language].size > 200_000) STEMS[language].clear();
  STEMS[language].set(word, stemmed);
  return stemmed;
}

/** Every form a word may take in a passage of any language: used for the question's words, whose language is a guess. */
export function stemsOfAny(word: string): string[] {
  const forms = new Set<string>([fold(word.replace(/[.'’/]/g, ''))]);
  for (const language of LANGUAGES) forms.add(stem(word, language));
  return [...forms];
}

/** Parts of a hyphenated word, and the whole: "on-call" → on, call, on-call. */
export function parts(word: string): string[] {
  if (!/[-/.]/.test(word)) return [word];
  return [word.replace(/[-/.]/g, ''), ...word.split(/[-/.]/).filter((part) => part.length > 0)];
}
