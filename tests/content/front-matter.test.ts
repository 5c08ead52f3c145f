/**
 * Front matter as companies write it: TOML keys in Danish or Swedish letters
 * (bare keys TOML 1.1 allows), and a broken document still reported with its line.
 */
import { describe, expect, it } from 'vitest';
import { FrontMatterError, readFrontMatter } from '../../src/content/front-matter.js';

describe('TOML front matter', () => {
  it('reads bare keys written with Nordic letters, and tables under them', () => {
    const read = readFrontMatter('+++\ntitle = "Procesoperatør"\nansættelsestype = "Fastansættelse"\n[kontakt]\nnavn = "Jannik Holm"\n[ansøgning]\nfrist = "1. marts"\n+++\n\nBody\n');
    expect(read.data).toMatchObject({ title: 'Procesoperatør', ansættelsestype: 'Fastansættelse', kontakt: { navn: 'Jannik Holm' }, ansøgning: { frist: '1. marts' } });
    expect(read.body.trim()).toBe('Body');
  });

  it('still reports a document that is broken for another reason, with its line', () => {
    let caught: unknown;
    try {
      readFrontMatter('+++\ntitle = "Laborant"\nlønn = \n+++\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrontMatterError);
    expect((caught as FrontMatterError).line).toBe(3);
  });
});
