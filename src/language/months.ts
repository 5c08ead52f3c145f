/**
 * Months narrow what is asked so that a passage on the topic does not answer
 * unless it names them too: "can I start in January?" is not answered by
 * "start 1 August".
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
