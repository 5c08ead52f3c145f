/**
 * The inverted index from term to passages, as passage sequence numbers in
 * ascending order. A full build only notes which list of terms each passage
 * has (passages that share a placement share one), then makes every term's
 * list once, at its exact length, all in one typed array: millions of
 * pushes into growing arrays of objects were most of what indexing a big
 * board cost. Passages added after the build (a replaced posting's) go to a
 * small list of their own per term.
 */
import { Int32List } from '../content/int32-list.js';

/** One term's passages, by position, lowest sequence number first. */
export interface TermList {
  readonly length: number;
  seqAt(position: number): number;
}

export interface TermLists {
  /** A term's number, given on first sight; passages' terms are passed as these. */
  idOf(term: string): number;
  /** During the full build: a number for a list of terms, to place each passage that has them by (asked once per placement). */
  listOf(termIds: readonly number[]): number;
  /** During the full build, passage by passage in sequence order: the list of terms passage `seq` has. */
  place(seq: number, list: number): void;
  /** Ends the full build: every list is made. */
  seal(): void;
  /** After the build: a new passage's terms (its seq is higher than any before). */
  add(seq: number, termIds: readonly number[]): void;
  count(term: string): number;
  has(term: string, seq: number): boolean;
  list(term: string): TermList;
}

const NONE: TermList = { length: 0, seqAt: () => -1 };

export function createTermLists(): TermLists {
  const ids = new Map<string, number>();
  let sealed: Int32Array[] = [];
  const added: number[][] = [];
  // Only while building: each passage's list number, every list's terms one after another (list n's from
  // listStart[n] to listStart[n + 1]), and how many passages have each list. All typed: the seal reads them millions of times.
  let listBySeq: Int32List | null = new Int32List();
  let listTerms = new Int32List();
  let listStart = new Int32List();
  let uses = new Int32List();

  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
    }
    return id;
  };

  return {
    idOf,
    listOf(termIds) {
      if (!listBySeq) throw new Error('the term lists are sealed; use add');
      listStart.push(listTerms.length);
      for (const id of termIds) listTerms.push(id);
      uses.push(0);
      return uses.length - 1;
    },
    place(seq, list) {
      if (!listBySeq) throw new Error('the term lists are sealed; use add');
      if (seq !== listBySeq.length) throw new Error(`passage ${seq} placed out of order (expected ${listBySeq.length})`);
      listBySeq.push(list);
      uses.set(list, uses.at(list) + 1);
    },
    seal() {
      if (!listBySeq) throw new Error('the term lists are sealed already');
      listStart.push(listTerms.length);
      const [bySeq, terms, starts] = [listBySeq.take(), listTerms.take(), listStart.take()];
      const counts = new Int32Array(ids.size);
      for (let list = 0; list < uses.length; list++) {
        for (let at = starts[list]!; at < starts[list + 1]!; at++) counts[terms[at]!]! += uses.at(list);
      }
      // Every list in one array, each term's at its own offset.
      const all = new Int32Array(counts.reduce((sum, count) => sum + count, 0));
      const next = new Int32Array(ids.size);
      for (let id = 1; id < ids.size; id++) next[id] = next[id - 1]! + counts[id - 1]!;
      sealed = Array.from({ length: ids.size }, (_, id) => all.subarray(next[id]!, next[id]! + counts[id]!));
      for (let seq = 0; seq < bySeq.length; seq++) {
        const list = bySeq[seq]!;
        for (let at = starts[list]!; at < starts[list + 1]!; at++) all[next[terms[at]!]!++] = seq;
      }
      listBySeq = null;
      listTerms = listStart = uses = new Int32List(0);
    },
    add(seq, termIds) {
      if (listBySeq) throw new Error('the term lists are still being built; use place');
      for (const id of termIds) (added[id] ??= []).push(seq);
    },
    count(term) {
      const id = ids.get(term);
      return id === undefined ? 0 : (sealed[id]?.length ?? 0) + (added[id]?.length ?? 0);
    },
    has(term, seq) {
      const id = ids.get(term);
      if (id === undefined) return false;
      const base = sealed[id];
      return (base !== undefined && includes(base, seq)) || (added[id] !== undefined && includes(added[id]!, seq));
    },
    list(term) {
      const id = ids.get(term);
      if (id === undefined) return NONE;
      const base = sealed[id] ?? new Int32Array(0);
      const later = added[id];
      if (!later) return { length: base.length, seqAt: (position) => base[position]! };
      return { length: base.length + later.length, seqAt: (position) => (position < base.length ? base[position]! : later[position - base.length]!) };
    },
  };
}

/** Lists are ascending, so membership is a binary search. */
function includes(list: ArrayLike<number>, seq: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === seq) return true;
    if (found < seq) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
