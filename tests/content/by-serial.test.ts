/**
 * What a step worked out per cleaning, found again by the cleaning's serial:
 * a long-lived memo keeps the latest serials only, and a serial it no longer
 * holds is simply not found (the step then works it out again).
 */
import { describe, expect, it } from 'vitest';
import { BySerial } from '../../src/content/inline.js';

describe('BySerial', () => {
  it('finds what was set by serial, and forgets serials far behind the latest', () => {
    const memo = new BySerial<string>();
    memo.set(3, 'three');
    memo.set(99_999, 'late');
    expect(memo.get(3)).toBe('three');
    expect(memo.get(99_999)).toBe('late');
    expect(memo.get(4)).toBeUndefined();

    memo.set(250_000, 'much later');
    expect(memo.get(250_000)).toBe('much later');
    expect(memo.get(3)).toBeUndefined();
    // An older serial is neither found nor kept, and does not push the newer ones out.
    memo.set(5, 'old');
    expect(memo.get(5)).toBeUndefined();
    expect(memo.get(250_000)).toBe('much later');
  });
});
