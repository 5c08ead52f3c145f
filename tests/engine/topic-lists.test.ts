/**
 * Topic lists: best fitting passages first, ties in passage order, however
 * they were grouped while the build ran, and kept so when a replaced
 * posting's passages are inserted after it.
 */
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/content/types.js';
import { createTopicLists, type TopicList } from '../../src/engine/topic-lists.js';

const posting = (id: string) => ({ id }) as Posting;
const entries = (list: TopicList | undefined) =>
  list ? Array.from({ length: list.length }, (_, position) => [list.seqs[position], list.fits[position]]) : [];

describe('topic lists', () => {
  it('orders a full build best fit first, ties by passage number, and counts postings', () => {
    const lists = createTopicLists();
    const [a, b] = [posting('a'), posting('b')];
    const payAndPerks = lists.groupsFor([['compensation', 0.5], ['benefits', 0.9]]);
    const pay = lists.groupsFor([['compensation', 0.8]]);
    const perks = lists.groupsFor([['benefits', 0.9]]);
    lists.place(0, a, payAndPerks);
    lists.place(1, a, pay);
    lists.place(2, b, payAndPerks);
    lists.place(3, b, perks);
    lists.place(4, null, pay);
    lists.seal();
    expect(entries(lists.byTopic.get('compensation'))).toEqual([[1, 0.8], [4, 0.8], [0, 0.5], [2, 0.5]]);
    expect(entries(lists.byTopic.get('benefits'))).toEqual([[0, 0.9], [2, 0.9], [3, 0.9]]);
    expect(lists.byTopic.get('compensation')!.postings).toBe(3);
    expect(lists.byTopic.get('benefits')!.postings).toBe(2);
  });

  it('merges later passages in their place, past the room the lists were made with', () => {
    const lists = createTopicLists();
    lists.place(0, posting('a'), lists.groupsFor([['compensation', 0.5]]));
    lists.seal();
    // Two replaced postings, one after the other.
    const fits = (seq: number): Array<[string, number]> => [['compensation', seq % 2 === 0 ? 0.9 : 0.1]];
    lists.addAll(Array.from({ length: 15 }, (_, index) => ({ seq: index + 1, topicFits: fits(index + 1) })));
    lists.addAll([...Array.from({ length: 25 }, (_, index) => ({ seq: index + 16, topicFits: fits(index + 16) })), { seq: 41, topicFits: [['remote', 0.7]] }]);
    const pay = entries(lists.byTopic.get('compensation'));
    expect(pay).toHaveLength(41);
    expect(pay.slice(0, 20).every(([, fit]) => fit === 0.9)).toBe(true);
    expect(pay[20]).toEqual([0, 0.5]);
    expect(pay.slice(21).every(([, fit]) => fit === 0.1)).toBe(true);
    // Among equal fits a later passage goes after the earlier ones.
    expect(pay.slice(0, 20).map(([seq]) => seq)).toEqual(Array.from({ length: 20 }, (_, index) => 2 * (index + 1)));
    expect(entries(lists.byTopic.get('remote'))).toEqual([[41, 0.7]]);
  });

  it('refuses passages out of order, and building after the seal', () => {
    const lists = createTopicLists();
    expect(() => lists.place(1, null, [])).toThrow('out of order');
    lists.seal();
    expect(() => lists.place(0, null, [])).toThrow('sealed');
  });
});
