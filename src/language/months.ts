/**
 * Months, in the four languages. In a passage, any month's name or its
 * abbreviation makes a date. In a question, a month narrows what is asked:
 * "can I start in January?" is not answered by "start 1 August".
 */
import { fold } from './words.js';

const MONTHS = `
january february march april june july august september october november december
januar februar mars april mai juni juli august september oktober november desember
januari februari maj augusti
marts
`;

const MONTH_SET = new Set(MONTHS.split(/\s+/).filter(Boolean).flatMap((word) => [word, fold(word)]));

/** A month's name in any of the four languages (English "may" is left out: an everyday word too). */
export function isMonth(token: string): boolean {
  return MONTH_SET.has(token);
}

/** A month in a passage's text, abbreviations too ("15 Jan", "1. des"). */
export const MONTH_IN_TEXT = /\b(jan(uary|uar)?|feb(ruary|ruar)?|mar(ch|s)?|apr(il)?|ma[iy]|jun[ie]?|jul[iy]?|aug(ust[i]?)?|sep(tember)?|o[ck]t(ober)?|nov(ember)?|de[cs](ember)?|januari|februari|mars|augusti)\b/i;
