/**
 * The index from topic to passages, best fitting first (see topic-fit.ts),
 * as passage numbers. Passages that share a placement share its fits, so a
 * topic's passages fall into a few groups, one per fit. A full build only
 * counts each group's passages as they arrive and notes which groups each
 * passage is in; when it ends, it makes every list once, at its length, in
 * typed arrays, as the term lists do: 600,000 pushes into growing arrays
 * were most of what a big board's topic lists cost, in time and in copying
 * between heap generations. Passages added after the build (a replaced
 * posting's) are inserted in place.
 */
import type { Posting } from '../content/types.js';

/** Passages that carry a topic, best fitting first, by number (the index's `entryAt`), with their fits. */
export interface TopicList {
  /** How many passages the list holds: the arrays may have room for more. */
  length: number;
  seqs: Int32Array;
  fits: Float64Array;
  /** How many postings have a passage here (at the last full build). */
  postings: number;
}

/** While a full build runs: the numbers of the groups a placement's topic fits go in. */
export type TopicGroups = readonly number[];

export interface TopicLists {
  /** The lists by topic; filled by seal(), then kept sorted by add(). */
  byTopic: Map<string, TopicList>;
  /** During the full build: the groups a placement's topic fits go in (asked once per placement). */
  groupsFor(topicFits: ReadonlyArray<[string, number]>): TopicGroups;
  /** During the full build, passage by passage in number order. */
  place(seq: number, posting: Posting | null, groups: TopicGroups): void;
  /** Ends the full build: every list is made. */
  seal(): void;
  /** After the build: a new passage, in its place in each of its topics' lists. */
  add(seq: number, topicFits: ReadonlyArray<[string, number]>): void;
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
  let placed: TopicGroups[] = [];

  const building = () => {
    if (!counting) throw new Error('the topic lists are sealed; use add');
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
        const made: TopicList = { length, seqs: new Int32Array(length), fits: new Float64Array(length), postings: list.postings };
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
        for (const group of placed[seq]!) groupSeqs[group]![next[group]!++] = seq;
      }
      counting = null;
      groupTopic = [];
      groupSize = [];
      placed = [];
    },
    add(seq, topicFits) {
      if (counting) throw new Error('the topic lists are still being built; use place');
      for (const [topic, fit] of topicFits) {
        let list = byTopic.get(topic);
        if (!list) byTopic.set(topic, (list = { length: 0, seqs: new Int32Array(4), fits: new Float64Array(4), postings: 0 }));
        let low = 0;
        let high = list.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (list.fits[middle]! >= fit) low = middle + 1;
          else high = middle;
        }
        insertAt(list, low, seq, fit);
      }
    },
  };
}

function insertAt(list: TopicList, at: number, seq: number, fit: number): void {
  if (list.length === list.seqs.length) {
    // Room for a few more replaced postings without copying the list again.
    const room = list.length + (list.length >> 3) + 16;
    const seqs = new Int32Array(room);
    const fits = new Float64Array(room);
    seqs.set(list.seqs);
    fits.set(list.fits);
    list.seqs = seqs;
    list.fits = fits;
  }
  list.seqs.copyWithin(at + 1, at, list.length);
  list.fits.copyWithin(at + 1, at, list.length);
  list.seqs[at] = seq;
  list.fits[at] = fit;
  list.length += 1;
}
