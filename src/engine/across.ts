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
import { candidates, createRanker, type Asked, type Scored } from './rank.js';

/** A posting that answers, with the passage that does; its quote is put together when it is shown. */
export interface Answering {
  posting: Posting;
  found: Found;
  ranked: Scored[];
  quoted?: Answer;
}

export interface BoardAnswers {
  /** Best first. */
  answering: Answering[];
  /** When none answers: each posting that speaks of what is asked, and how well. */
  guesses: Array<{ posting: Posting; confidence: number }>;
}

/** What an answering posting quotes. */
export function quoteOf(item: Answering, asked: Asked): Answer {
  return (item.quoted ??= quoteAnswer(item.found, item.ranked, asked));
}

export function createAcrossBoard(passages: PassageIndex, scale: number, shapeOfConcept: (id: string) => Shape) {
  return function acrossBoard(pool: Posting[], question: ReadQuestion, asked: Asked): BoardAnswers {
    const inPool = new Set(pool);
    const groups = candidates(asked, passages, (posting) => inPool.has(posting));
    const rank = createRanker(asked, question, passages, shapeOfConcept, true);
    const find = createFinder(asked, scale);
    const answering: BoardAnswers['answering'] = [];
    const guesses: BoardAnswers['guesses'] = [];
    for (const posting of pool) {
      const entries = groups.get(posting);
      if (!entries) continue;
      const ranked = rank(entries);
      const found = find(ranked);
      if (found) answering.push({ posting, found, ranked });
      else if (answering.length === 0 && ranked[0]) guesses.push({ posting, confidence: Math.min(1, ranked[0].score / 10) });
    }
    // Best answer first; among equals, the pool's order (the sort keeps it).
    answering.sort((a, b) => b.found.first.score - a.found.first.score);
    return { answering, guesses };
  };
}
