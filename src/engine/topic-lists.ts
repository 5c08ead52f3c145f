/**
 * The index from topic to passages, best fitting first (see topic-fit.ts),
 * as passage numbers. A full build groups passages by fit as they arrive and
 * only orders the groups when it ends; passages added after the build (a
 * replaced posting's) are inserted in place.
 */
import type { Posting } from '../content/types.js';

/** Passages that carry a topic, best fitting first, by number (the index's `entryAt`), with their fits. */
export interface TopicList {
  seqs: number[];
  fits: number[];
  /** How many postings have a passage here (at the last full build). */
  postings: number;
}

/** While a full build runs: for each of a placement's topics, its growing list and the group (passage numbers) with that fit. */
export type TopicGroups = Array<{ list: GrowingTopicList; group: number[] }>;

export interface TopicLists {
  /** The lists by topic; filled by seal(), then kept sorted by add(). */
  byTopic: Map<string, TopicList>;
  /** During the full build, passage by passage in number order: the groups a placement's topic fits go in (made once per placement). */
  groupsFor(topicFits: ReadonlyArray<[string, number]>): TopicGroups;
  place(seq: number, posting: Posting | null, groups: TopicGroups): void;
  /** Ends the full build: every list is ordered. */
  seal(): void;
  /** After the build: a new passage, in its place in each of its topics' lists. */
  add(seq: number, topicFits: ReadonlyArray<[string, number]>): void;
}

interface GrowingTopicList {
  /** Passage numbers by fit. */
  byFit: Map<number, number[]>;
  postings: number;
  /** The posting of the last passage added (null for company pages). */
  last: Posting | null | undefined;
}

export function createTopicLists(): TopicLists {
  const byTopic = new Map<string, TopicList>();
  const growing = new Map<string, GrowingTopicList>();
  return {
    byTopic,
    groupsFor: (topicFits) =>
      topicFits.map(([topic, fit]) => {
        let list = growing.get(topic);
        if (!list) growing.set(topic, (list = { byFit: new Map(), postings: 0, last: undefined }));
        let group = list.byFit.get(fit);
        if (!group) list.byFit.set(fit, (group = []));
        return { list, group };
      }),
    place(seq, posting, groups) {
      for (const { list, group } of groups) {
        group.push(seq);
        // A posting's passages arrive together, so counting changes of posting counts postings.
        if (list.last !== posting) {
          list.last = posting;
          list.postings += 1;
        }
      }
    },
    seal() {
      for (const [topic, list] of growing) byTopic.set(topic, orderByFit(list));
      growing.clear();
    },
    add(seq, topicFits) {
      for (const [topic, fit] of topicFits) {
        let list = byTopic.get(topic);
        if (!list) byTopic.set(topic, (list = { seqs: [], fits: [], postings: 0 }));
        let low = 0;
        let high = list.fits.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (list.fits[middle]! >= fit) low = middle + 1;
          else high = middle;
        }
        list.seqs.splice(low, 0, seq);
        list.fits.splice(low, 0, fit);
      }
    },
  };
}

/**
 * Best fit first, ties in indexing order. Passages that share a placement
 * share a fit, so a list holds few distinct fits: they were grouped by fit
 * as they came, and only the fits are sorted.
 */
function orderByFit(growing: GrowingTopicList): TopicList {
  const fits = [...growing.byFit.keys()].sort((a, b) => b - a);
  // Grown by push, not made at their length and filled by index: V8 keeps an array made that way
  // "holey" for good, and the first splice into a holey list of 100,000 passages (a replaced
  // posting's, see add) walks it element by element, some 6 ms a list.
  const seqs: number[] = [];
  const sorted: number[] = [];
  for (const fit of fits) {
    for (const seq of growing.byFit.get(fit)!) {
      seqs.push(seq);
      sorted.push(fit);
    }
  }
  return { seqs, fits: sorted, postings: growing.postings };
}
