/**
 * The inverted index from term to passages, as passage sequence numbers in
 * ascending order. A full build only counts and notes each passage's terms
 * as it goes, then makes every list once, at its exact length, in a typed
 * array: millions of pushes into growing arrays of objects were most of
 * what indexing a big board cost. Passages added after the build (a
 * replaced posting's) go to a small list of their own per term.
 */

/** One term's passages, by position, lowest sequence number first. */
export interface TermList {
  readonly length: number;
  seqAt(position: number): number;
}

export interface TermLists {
  /** A term's number, given on first sight; passages' terms are passed as these. */
  idOf(term: string): number;
  /** During the full build, passage by passage in sequence order: the terms passage `seq` has. */
  place(seq: number, termIds: readonly number[]): void;
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
  // Only while building: per term how many passages have it, and per passage its terms (shared by passages with one placement).
  let counts: number[] | null = [];
  let placed: (readonly number[])[] | null = [];

  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
      counts?.push(0);
    }
    return id;
  };

  return {
    idOf,
    place(seq, termIds) {
      if (!counts || !placed) throw new Error('the term lists are sealed; use add');
      if (seq !== placed.length) throw new Error(`passage ${seq} placed out of order (expected ${placed.length})`);
      placed.push(termIds);
      for (const id of termIds) counts[id]! += 1;
    },
    seal() {
      if (!counts || !placed) throw new Error('the term lists are sealed already');
      sealed = counts.map((count) => new Int32Array(count));
      const filled = new Int32Array(counts.length);
      for (let seq = 0; seq < placed.length; seq++) {
        for (const id of placed[seq]!) sealed[id]![filled[id]!++] = seq;
      }
      counts = placed = null;
    },
    add(seq, termIds) {
      if (counts) throw new Error('the term lists are still being built; use place');
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
