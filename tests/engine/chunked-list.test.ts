/**
 * The index's per-passage lists: a passage found by its number must be the
 * one put there, across chunk boundaries, and a number never set reads as
 * nothing (readings by text number leave gaps).
 */
import { describe, expect, it } from 'vitest';
import { ChunkedList } from '../../src/engine/chunked-list.js';

describe('ChunkedList', () => {
  it('gives back what was pushed, in order, across many chunks', () => {
    const list = new ChunkedList<{ n: number }>();
    const items = Array.from({ length: 30_000 }, (_, n) => ({ n }));
    for (const item of items) list.push(item);
    expect(list.length).toBe(items.length);
    for (const at of [0, 1, 8_191, 8_192, 8_193, 16_384, 29_999]) expect(list.at(at)).toBe(items[at]);
    expect(list.at(30_000)).toBeUndefined();
  });

  it('reads a number never set as undefined, and grows its length to the highest number set', () => {
    const list = new ChunkedList<string>();
    list.set(20_000, 'far');
    list.set(3, 'near');
    expect(list.length).toBe(20_001);
    expect(list.at(20_000)).toBe('far');
    expect(list.at(3)).toBe('near');
    expect(list.at(4)).toBeUndefined();
    expect(list.at(10_000)).toBeUndefined();
    list.push('next');
    expect(list.at(20_001)).toBe('next');
  });
});
