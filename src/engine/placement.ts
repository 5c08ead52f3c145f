/**
 * Where a passage goes in the index, given its text and its heading: worked
 * out once per (text, heading) pair, as boards repeat both.
 */
import type { IndexedPassage } from './search-index.js';
import { labelTopics, type PassageReading } from './passage-reading.js';
import { topicFit } from './topic-fit.js';

/**
 * What a passage adds to the index, given its text and its heading: its
 * topic label, its terms and the heading's, and its fit for each topic it
 * carries. Passages that repeat a text under the same heading share one.
 */
export interface Placement {
  labels: string[];
  terms: string[];
  topicFits: Array<[string, number]>;
  /** What the passage's entry is made from when a question first needs it (see search-index.ts). */
  reading: PassageReading;
  headingTopics: ReadonlyMap<string, number>;
  headingTerms: ReadonlySet<string>;
  /** `terms` as numbers of the index's term lists, once looked up. */
  termIds?: number[];
  /** While a full build runs: for each of `topicFits`, its topic's growing list and the group (passage numbers) with that fit. */
  groups?: Array<{ list: { postings: number; last: IndexedPassage['posting'] | undefined }; group: number[] }> | undefined;
}

/**
 * Placements by passage reading, then by heading (its terms: one shared set
 * per heading text, so identity is the key). Most texts stand under one
 * heading only: one placement then, a map only for a second heading.
 */
export type Placements = Map<PassageReading, { heading: ReadonlySet<string>; placement: Placement } | Map<ReadonlySet<string>, Placement>>;

export function placementOf(
  reading: PassageReading,
  headingTopics: ReadonlyMap<string, number>,
  headingTerms: ReadonlySet<string>,
  context: { placements: Placements; narrow: ReadonlySet<string> },
): Placement {
  const known = context.placements.get(reading);
  if (known instanceof Map) {
    const placement = known.get(headingTerms);
    if (placement) return placement;
  } else if (known?.heading === headingTerms) return known.placement;
  const fitEntry = { ownTopics: reading.ownTopics, ownTotal: reading.ownTotal, headingTopics, wordCount: reading.wordCount };
  const topics = new Set([...reading.ownTopics.keys(), ...headingTopics.keys()]);
  const placement: Placement = {
    labels: labelTopics(headingTopics.keys(), reading.ownTopics.keys()),
    terms: [...reading.terms, ...[...headingTerms].filter((term) => !reading.terms.has(term))],
    topicFits: [...topics].map((topic): [string, number] => [topic, topicFit(fitEntry, topic, context.narrow)]),
    reading,
    headingTopics,
    headingTerms,
  };
  if (!known) context.placements.set(reading, { heading: headingTerms, placement });
  else if (known instanceof Map) known.set(headingTerms, placement);
  else context.placements.set(reading, new Map([[known.heading, known.placement], [headingTerms, placement]]));
  return placement;
}
