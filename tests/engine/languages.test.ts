/**
 * Candor's own words follow the question's language (en, nb, sv); what it
 * quotes stays in the posting's language, word for word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { BUNDLED, FIXTURES, ask, expectQuotedAnswer, load } from './helpers.js';

let bundled: CandorEngine;
let fixtures: CandorEngine;
beforeAll(async () => {
  [bundled, fixtures] = await Promise.all([load(BUNDLED), load(FIXTURES)]);
});

const CLARIFY = { en: 'Which role do you mean?', nb: 'Hvilken stilling mener du?', sv: 'Vilken tjänst menar du?' } as const;
const HANDOFF_WHO = { en: "I've passed your question to", nb: 'Jeg har sendt spørsmålet ditt til', sv: 'Jag har skickat din fråga till' } as const;
const HELP = { en: 'Hi! I answer questions', nb: 'Hei! Jeg svarer på spørsmål', sv: 'Hej! Jag svarar på frågor' } as const;
type Lang = keyof typeof CLARIFY;
const others = (language: Lang) => (Object.keys(CLARIFY) as Lang[]).filter((other) => other !== language);

describe('clarify in the question\'s language', () => {
  const cases: [Lang, string][] = [
    ['en', "What's the salary?"],
    ['nb', 'Hva er lønnen?'],
    ['sv', 'Vad är lönen?'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: ${text}`, () => {
      for (const engine of [bundled, fixtures]) {
        const reply = ask(engine, text);
        expect(reply.kind).toBe('clarify');
        expect(reply.language).toBe(language);
        expect(reply.text.startsWith(CLARIFY[language])).toBe(true);
        for (const other of others(language)) expect(reply.text).not.toContain(CLARIFY[other]);
        // Titles are the postings' own words, never translated.
        for (const choice of reply.choices) expect(reply.text).toContain(choice.title);
      }
    });
  }
});

describe('answers: Candor\'s lead-in translated, the quote as written', () => {
  it('en question, Norwegian posting: "From", Norwegian quote', () => {
    const reply = ask(bundled, 'is there on-call for the infrastrukturingenior?');
    expectQuotedAnswer(reply, BUNDLED, 'infrastrukturingenior', 'Vi styrker infrastrukturteamet vårt!');
    expect(reply.language).toBe('en');
    expect(reply.text.startsWith('From "')).toBe(true);
    expect(reply.text).toContain('omtrent hver sjette uke');
  });

  it('nb question, English posting: "Fra", English quote', () => {
    const reply = ask(bundled, 'Blir det reising i k8s-teamet?');
    expectQuotedAnswer(reply, BUNDLED, 'kubernetes-team-lead', 'Team Lead for our Kubernetes team');
    expect(reply.language).toBe('nb');
    expect(reply.text.startsWith('Fra "')).toBe(true);
    expect(reply.text).toContain('We gather the team approximately every quarter');
  });

  it('sv question, Norwegian posting: "Från", Norwegian quote', () => {
    const reply = ask(bundled, 'Hur mycket reser man som infrastrukturingenjör?');
    expectQuotedAnswer(reply, BUNDLED, 'infrastrukturingenior', 'Vi styrker infrastrukturteamet vårt!');
    expect(reply.language).toBe('sv');
    expect(reply.text.startsWith('Från "')).toBe(true);
    expect(reply.text).toContain('Vi forsøker å samle teamet omtrent én gang i kvartalet');
  });

  it('sv question, bilingual posting: quotes the Swedish on-call section as written', () => {
    const reply = ask(fixtures, 'Hur är jouren för cloud network engineer?');
    expectQuotedAnswer(reply, FIXTURES, 'cloud-network-engineer', 'Cloud Network Engineer');
    expect(reply.language).toBe('sv');
    expect(reply.text).toContain('ungefär en vecka av fem');
  });
});

describe('handoff in the question\'s language', () => {
  const cases: [Lang, string][] = [
    ['en', 'How many vacation days does a devops engineer get?'],
    ['nb', 'Hvor mange feriedager får en devops engineer?'],
    ['sv', 'Hur många semesterdagar får en devops engineer?'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: ${text}`, () => {
      const reply = ask(fixtures, text);
      expect(reply.kind).toBe('handoff');
      expect(reply.language).toBe(language);
      expect(reply.text).toContain(`${HANDOFF_WHO[language]} Sofia Lindqvist (sofia.lindqvist@safespring.com)`);
      for (const other of others(language)) expect(reply.text).not.toContain(HANDOFF_WHO[other]);
      expect(reply.text).toContain('DevOps Engineer');
    });
  }
});

describe('help in the greeting\'s language', () => {
  const cases: [Lang, string][] = [
    ['en', 'hello?'],
    ['nb', 'hei'],
    ['sv', 'hej'],
    ['sv', 'hjälp'],
  ];
  for (const [language, text] of cases) {
    it(`${language}: ${text}`, () => {
      const reply = ask(fixtures, text);
      expect(reply.kind).toBe('help');
      expect(reply.language).toBe(language);
      expect(reply.text.startsWith(HELP[language])).toBe(true);
    });
  }

  // BUG: the help's example question is always English (engine.ts
  // exampleQuestion): "hei" gets «Prøv: «Is there on-call for the Cloud Network Engineer?»».
  it('the example question in nb/sv help is not English', () => {
    for (const text of ['hei', 'hej']) expect(ask(fixtures, text).text).not.toContain('Is there on-call for');
  });

  // BUG: bare "hjelp" (Norwegian for help, one of analyze.ts HELP_WORDS) is
  // answered in English: detectLanguage has no Norwegian evidence in it.
  it('"hjelp" gets Norwegian help', () => {
    expect(ask(fixtures, 'hjelp').language).toBe('nb');
  });
});

describe('a bilingual posting answers in the asker\'s language', () => {
  it('quotes the Swedish half to a Swedish question and the English half to an English one', () => {
    const swedish = ask(fixtures, 'Vad är lönen för cloud network engineer?');
    expect(swedish.kind).toBe('answer');
    expect(swedish.text).toContain('Månadslönen för rollen är 60 000 – 75 000 kronor');
    const english = ask(fixtures, 'What is the salary for the cloud network engineer?');
    expect(english.kind).toBe('answer');
    expect(english.text).toContain('The monthly salary for this role is 60 000 – 75 000 SEK');
  });
});
