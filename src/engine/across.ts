/**
 * Every posting's answer to what is asked: the costly part of a question no
 * role is named in. Each posting's passages on the topic are ranked and
 * checked; a passage repeated across postings is scored once, and only the
 * answers shown or compared are quoted.
 */
import type { Shape } from '../language/concepts.js';
import type { Posting } from '../content/types.js';
import { createFinder, quoteAnswer, type Answer, type Found } from './answer.js';
import { everyAgrees, idOf, largestAgreement } from './board.js';
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

/**
 * The largest group of answering postings whose quotes say the same. Quotes
 * that say the same begin with the same best passage: when not even half the
 * postings share theirs, no quote need be put together to know; else only
 * those that do are quoted, and each way a posting reads, once.
 */
export function agreementOf(answering: readonly Answering[], asked: Asked): number[] {
  const byBest = largestAgreement(answering.map((item) => [item.found.first.entry]));
  if (2 * byBest.length < answering.length) return byBest;
  const quoted = new Map<string, { item: Answering; answer: Answer }>();
  const quotes = byBest.map((at) => {
    const item = answering[at]!;
    const key = readingOf(item.ranked);
    const known = quoted.get(key);
    if (!known) {
      const answer = quoteOf(item, asked);
      quoted.set(key, { item, answer });
      return answer.excerpts.map((excerpt) => excerpt.entry);
    }
    // The same reading quotes the same places: the passages at those places in this posting.
    return known.answer.excerpts.map((excerpt) => item.ranked[known.item.ranked.indexOf(excerpt)]!.entry);
  });
  return largestAgreement(quotes).map((at) => byBest[at]!);
}

/** Whether every answering posting quotes what the best one does; quoted one by one, up to the first that does not. */
export function allAgree(answering: readonly Answering[], asked: Asked): boolean {
  return everyAgrees(answering.map((item) => () => quoteOf(item, asked).excerpts.map((excerpt) => excerpt.entry)));
}

/** What quoting reads of a posting's ranked passages: each one's words and heading (its term map), section and kind, in rank order. */
function readingOf(ranked: readonly Scored[]): string {
  const sections = new Map<unknown, number>();
  return ranked
    .map(({ entry }) => {
      let section = sections.get(entry.section);
      if (section === undefined) sections.set(entry.section, (section = sections.size));
      return `${idOf(entry.terms)}.${section}.${entry.passage.kind}.${entry.section.origin}`;
    })
    .join(' ');
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
