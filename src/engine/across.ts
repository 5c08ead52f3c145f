/**
 * Every posting's answer to what is asked: the costly part of a question no
 * role is named in. Each posting's passages on the topic are ranked and
 * checked; a passage repeated across postings is scored once, and only the
 * answers shown or compared are quoted.
 */
import type { Shape } from '../language/concepts.js';
import type { Posting } from '../content/types.js';
import { createFinder, MAX_EXCERPTS, quoteAnswer, type Answer, type Finder, type Found } from './answer.js';
import { everyAgrees, largestAgreement } from './board.js';
import type { Entry, PassageIndex } from './passages.js';
import type { Question as ReadQuestion } from './question.js';
import { candidates, mergedOf, type Lists } from './candidates.js';
import type { Asked } from './asked.js';
import { createRanker, type Ranker, type Scored } from './rank.js';

/** A posting that answers, with the passage that does; its passages are ranked, and its quote put together, when it is shown or compared. */
export interface Answering {
  posting: Posting;
  /** The passage that answers, and how well. */
  entry: Entry;
  score: number;
  full(): { found: Found; ranked: Scored[] };
  quoted?: Answer;
}

export interface BoardAnswers {
  /** Best first. */
  answering: Answering[];
  /** How many postings speak of what is asked, answering or not. */
  speaking: number;
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
  const byBest = largestAgreement(answering.map((item) => [item.entry]));
  if (2 * byBest.length < answering.length) return byBest;
  const quoted = new Map<string, { item: Answering; answer: Answer }>();
  const quotes = byBest.map((at) => {
    const item = answering[at]!;
    const { ranked } = item.full();
    const key = readingOf(ranked);
    const known = quoted.get(key);
    if (!known) {
      const answer = quoteOf(item, asked);
      quoted.set(key, { item, answer });
      return answer.excerpts.map((excerpt) => excerpt.entry);
    }
    // The same reading quotes the same places: the passages at those places in this posting.
    const places = known.item.full().ranked;
    return known.answer.excerpts.map((excerpt) => ranked[places.indexOf(excerpt)]!.entry);
  });
  return largestAgreement(quotes).map((at) => byBest[at]!);
}

/**
 * Whether every answering posting quotes what the best one does; quoted one
 * by one, up to the first that does not, the likeliest to differ first.
 */
export function allAgree(answering: readonly Answering[], asked: Asked): boolean {
  const [best, ...rest] = answering;
  if (!best) return false;
  // The likeliest to differ: another passage than the best one's, the more so the more its length differs.
  const distance = (item: Answering) => (item.entry.wording === best.entry.wording ? -1 : Math.abs(item.entry.length - best.entry.length));
  const order = [best, ...rest.map((item) => ({ item, far: distance(item) })).sort((a, b) => b.far - a.far).map(({ item }) => item)];
  return everyAgrees(order, (item) => quoteOf(item, asked).excerpts.map((excerpt) => excerpt.entry));
}

/** What quoting reads of a posting's ranked passages: each one's words and heading (its term map), section and kind, in rank order. */
function readingOf(ranked: readonly Scored[]): string {
  const sections = new Map<unknown, number>();
  return ranked
    .map(({ entry }) => {
      let section = sections.get(entry.section);
      if (section === undefined) sections.set(entry.section, (section = sections.size));
      return `${entry.wording}.${section}.${entry.passage.kind}.${entry.section.origin}`;
    })
    .join(' ');
}

/** What an answering posting quotes. */
export function quoteOf(item: Answering, asked: Asked): Answer {
  if (item.quoted) return item.quoted;
  const { found, ranked } = item.full();
  return (item.quoted = quoteAnswer(found, ranked, asked));
}

/** An answering posting: its passages are ranked, and its quote put together, only when it is shown or compared. */
class PostingAnswer implements Answering {
  quoted?: Answer;
  private known?: { found: Found; ranked: Scored[] };

