/**
 * "React or Vue?", "in euro or sterling?": the two sides of an "or" in a
 * question, each a thing asked that the other may stand in for.
 */
import type { Question } from './question.js';

/** The words asked just before and just after each "or". */
export function besideOr(question: Question): Array<readonly [string, string]> {
  const asked = question.words.filter((word) => word.asked && word.clause !== undefined);
  const out: Array<readonly [string, string]> = [];
  for (let at = 1; at < asked.length; at += 1) if (asked[at]!.clause! > asked[at - 1]!.clause!) out.push([asked[at - 1]!.token, asked[at]!.token]);
  return out;
}

/** Whether every word of one side of an "or" is on the board. */
export function someSideMet(question: Question, foreign: readonly string[]): boolean {
  const sides = new Map<number, boolean>();
  for (const word of question.words) {
    if (!word.asked || word.concept || word.clause === undefined) continue;
    sides.set(word.clause, (sides.get(word.clause) ?? true) && !foreign.includes(word.token));
  }
  return sides.size === 0 || [...sides.values()].some(Boolean);
}
