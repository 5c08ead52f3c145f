import { describe, expect, it } from 'vitest';
import { createAnchors, slugify } from '../../src/content/anchor.js';
import { detectLanguage, leadingText, parseLanguageValue, scoreLanguages } from '../../src/content/language.js';

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

describe('scoreLanguages', () => {
  it('counts words whole, in any case, with straight or curly apostrophes', () => {
    expect(scoreLanguages("WHAT'S the pay? It’s remote.")).toEqual({ en: 5, nb: 0, sv: 0 });
    // A trailing apostrophe is not part of the word; an inner one is.
    expect(scoreLanguages("what' whats' the'")).toEqual({ en: 3, nb: 0, sv: 0 });
    // Stopwords inside longer words do not count ("theory" is not "the").
    expect(scoreLanguages('theory andromeda isolated')).toEqual({ en: 0, nb: 0, sv: 0 });
  });

  it('counts Norwegian and Swedish letters once per word, upper case too, on top of the stopwords', () => {
    // lønn: a letter and a stopword; søknad: the same; æøæø: one word, one letter count.
    expect(scoreLanguages('LØNN Søknad æøæø')).toEqual({ en: 0, nb: 5, sv: 0 });
    expect(scoreLanguages('ÖVER lön ansökan')).toEqual({ en: 0, nb: 0, sv: 5 });
    expect(scoreLanguages('och inte jag')).toEqual({ en: 0, nb: 0, sv: 3 });
  });

  it('splits on anything that is not a letter, digit or apostrophe', () => {
    expect(scoreLanguages('salary/pay—remote,travel…the')).toEqual({ en: 5, nb: 0, sv: 0 });
  });
});

describe('leadingText', () => {
  it('joins parts only as far as language detection reads', () => {
    const long = 'x'.repeat(400);
    expect(leadingText(['Salary', 'The range is 60 000 NOK.'])).toBe('Salary The range is 60 000 NOK.');
    expect(leadingText(['Salary', long, 'never read'])).toBe(`Salary ${long}`.slice(0, 300));
    expect(leadingText(['', 'Salary'], [{ text: 'The range' }, { text: long }, { text: 'never read' }])).toBe(`Salary The range ${long}`.slice(0, 300));
    expect(leadingText([long])).toBe(long.slice(0, 300));
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
