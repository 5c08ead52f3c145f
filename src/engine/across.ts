/**
 * Every posting's answer to what is asked: the costly part of a question no
 * role is named in. The same words asked of the same postings give the same
 * answers, so the board's answers are kept for the questions asked most
 * ("salary?", "on-call?") until the next load.
 */
import type { Shape } from '../language/concepts.js';
import type { Posting } from '../content/types.js';
import { findAnswer, quoteAnswer, type Answer, type Found } from './answer.js';
import type { Entry, PassageIndex } from './passages.js';
import type { Question as ReadQuestion } from './question.js';
import { candidates, rankEntries, type Asked } from './rank.js';

/** Board-wide answers kept between questions. */
const ACROSS_CACHE = 256;

export interface BoardAnswers {
  /** Each posting that answers, with the passage that does; its quote is put together when it is shown. */
  answering: Array<{ posting: Posting; found: Found; answer: () => Answer }>;
  /** Each posting that speaks of what is asked, and how well. */
  guesses: Array<{ posting: Posting; confidence: number }>;
}

export function createAcrossBoard(passages: PassageIndex, scale: number, shapeOfConcept: (id: string) => Shape) {
  const acrossCache = new Map<string, BoardAnswers>();
  return function acrossBoard(pool: Posting[], named: boolean, question: ReadQuestion, asked: Asked) {
    const key = JSON.stringify([
      named ? pool.map((posting) => posting.id) : pool.length,
      question.language,
      question.shape,
      asked.concepts,
      asked.groups,
      asked.words.map(({ word }) => [word.token, word.concept, word.concepts]),
      asked.foreign,
      asked.untranslated,
      [...asked.said].sort(),
    ]);
    const known = acrossCache.get(key);
    if (known && !process.env.NOCACHE) return known;
    const inPool = new Set(pool);
    const groups = new Map<Posting, Entry[]>();
    for (const entry of candidates(asked, passages, (entry) => entry.posting !== null && inPool.has(entry.posting))) {
      const list = groups.get(entry.posting!);
      if (list) list.push(entry);
      else groups.set(entry.posting!, [entry]);
    }
    const answering: BoardAnswers['answering'] = [];
    const guesses: BoardAnswers['guesses'] = [];
    for (const [posting, entries] of groups) {
      const ranked = rankEntries(entries, asked, question, passages, shapeOfConcept).filter((item) => item.score > 0);
      const found = findAnswer(ranked, asked, scale);
      if (found) {
        let quoted: Answer | undefined;
        answering.push({ posting, found, answer: () => (quoted ??= quoteAnswer(found, ranked, asked)) });
      }
      if (ranked[0]) guesses.push({ posting, confidence: Math.min(1, ranked[0].score / 10) });
    }
    const result = { answering, guesses };
    if (acrossCache.size >= ACROSS_CACHE) acrossCache.delete(acrossCache.keys().next().value!);
    acrossCache.set(key, result);
    return result;
  };
}
