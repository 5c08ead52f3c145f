/**
 * Where a passage goes in the index, given its text and its heading: worked
 * out once per (text, heading) pair, as boards repeat both.
 */
import { joinLabels, type HeadingReading, type PassageReading } from './passage-reading.js';
import { topicFit } from './topic-fit.js';
import type { TopicGroups } from './topic-lists.js';
import type { TopicScores } from './topic-scores.js';

/**
 * What a passage adds to the index, given its text and its heading: its
 * topic label, what its entry is made from when a question first needs it
 * (see search-index.ts), and, until it is in the lists, its terms and the
 * heading's and its fit for each topic it carries. Passages that repeat a
 * text under the same heading share one.
 */
export interface Placement {
  labels: string[];
  ownTopics: TopicScores;
  ownTotal: number;
  hasNumber: boolean;
  wordCount: number;
  headingTopics: ReadonlyMap<string, number>;
  headingTerms: ReadonlySet<string>;
  /** Dropped once the passages are in the lists: kept, they would be most of a big board's heap. */
  lists: ListsPlacement | null;
}

export interface ListsPlacement {
  /** The passage's terms and its heading's, as numbers of the index's term lists, each once (shared, never changed; replaced by a shared empty list once a full build has them in a list). */
  termIds: readonly number[];
  topicFits: Array<[string, number]>;
  /** While a full build runs: where each of `topicFits` goes (topic-lists.ts). */
  groups?: TopicGroups;
  /** While a full build runs: the number of `termIds` in the term lists (term-lists.ts). */
  termList?: number;
}

/**
 * Most texts stand under one heading only: their placement is kept on the
 * reading itself (`placed`), and only a text seen under a second heading
 * gets a map here, by heading (its terms: one shared set per heading text,
 * so identity is the key).
 */
export type Placements = Map<PassageReading, Map<ReadonlySet<string>, Placement>>;

export interface PlacementContext {
  placements: Placements;
  narrow: ReadonlySet<string>;
  /** The number of a term in the index's term lists. */
  termId: (term: string) => number;
  /** A heading's terms as those numbers, by heading (its terms' set, one per heading text). */
  headingTermIds: Map<ReadonlySet<string>, number[]>;
}

export function placementOf(reading: PassageReading, heading: HeadingReading, context: PlacementContext): Placement {
  const { topics: headingTopics, terms: headingTerms } = heading;
  const first = reading.placed;
  if (first !== undefined) {
    if (first.headingTerms === headingTerms) return first;
    const other = context.placements.get(reading)?.get(headingTerms);
    if (other) return other;
  }
  const placement: Placement = {
    labels: joinLabels(heading.labels, reading.labels),
    ownTopics: reading.ownTopics,
    ownTotal: reading.ownTotal,
    hasNumber: reading.hasNumber,
    wordCount: reading.wordCount,
    headingTopics,
    headingTerms,
    // Every field in the literal, those set later too: fields added to an object afterwards go to a second allocation of their own.
    lists: { termIds: termIdsOf(reading, headingTerms, context), topicFits: topicFitsOf(reading, headingTopics, context.narrow), groups: undefined, termList: undefined },
  };
  if (first === undefined) reading.placed = placement;
  else {
    let others = context.placements.get(reading);
    if (!others) context.placements.set(reading, (others = new Map()));
    others.set(headingTerms, placement);
  }
  return placement;
}

/** What a full build's placements and readings keep of a list once it is in the index's lists: nothing (and nothing can be added to it). */
export const SPENT: never[] = [];

/** The passage's own terms (numbered once per text), then the heading's it lacks. */
function termIdsOf(reading: PassageReading, headingTerms: ReadonlySet<string>, context: PlacementContext): readonly number[] {
  // At its final length: a build keeps tens of thousands of these.
  let own = reading.termIds;
  if (own === undefined) {
    own = reading.termIds = reading.terms.map(context.termId);
    // The numbers stand for the terms from here on (a reading lives for one build): the strings' list dies young.
    reading.terms = SPENT;
  }
  let heading = context.headingTermIds.get(headingTerms);
  if (!heading) context.headingTermIds.set(headingTerms, (heading = [...headingTerms].map(context.termId)));
  // Shared with the text's own list when the heading adds nothing: lists are only read.
  let added: number[] | null = null;
  for (const id of heading) if (!own.includes(id)) (added ??= []).push(id);
  // concat makes the list at its final length (a list grown by push keeps room for more, and a build keeps tens of thousands) and packed.
  return added ? own.concat(added) : own;
}

/** Each topic the passage or its heading carries (its own first), with how well the passage fits it. */
function topicFitsOf(reading: PassageReading, headingTopics: ReadonlyMap<string, number>, narrow: ReadonlySet<string>): Array<[string, number]> {
  const fitEntry = { ownTopics: reading.ownTopics, ownTotal: reading.ownTotal, headingTopics, wordCount: reading.wordCount };
  const own = reading.ownTopics.keys();
  const fits: Array<[string, number]> = [];
  for (const topic of own) fits.push([topic, topicFit(fitEntry, topic, narrow)]);
  for (const topic of headingTopics.keys()) if (!reading.ownTopics.has(topic)) fits.push([topic, topicFit(fitEntry, topic, narrow)]);
  return fits;
}
