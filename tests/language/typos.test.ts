/** Typo repair reads a word the board never uses as the board's word one edit away; another form of the same word is no typo. */
import { describe, expect, it } from 'vitest';
import { createTypoRepair } from '../../src/engine/typos.js';
import { stemsOfAny } from '../../src/language/words.js';

describe('typo repair', () => {
  // The board's words are known in any of their forms; a topic's word ("shares") is repaired to without being the board's.
  const board = ['experience', 'apply', 'travel'];
  const known = new Set(board.flatMap(stemsOfAny));
  const repair = createTypoRepair([...board, 'shares'], (word) => stemsOfAny(word).some((form) => known.has(form)));

  it('reads a misspelt word as the board\'s', () => {
    expect(repair('travle')).toBe('travel');
    expect(repair('sharse')).toBe('shares');
  });

  it('keeps another form of a word in its own sense ("shared room" is no "shares")', () => {
    expect(repair('shared')).toBeNull();
  });
});
