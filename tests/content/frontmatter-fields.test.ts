import { describe, expect, it } from 'vitest';
import { frontMatterSchema, plainFields } from '../../src/content/frontmatter.js';

describe('front-matter fields without the schema', () => {
  it('gives what the schema gives for plain values, and leaves every other shape to it', () => {
    const values: unknown[] = [
      'Platform Engineer', '  padded  ', '', 42, 3.5, null, undefined, true, false, 'true', ' Yes ', 'NO', 'maybe', 'constructor',
      'toString', Infinity, -Infinity, NaN, '2024-02-20', '2024-2-3', '2024-13-01', 20240220, new Date('2024-02-20'), ['a'], { a: 1 },
    ];
    let fast = 0;
    for (const key of ['title', 'intro', 'description', 'team', 'location', 'language', 'sidebarlinkurl', 'draft', 'date', 'weight']) {
      for (const value of values) {
        const record = { title: 'Data Engineer', [key]: value };
        const schema = frontMatterSchema().safeParse(record);
        const plain = plainFields(record);
        if (plain === null) continue;
        fast += 1;
        expect(schema.success, `${key}: ${String(value)}`).toBe(true);
        expect(plain.data, `${key}: ${String(value)}`).toEqual(schema.data);
      }
    }
    // Most plain shapes take the fast path; the rest (lists, dates, "maybe" drafts) only the schema reads.
    expect(fast).toBeGreaterThan(150);
    expect(plainFields({ title: 'X', draft: 'maybe' })).toBeNull();
    expect(plainFields({ title: 'X', draft: 'constructor' })).toBeNull();
    expect(plainFields({ title: ['X'] })).toBeNull();
    expect(plainFields({ title: 'X', date: new Date('2024-02-20') })).toBeNull();
    // YAML reads `1e999` and `.nan` as numbers the schema refuses: the posting is still refused.
    expect(plainFields({ title: Infinity })).toBeNull();
    expect(plainFields({ title: 'X', date: Number.NaN })).toBeNull();
  });
});
