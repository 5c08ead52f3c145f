/**
 * Which passages of each posting are worth scoring for a question asked
 * across the board, without a board's worth of garbage per question.
 */
import type { Posting } from '../content/types.js';
import type { Entry, PassageIndex } from './passages.js';
import type { Asked } from './asked.js';

/**
 * Entries worth scoring across a board, of one posting, in lists that may
 * share entries (or be missing): those speaking of a concept asked (an
 * answer must), else those holding a word asked that is not everywhere.
 */
export function candidates(asked: Asked, index: PassageIndex, pool: readonly Posting[]): (posting: Posting) => Lists {
  if (asked.concepts.length > 0) {
    const byConcept = asked.concepts.map((concept) => index.byConceptInPosting.get(concept)).filter((lists) => lists !== undefined);
    // One array, refilled for each posting: a board's worth of small arrays would be garbage for every question.
    const lists: Array<readonly Entry[] | undefined> = byConcept.map(() => undefined);
    return (posting) => {
      for (let at = 0; at < byConcept.length; at += 1) lists[at] = byConcept[at]!.get(posting);
      return lists;
    };
  }
  const inPool = new Set(pool);
  const seen = new Set<Entry>();
  const common = Math.max(50, index.entries.length * 0.05);
  for (const { word } of asked.words) {
    for (const variant of word.variants) {
      if (index.df(variant) > common) continue;
      for (const entry of index.postingsOf.get(variant) ?? []) if (entry.posting && inPool.has(entry.posting)) seen.add(entry);
    }
  }
  const byPosting = new Map<Posting, Entry[]>();
  for (const entry of [...seen].sort((a, b) => a.index - b.index)) {
    const list = byPosting.get(entry.posting!);
    if (list) list.push(entry);
    else byPosting.set(entry.posting!, [entry]);
  }
  const lists: Array<readonly Entry[] | undefined> = [undefined];
  return (posting) => {
    lists[0] = byPosting.get(posting);
    return lists;
  };
}

/** A posting's entries worth scoring, by concept asked: valid until the next posting's are asked for. */
export type Lists = ReadonlyArray<readonly Entry[] | undefined>;

/** Entries in board order, each once. */
export function mergedOf(lists: Lists): readonly Entry[] {
  return lists.reduce<readonly Entry[]>((merged, list) => (list ? (merged.length ? mergeByIndex(merged, list) : list) : merged), []);
}

/** Two lists of entries in board order as one, each entry once. */
function mergeByIndex(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const merged: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.index < right.index)) merged.push(a[i++]!);
    else if (left === undefined || right.index < left.index) merged.push(b[j++]!);
    else {
      merged.push(a[i++]!);
      j += 1;
    }
  }
  return merged;
}
