/** The alias and occupation groups: each word stands for one group's others only. */
import { describe, expect, it } from 'vitest';
import { ALIAS_GROUPS, aliasMap } from '../../src/language/aliases.js';

const wordsOf = (group: string) => [...new Set(group.split(',').map((word) => word.trim().toLowerCase()))];

describe('alias groups', () => {
  it('put no word in two groups, so that a word never stands for two things', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const group of ALIAS_GROUPS) {
      for (const word of wordsOf(group)) {
        if (seen.has(word)) twice.push(`${word}: "${seen.get(word)}" and "${group}"`);
        seen.set(word, group);
      }
    }
    expect(twice).toEqual([]);
  });

  it('link a job asked in English to its Nordic titles', () => {
    expect(aliasMap().get('plumber')).toEqual(expect.arrayContaining(['rørlegger', 'rörmokare']));
    expect(aliasMap().get('bus driver')).toEqual(expect.arrayContaining(['bussjåfør', 'bussförare']));
  });
});
