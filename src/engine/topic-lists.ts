/**
 * The index from topic to passages, best fitting first (see topic-fit.ts),
 * as passage numbers. Passages that share a placement share its fits, so a
 * topic's passages fall into a few groups, one per fit. A full build only
 * counts each group's passages as they arrive and notes which groups each
 * passage is in; when it ends, it makes every list once, at its length, in
 * typed arrays, as the term lists do: 600,000 pushes into growing arrays
 * were most of what a big board's topic lists cost, in time and in copying
 * between heap generations. Passages added after the build (a replaced
 * posting's) are merged in.
 */
import type { Posting } from '../content/types.js';
import { ChunkedList } from './chunked-list.js';

/** Passages that carry a topic, best fitting first, by number (the index's `entryAt`), with their fits. */
export interface TopicList {
  /** How many passages the list holds: the arrays may have room for more. */
  length: number;
  seqs: Int32Array;
  fits: Float64Array;
  /** How many postings have a passage here (at the last full build). */
  postings: number;
}

/** A passage added after the build, with its topic fits. */
export interface AddedPassage {
  seq: number;
  topicFits: ReadonlyArray<[string, number]>;
}

/** While a full build runs: the numbers of the groups a placement's topic fits go in. */
export type TopicGroups = readonly number[];

export interface TopicLists {
  /** The lists by topic; filled by seal(), then kept sorted by addAll(). */
  byTopic: Map<string, TopicList>;
  /** During the full build: the groups a placement's topic fits go in (asked once per placement). */
  groupsFor(topicFits: ReadonlyArray<[string, number]>): TopicGroups;
  /** During the full build, passage by passage in number order. */
  place(seq: number, posting: Posting | null, groups: TopicGroups): void;
  /** Ends the full build: every list is made. */
  seal(): void;
  /** After the build: new passages, in number order and numbered above any before, each in its place in its topics' lists. */
  addAll(passages: readonly AddedPassage[]): void;
}

/** A topic's passages while the build runs. */
interface Counting {
  /** Its groups' numbers, by fit. */
  groups: Map<number, number>;
  postings: number;
  /** The posting of the last passage counted (null for company pages). */
  last: Posting | null | undefined;
}

export function createTopicLists(): TopicLists {
  const byTopic = new Map<string, TopicList>();
  // Only while building: the topics in the order first seen, and by group number its topic and size.
  let counting: Map<string, Counting> | null = new Map();
  let groupTopic: Counting[] = [];
  let groupSize: number[] = [];
  /** By passage number, the groups it is in (shared by the passages of one placement). */
  let placed = new ChunkedList<TopicGroups>();

  const building = () => {
    if (!counting) throw new Error('the topic lists are sealed; use addAll');
    return counting;
  };

  return {
    byTopic,
    groupsFor: (topicFits) =>
      topicFits.map(([topic, fit]) => {
        const topics = building();
        let list = topics.get(topic);
        if (!list) topics.set(topic, (list = { groups: new Map(), postings: 0, last: undefined }));
        let group = list.groups.get(fit);
        if (group === undefined) {
          list.groups.set(fit, (group = groupTopic.length));
          groupTopic.push(list);
          groupSize.push(0);
        }
        return group;
      }),
    place(seq, posting, groups) {
      building();
      if (seq !== placed.length) throw new Error(`passage ${seq} placed out of order (expected ${placed.length})`);
      placed.push(groups);
      for (const group of groups) {
        groupSize[group]! += 1;
        const list = groupTopic[group]!;
        // A posting's passages arrive together, so counting changes of posting counts postings.
        if (list.last !== posting) {
          list.last = posting;
          list.postings += 1;
        }
      }
    },
    seal() {
      const topics = building();
      /** By group: its topic's passage numbers, and where the group's next one goes. */
      const groupSeqs: Int32Array[] = [];
      const next = new Int32Array(groupTopic.length);
      for (const [topic, list] of topics) {
        // Best fit first; within a group, passages stay in number order.
        const fits = [...list.groups.keys()].sort((a, b) => b - a);
        const length = fits.reduce((sum, fit) => sum + groupSize[list.groups.get(fit)!]!, 0);
        const room = roomFor(length);
        const made: TopicList = { length, seqs: new Int32Array(room), fits: new Float64Array(room), postings: list.postings };
        let at = 0;
        for (const fit of fits) {
          const group = list.groups.get(fit)!;
          made.fits.fill(fit, at, at + groupSize[group]!);
          next[group] = at;
          groupSeqs[group] = made.seqs;
          at += groupSize[group]!;
        }
        byTopic.set(topic, made);
      }
      for (let seq = 0; seq < placed.length; seq++) {
        for (const group of placed.at(seq)!) groupSeqs[group]![next[group]!++] = seq;
      }
      counting = null;
      groupTopic = [];
      groupSize = [];
      placed = new ChunkedList();
    },
    addAll(passages) {
      if (counting) throw new Error('the topic lists are still being built; use place');
      const byTopicAdded = new Map<string, Array<[number, number]>>();
      for (const { seq, topicFits } of passages) {
        for (const [topic, fit] of topicFits) {
          let added = byTopicAdded.get(topic);
          if (!added) byTopicAdded.set(topic, (added = []));
          added.push([seq, fit]);
        }
      }
      for (const [topic, added] of byTopicAdded) {
        let list = byTopic.get(topic);
        if (!list) byTopic.set(topic, (list = { length: 0, seqs: new Int32Array(0), fits: new Float64Array(0), postings: 0 }));
        // Best fit first; a stable sort keeps equal fits in number order.
        merge(list, added.sort((a, b) => b[1] - a[1]));
      }
    },
  };
}

/** A list's arrays are made with room for the passages of a few replaced postings (see addAll). */
function roomFor(length: number): number {
  return length + (length >> 4) + 16;
}

/**
 * Merges passages numbered above all in the list (best fit first) into it:
 * each goes after the passages that fit as well. From the last one back, the
 * passages behind each move up once, by block. A posting's passages were
 * inserted one by one before, each shifting the rest of the list: the first
 * edit of a big board took 48 ms.
 */
function merge(list: TopicList, added: ReadonlyArray<[number, number]>): void {
  const length = list.length + added.length;
  if (length > list.seqs.length) {
    const room = roomFor(length);
    const seqs = new Int32Array(room);
    const fits = new Float64Array(room);
    seqs.set(list.seqs.subarray(0, list.length));
    fits.set(list.fits.subarray(0, list.length));
    list.seqs = seqs;
    list.fits = fits;
  }
  const { seqs, fits } = list;
  // The list's own passages before `end` have not moved yet.
  let end = list.length;
  for (let next = added.length - 1; next >= 0; next--) {
    const [seq, fit] = added[next]!;
    let low = 0;
    let high = end;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (fits[middle]! >= fit) low = middle + 1;
      else high = middle;
    }
    seqs.copyWithin(low + next + 1, low, end);
    fits.copyWithin(low + next + 1, low, end);
    seqs[low + next] = seq;
    fits[low + next] = fit;
    end = low;
  }
  list.length = length;
}
