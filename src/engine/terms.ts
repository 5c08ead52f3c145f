/**
 * The terms a text is indexed and searched by: each word's stem in the
 * text's language, folded, plus the parts of a hyphenated word. The same
 * function serves passages, headings and posting titles.
 */
import { WEEKDAYS } from '../language/time-words.js';
import { MONTH_IN_TEXT } from '../language/months.js';
import { isStopwordIn } from '../language/stopwords.js';
import { fold, parts, stem, tokenize, type Language } from '../language/words.js';

export function termsOf(text: string, language: Language): string[] {
  return termsOfTokens(tokenize(text), language);
}

/** The same, for a text already split into words. */
export function termsOfTokens(tokens: readonly string[], language: Language): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    for (const part of parts(token)) {
      if (part.length < 2 && !/\d/.test(part) && part !== 'r' && part !== 'c') continue;
      if (isStopwordIn(part, language)) continue;
      terms.push(stem(part, language));
    }
  }
  return terms;
}

/** Term → count. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const TIME_WORDS = /\b(immediate(ly)?|asap|rolling|as soon as|omgående|snarest|fortløpende|löpande|løbende|straks|spring|summer|autumn|fall|winter|våren|høsten|hösten|sommer|sommar|weeks?|months?|uker?|veckor|måneder|månader)\b/i;
// Number words per language ("to" and "fire" are numbers only in some; "en"/"ett" are articles far more often than "one").
// "one"/"én" and "dozen" say a number, not a count.
const NUMBER_WORDS: Record<Language, readonly string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen'],
  nb: ['én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti', 'elleve', 'tolv', 'femten', 'tjue', 'tretti', 'førti', 'femti', 'hundre'],
  sv: ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'femton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra'],
  da: ['to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'femten', 'tyve', 'tredive', 'fyrre', 'halvtreds', 'hundrede'],
};
const NOT_COUNTS = new Set(['one', 'én', 'dozen']);
const byLanguage = <T>(make: (words: readonly string[]) => T): Record<Language, T> => ({ en: make(NUMBER_WORDS.en), nb: make(NUMBER_WORDS.nb), sv: make(NUMBER_WORDS.sv), da: make(NUMBER_WORDS.da) });
const NUMBER_IN_TEXT = byLanguage((words) => new RegExp(`\\b(${words.join('|')})\\b`, 'i'));
const COUNT_WORDS = byLanguage((words) => new Set(words.filter((word) => !NOT_COUNTS.has(word))));
const DIGITS = /(?<![\p{L}\d])\d+(?:[.,]\d+)?(?!\p{L})/u;
const YEAR = /\b(19|20)\d\d\b/g;

export interface Shapes {
  number: boolean;
  amount: boolean;
  /** A date or a time in any form ("rolling", "in the spring" too). */
  date: boolean;
  /** A date on the calendar: figures or a month. */
  calendar: boolean;
  person: boolean;
}

/** What kinds of answer a passage can give. */
export function shapesOf(raw: string, language: Language): Shapes {
  // A list item's own number ("3. The hiring manager …") is not a figure it gives.
  // Nor are a link's digits ("/job/4869874").
  const text = raw.replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, '').replace(LINK, ' ');
  // Dates are not counts: "10. januar 2027", "2027-01-10", "15 January 2027".
  const withoutYears = text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(new RegExp(`\\b\\d{1,2}\\.?\\s+${MONTH_IN_TEXT.source.replace(/^\\b|\\b$/g, '')}`, 'gi'), ' ')
    .replace(YEAR, ' ');
  const digits = DIGITS.test(withoutYears);
  return {
    number: digits || NUMBER_IN_TEXT[language].test(text) || WEEKDAYS.test(text),
    amount: /[$€£¥]|\b(nok|sek|dkk|eur|usd|kr|kroner|kronor|kroner)\b|\d[\d  ,.]*\s?(k|000)\b|\d{2,3}[  .,]\d{3}/i.test(text),
    date: DIGITS.test(text) || MONTH_IN_TEXT.test(text) || TIME_WORDS.test(text),
    calendar: DIGITS.test(text) || MONTH_IN_TEXT.test(text),
    person: /[\w.+-]+@[\w-]+\.[\w.]+/.test(text) || /\b[A-ZÆØÅÄÖ][a-zæøåäöé]+ [A-ZÆØÅÄÖ][a-zæøåäöé]+/.test(text) || /\b(VP|CEO|CTO|COO|CFO|CDO|Head|Director|Manager|Lead|Leader|President|Founder|leder|chef|direktør|direktör|daglig leder)\b/.test(text),
  };
}

