/**
 * Every posting's answer to what is asked: the costly part of a question no
 * role is named in. The same words asked of the same postings give the same
 * answers, so the board's answers are kept for the questions asked most
 * ("salary?", "on-call?") until the next load.
 */
import type { Shape } from '../language/concepts.js';
import type { Posting } from '../content/types.js';
import { chooseAnswer, type Answer } from './answer.js';
import { postingRef } from './compose.js';
import type { Entry, PassageIndex } from './passages.js';
import type { Question as ReadQuestion } from './question.js';
import { candidates, rankEntries, type Asked } from './rank.js';
import type { Guess } from './types.js';

/** Board-wide answers kept between questions. */
const ACROSS_CACHE = 256;

export interface BoardAnswers {
  answering: Array<{ posting: Posting; answer: Answer }>;
  guesses: Guess[];
}

export function createAcrossBoard(passages: PassageIndex, scale: number, shapeOfConcept: (id: string) => Shape) {
  const acrossCache = new Map<string, BoardAnswers>();
  return function acrossBoard(pool: Posting[], named: boolean, question: ReadQuestion, asked: Asked, topic: string | null) {
    const key = JSON.stringify([
      named ? pool.map((posting) => posting.id) : pool.length,
      question.language,
      question.shape,
      asked.concepts,
      asked.groups,
      asked.words.map(({ word }) => [word.token, word.concept, word.concepts]),
      asked.foreign,
      asked.untranslated,
      topic,
    ]);
    const known = acrossCache.get(key);
    if (known) return known;
    const inPool = new Set(pool);
    const groups = new Map<Posting, Entry[]>();
    for (const entry of candidates(asked, passages, (entry) => entry.posting !== null && inPool.has(entry.posting))) {
      const list = groups.get(entry.posting!);
      if (list) list.push(entry);
      else groups.set(entry.posting!, [entry]);
    }
    const answering: Array<{ posting: Posting; answer: Answer }> = [];
    const guesses: Guess[] = [];
    for (const [posting, entries] of groups) {
      const ranked = rankEntries(entries, asked, question, passages, shapeOfConcept).filter((item) => item.score > 0);
      const answer = chooseAnswer(ranked, asked, scale);
      if (answer) answering.push({ posting, answer });
      if (ranked[0]) guesses.push({ posting: postingRef(posting), topic, confidence: Math.min(1, ranked[0].score / 10) });
    }
    const result = { answering, guesses };
    if (acrossCache.size >= ACROSS_CACHE) acrossCache.delete(acrossCache.keys().next().value!);
    acrossCache.set(key, result);
    return result;
  };
}