  constructor(
    readonly posting: Posting,
    readonly entry: Entry,
    readonly score: number,
    private readonly board: Board,
  ) {}

  full(): { found: Found; ranked: Scored[] } {
    if (this.known) return this.known;
    const ranked = this.board.ranker.rank(mergedOf(this.board.listsOf(this.posting)));
    return (this.known = { ranked, found: this.board.finder.find(ranked)! });
  }
}

interface Board {
  listsOf: ReturnType<typeof candidates>;
  ranker: Ranker;
  finder: Finder;
}

type Wanted = 'any' | 'answer' | 'bring';
const NOTHING: ReadonlySet<string> = new Set();
const NO_ENTRIES: readonly Entry[] = [];

/** The best of a posting's passages (by score, then place) that is what is wanted; its lists may share passages. */
function bestOf(lists: Lists, { ranker, finder }: Board, wanted: Wanted, chosen: readonly Entry[] = NO_ENTRIES, missing = NOTHING): Entry | null {
  let best: Scored | null = null;
  let at: Entry | null = null;
  for (const list of lists) {
    if (!list) continue;
    for (const entry of list) {
      const item = ranker.scoreOf(entry);
      if (item.score <= 0 || (best && (item.score < best.score || (item.score === best.score && entry.index >= at!.index)))) continue;
      const ok = wanted === 'any' || ((wanted === 'answer' ? finder.answers(item) : !chosen.includes(entry) && bringsAny(item.concepts, missing)) && finder.fits(item, entry));
      if (ok) {
        best = item;
        at = entry;
      }
    }
  }
  return at;
}

function bringsAny(concepts: ReadonlySet<string>, missing: ReadonlySet<string>): boolean {
  for (const concept of concepts) if (missing.has(concept)) return true;
  return false;
}

/**
 * A posting's answer, found as `Finder.find` would find it in a ranking, but
 * without ranking: the best passage that may answer, then, while its clause
 * lacks a concept, the best passage that brings one. Most postings are never
 * quoted, so most are never ranked.
 */
function firstOf(lists: Lists, board: Board): Entry | null {
  const first = bestOf(lists, board, 'answer');
  if (!first) return null;
  const lacking = board.finder.missingFrom(board.ranker.scoreOf(first));
  if (lacking.length === 0) return first;
  const missing = new Set(lacking);
  const chosen = [first];
  while (missing.size > 0 && chosen.length < MAX_EXCERPTS) {
    const next = bestOf(lists, board, 'bring', chosen, missing);
    if (!next) break;
    chosen.push(next);
    for (const concept of board.ranker.scoreOf(next).concepts) missing.delete(concept);
  }
  return missing.size > 0 ? null : first;
}

export function createAcrossBoard(passages: PassageIndex, scale: number, shapeOfConcept: (id: string) => Shape) {
  return function acrossBoard(pool: Posting[], question: ReadQuestion, asked: Asked): BoardAnswers {
    const board: Board = { listsOf: candidates(asked, passages, pool), ranker: createRanker(asked, question, passages, shapeOfConcept, true), finder: createFinder(asked, scale) };
    const answering: BoardAnswers['answering'] = [];
    const guesses: BoardAnswers['guesses'] = [];
    let speaking = 0;
    for (const posting of pool) {
      const lists = board.listsOf(posting);
      if (!lists.some(Boolean)) continue;
      speaking += 1;
      const first = firstOf(lists, board);
      if (first) answering.push(new PostingAnswer(posting, first, board.ranker.scoreOf(first).score, board));
      else if (answering.length === 0) {
        const top = bestOf(lists, board, 'any');
        if (top) guesses.push({ posting, confidence: Math.min(1, board.ranker.scoreOf(top).score / 10) });
      }
    }
    // Best answer first; among equals, the pool's order (the sort keeps it).
    answering.sort((a, b) => b.score - a.score);
    return { answering, speaking, guesses };
  };
}
