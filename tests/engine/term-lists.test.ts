/**
 * The inverted index's term lists: a full build places passages in order and
 * seals; later passages (a replaced posting's) are added after. Whatever the
 * way in, a term's list is its passages in ascending order.
 */
import { describe, expect, it } from 'vitest';
import { createTermLists, type TermList } from '../../src/engine/term-lists.js';

const seqs = (list: TermList) => Array.from({ length: list.length }, (_, position) => list.seqAt(position));

describe('term lists', () => {
  it('gives each term its passages in order, built and added alike', () => {
    const lists = createTermLists();
    const [salary, remote, oncall] = ['salary', 'remote', 'oncall'].map(lists.idOf) as [number, number, number];
    const shared = lists.listOf([salary, remote]);
    lists.place(0, shared);
    lists.place(1, lists.listOf([oncall]));
    lists.place(2, shared);
    lists.seal();
    lists.add(3, [remote, lists.idOf('visa')]);

    expect(seqs(lists.list('salary'))).toEqual([0, 2]);
    expect(seqs(lists.list('remote'))).toEqual([0, 2, 3]);
    expect(seqs(lists.list('visa'))).toEqual([3]);
    expect(seqs(lists.list('unknown'))).toEqual([]);
    expect(lists.count('remote')).toBe(3);
    expect(lists.count('unknown')).toBe(0);
    expect([0, 1, 2, 3].map((seq) => lists.has('remote', seq))).toEqual([true, false, true, true]);
    expect(lists.has('visa', 3)).toBe(true);
    expect(lists.has('oncall', 3)).toBe(false);
  });

  it('refuses passages out of order, and each phase in the other', () => {
    const lists = createTermLists();
    const id = lists.idOf('salary');
    expect(() => lists.place(1, lists.listOf([id]))).toThrow(/out of order/);
    expect(() => lists.add(0, [id])).toThrow(/still being built/);
    lists.seal();
    expect(() => lists.place(0, 0)).toThrow(/sealed/);
    expect(() => lists.seal()).toThrow(/sealed already/);
  });
});
