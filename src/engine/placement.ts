/**
 * Where a passage goes in the index, given its text and its heading: worked
 * out once per (text, heading) pair, as boards repeat both.
 */
import { labelTopics, type PassageReading } from './passage-reading.js';
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
  terms: string[];
  topicFits: Array<[string, number]>;
  /** `terms` as numbers of the index's term lists, once looked up. */
  termIds?: number[];
  /** While a full build runs: where each of `topicFits` goes (topic-lists.ts). */
  groups?: TopicGroups;
}

/**
 * Most texts stand under one heading only: their placement is kept on the
 * reading itself (`placed`), and only a text seen under a second heading
 * gets a map here, by heading (its terms: one shared set per heading text,
 * so identity is the key).
 */
export type Placements = Map<PassageReading, Map<ReadonlySet<string>, Placement>>;

export function placementOf(
  reading: PassageReading,
  headingTopics: ReadonlyMap<string, number>,
  headingTerms: ReadonlySet<string>,
  context: { placements: Placements; narrow: ReadonlySet<string> },
): Placement {
  const first = reading.placed;
  if (first !== undefined) {
    if (first.headingTerms === headingTerms) return first;
    const other = context.placements.get(reading)?.get(headingTerms);
    if (other) return other;
  }
  const fitEntry = { ownTopics: reading.ownTopics, ownTotal: reading.ownTotal, headingTopics, wordCount: reading.wordCount };
  const topics = new Set([...reading.ownTopics.keys(), ...headingTopics.keys()]);
  const placement: Placement = {
    labels: labelTopics(headingTopics.keys(), reading.ownTopics.keys()),
    ownTopics: reading.ownTopics,
    ownTotal: reading.ownTotal,
    hasNumber: reading.hasNumber,
    wordCount: reading.wordCount,
    headingTopics,
    headingTerms,
    lists: {
      terms: [...reading.terms, ...[...headingTerms].filter((term) => !reading.terms.has(term))],
      topicFits: [...topics].map((topic): [string, number] => [topic, topicFit(fitEntry, topic, context.narrow)]),
    },
  };
  if (first === undefined) reading.placed = placement;
  else {
    let others = context.placements.get(reading);
    if (!others) context.placements.set(reading, (others = new Map()));
    others.set(headingTerms, placement);
  }
  return placement;
}
