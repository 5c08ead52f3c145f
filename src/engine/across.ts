/**
 * Every posting's answer to what is asked: the costly part of a question no
 * role is named in. Each posting's passages on the topic are ranked and
 * checked; a passage repeated across postings is scored once, and only the
 * answers shown or compared are quoted.
 */
import type { Shape } from '../language/concepts.js';
import type { Posting } from '../content/types.js';
import { createFinder, quoteAnswer, type Answer, type Found } from './answer.js';
import type { PassageIndex } from './passages.js';
import type { Question as ReadQuestion } from './question.js';
import { candidates, createRanker, type Asked } from './rank.js';

export interface BoardAnswers {
  /** Each posting that answers, best first, with the passage that does; its quote is put together when it is shown. */
  answering: Array<{ posting: Posting; found: Found; answer: () => Answer }>;
  /** Each posting that speaks of what is asked, and how well. */
  guesses: Array<{ posting: Posting; confidence: number }>;
}

export function createAcrossBoard(passages: PassageIndex, scale: number, shapeOfConcept: (id: string) => Shape) {
  return function acrossBoard(pool: Posting[], question: ReadQuestion, asked: Asked): BoardAnswers {
    const inPool = new Set(pool);
    const groups = candidates(asked, passages, (posting) => inPool.has(posting));
    const rank = createRanker(asked, question, passages, shapeOfConcept);
    const find = createFinder(asked, scale);
    const answering: BoardAnswers['answering'] = [];
    const guesses: BoardAnswers['guesses'] = [];
    for (const posting of pool) {
      const entries = groups.get(posting);
      if (!entries) continue;
      const ranked = rank(entries).filter((item) => item.score > 0);
      const found = find(ranked);
      if (found) {
        let quoted: Answer | undefined;
        answering.push({ posting, found, answer: () => (quoted ??= quoteAnswer(found, ranked, asked)) });
      }
      if (ranked[0]) guesses.push({ posting, confidence: Math.min(1, ranked[0].score / 10) });
    }
    // Best answer first; among equals, the pool's order (the sort keeps it).
    answering.sort((a, b) => b.found.first.score - a.found.first.score);
    return { answering, guesses };
  };
}