const FIGURE = /^\d+([.,\-–]\d+)*$/;
const LINK = /https?:\/\/\S+/;
const LINKS = new RegExp(LINK.source, 'g');
/** How far past a count its word may stand: "3 to 5 people", "fem avdelningar". */
const UNIT_REACH = 4;
const UNIT_WORDS = 3;
const NEAR = 3;
const NO_TOKENS: ReadonlySet<string> = new Set();

/** The words of a text's links that the text never says outside them ("4869874" of "/job/4869874"). */
function linkOnlyTokens(text: string): Set<string> {
  const outside = new Set(tokenize(text.replace(LINKS, ' ')));
  return new Set(tokenize([...text.matchAll(LINKS)].join(' ')).filter((token) => !outside.has(token)));
}
const SHARE = /(\d+(?:[.,]\d+)?)\s?(?:%|prosent|percent|procent)/giu;

/** What a passage's numbers measure: the terms and concepts next to each ("13 ansatte", "3-7 personer", "30 % av overskuddet"). */
export interface Counted {
  terms: Set<string>;
  concepts: Set<string>;
  /** The same, for counts only: a share ("30 % of the profit") is a size, not a count of anything. */
  counts: { terms: Set<string>; concepts: Set<string> };
  /** The words each count is of, up to three after it ("fem avdelningar", "five experienced JavaScript developers"), and their topics. */
  units: { terms: Set<string>; concepts: Set<string> };
}

export function countedIn(text: string, tokens: readonly string[], hits: ReadonlyArray<{ id: string; start: number; end: number }>, language: Language): Counted {
  const counted: Counted = { terms: new Set(), concepts: new Set(), counts: { terms: new Set(), concepts: new Set() }, units: { terms: new Set(), concepts: new Set() } };
  const shares = new Set([...text.matchAll(SHARE)].map((match) => match[1]!));
  const inLinksOnly = LINK.test(text) ? linkOnlyTokens(text) : NO_TOKENS;
  tokens.forEach((token, at) => {
    if (!(FIGURE.test(token) || COUNT_WORDS[language].has(token)) || inLinksOnly.has(token)) return;
    const into = shares.has(token) ? [counted] : [counted, counted.counts];
    const from = Math.max(0, at - NEAR);
    const to = Math.min(tokens.length - 1, at + NEAR);
    for (const sets of into) {
      for (let other = from; other <= to; other += 1) if (other !== at) sets.terms.add(stem(tokens[other]!, language));
      for (const hit of hits) if (hit.end > from && hit.start <= to) sets.concepts.add(hit.id);
    }
    if (shares.has(token)) return;
    // The words after the count up to the next small word: "five experienced JavaScript developers", "10 to 12 software engineers".
    let unit = at + 1;
    while (unit < tokens.length && (FIGURE.test(tokens[unit]!) || COUNT_WORDS[language].has(tokens[unit]!) || isStopwordIn(tokens[unit]!, language))) unit += 1;
    if (unit - at > UNIT_REACH) return;
    for (let word = unit; word < tokens.length && word < unit + UNIT_WORDS && !isStopwordIn(tokens[word]!, language) && !FIGURE.test(tokens[word]!); word += 1) {
      counted.units.terms.add(stem(tokens[word]!, language));
      for (const hit of hits) if (hit.start <= word && word < hit.end) counted.units.concepts.add(hit.id);
    }
  });
  return counted;
}

// A capitalised name of two to four words, small linking words kept ("Infrastructure as Code", "Site Reliability Engineering").
const NAMED_PHRASE = /\b\p{Lu}\p{L}*(?:\s+(?:(?:as|of|and|for|og|och|af|og|for)\s+)?\p{Lu}\p{L}*){1,3}/gu;

/** The initials a passage's capitalised names go by ("IaC", "SRE"): what a question may call them. */
export function initialsIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(NAMED_PHRASE)) {
    const words = match[0].split(/\s+/);
    out.push(fold(words.map((word) => word[0]!).join('').toLowerCase()));
  }
  return out;
}
