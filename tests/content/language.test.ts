import { describe, expect, it } from 'vitest';
import { createAnchors, slugify } from '../../src/content/anchor.js';
import { detectLanguage, parseLanguageValue } from '../../src/content/language.js';

describe('detectLanguage', () => {
  it.each([
    ['hva er lønnen?', 'nb'],
    ['vad är lönen?', 'sv'],
    ["what's the salary", 'en'],
    ['Hvordan søker jeg', 'nb'],
    ['Hur ansöker jag', 'sv'],
    ['kan jeg jobbe hjemmefra?', 'nb'],
    ['kan jag jobba hemifrån?', 'sv'],
    ['Is this job remote?', 'en'],
    ['Vi forsøker å samle teamet omtrent én gang i kvartalet, vanligvis et sted i Skandinavia.', 'nb'],
    ['Vi försöker samla teamet ungefär en gång per kvartal, och vi vill att du är med.', 'sv'],
  ] as const)('%s -> %s', (text, language) => {
    expect(detectLanguage(text, 'en')).toBe(language);
    // The answer does not depend on the fallback when the text says enough.
    expect(detectLanguage(text, language === 'sv' ? 'nb' : 'sv')).toBe(language);
  });

  it('falls back when the text is too short or ambiguous', () => {
    expect(detectLanguage('', 'sv')).toBe('sv');
    expect(detectLanguage('OpenStack Ceph Kubernetes', 'nb')).toBe('nb');
    expect(detectLanguage('du vi oss har kan', 'sv')).toBe('sv');
  });
});

describe('parseLanguageValue', () => {
  it.each([
    ['En', 'en'],
    ['en', 'en'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['sv', 'sv'],
    ['se', 'sv'],
    ['sv-SE', 'sv'],
    ['dk', null],
  ] as const)('%s -> %s', (value, language) => expect(parseLanguageValue(value)).toBe(language));
});

describe('anchors', () => {
  it('folds Nordic letters and punctuation', () => {
    expect(slugify('Hvordan er lønnen?')).toBe('hvordan-er-lonnen');
    expect(slugify('Vår drømmekandidat')).toBe('var-drommekandidat');
    expect(slugify('Hur är lönen för en ingenjör?')).toBe('hur-ar-lonen-for-en-ingenjor');
    expect(slugify('Ærlig talt')).toBe('aerlig-talt');
    expect(slugify('What’s in it for you?')).toBe('what-s-in-it-for-you');
    expect(slugify('Café résumé')).toBe('cafe-resume');
  });

  it('keeps anchors unique within a posting and gives the lead-in none', () => {
    const anchor = createAnchors();
    expect(anchor('')).toBe('');
    expect(anchor('FAQ')).toBe('faq');
    expect(anchor('FAQ')).toBe('faq-1');
    expect(anchor('faq')).toBe('faq-2');
    expect(anchor('?!')).toBe('section');
    expect(anchor('Salary', 'pay')).toBe('pay');
  });
});
