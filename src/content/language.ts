/**
 * A small, dependency-free language guesser for English, Norwegian (bokmål)
 * and Swedish. It scores words that only one of the three languages uses,
 * plus the letters that give Norwegian (æ, ø) and Swedish (ä, ö) away, so it
 * works on a heading or a four-word question as well as on a paragraph.
 */
import type { Language } from './types.js';

// Only words that tell the languages apart: "du", "vi", "oss", "har", "kan",
// "som", "med", "om" are shared by nb and sv and would only blur the score.
const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    ('the and is are was were be been being you your yours we our us they their it its ' +
      "it's this that these those what what's whats how who whom where when why which " +
      'do does did will would should could can\'t don\'t there here\'s of with from by ' +
      'about an a or not no my me am if any much many salary pay paid apply applying ' +
      'application hiring job work working remote travel traveling travelling position ' +
      'role office offices people also just than into on in to get got have has had hi hello thanks').split(' '),
  ),
  nb: new Set(
    ('og ikke jeg er et hva hvordan hvorfor hvem hvor hvilke hvilken hvis når meg deg seg ' +
      'dere hun noe noen mye etter også fra til bare nå skal vil være gjerne lønn ' +
      'lønnen lønna søke søker søknad søknaden søk stillingen arbeid arbeidstid jobbe ' +
      'hjemme hjemmekontor reise reising mange kunne sammen enn der slik ønsker dine ' +
      'våre selskapet ansatte finnes fordi mellom uten hei takk hjelp').split(' '),
  ),
  sv: new Set(
    ('och inte jag är vad hur varför vem vilka vilken när mig dig sig ni hon något ' +
      'några mycket efter också från till bara nu ska vill vara gärna lön lönen söka ' +
      'ansöka ansöker ansökan sök tjänsten arbete arbetstid jobba hemma hemifrån resa ' +
      'resor många kunna tillsammans än där sådan önskar dina våra företaget anställda ' +
      'finns eftersom mellan utan att hej tack hjälp').split(' '),
  ),
};

/** How much text settles a language: a few sentences. Reading a whole posting only costs time. */
export const LANGUAGE_SAMPLE = 300;

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/**
 * Word characters (a-z, digits, the apostrophe and the letters below) as
 * columns of a transition table; -1 ends a word. Every one of them is below 256.
 */
const COLUMN = new Int16Array(256).fill(-1);
[..."abcdefghijklmnopqrstuvwxyz0123456789'æøåäöéèêüáàíóúñçß"].forEach((char, column) => (COLUMN[char.charCodeAt(0)] = column));
const COLUMNS = 54;
const APOSTROPHE_COLUMN = COLUMN[APOSTROPHE]!;
const NORWEGIAN = [...'æø'].map((letter) => COLUMN[letter.charCodeAt(0)]!);
const SWEDISH = [...'äö'].map((letter) => COLUMN[letter.charCodeAt(0)]!);

/**
 * The stopwords as a trie in one flat table (state × column -> next state, 0
 * for none; state 1 is the root), so a word is looked up while it is scanned,
 * without cutting it out: this runs for every section of every posting.
 */
const { transitions, languagesAt } = (() => {
  const next: number[] = new Array<number>(COLUMNS * 2).fill(0);
  const languages: number[] = [0, 0];
  (['en', 'nb', 'sv'] as const).forEach((language, bit) => {
    for (const word of STOPWORDS[language]) {
      let state = 1;
      for (const char of word) {
        const slot = state * COLUMNS + COLUMN[char.charCodeAt(0)]!;
        if (next[slot] === 0) {
          next[slot] = languages.length;
          languages.push(0);
          for (let column = 0; column < COLUMNS; column++) next.push(0);
        }
        state = next[slot]!;
      }
      languages[state] = languages[state]! | (1 << bit);
    }
  });
  return { transitions: Int32Array.from(next), languagesAt: Uint8Array.from(languages) };
})();

/**
 * The language of `text`, or `fallback` when the text gives too little
 * evidence or two languages score the same.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  const { en, nb, sv } = scoreLanguages(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text);
  const best = Math.max(en, nb, sv);
  // No evidence, or a tie for the lead: the text does not say.
  if (best === 0 || (en === best ? 1 : 0) + (nb === best ? 1 : 0) + (sv === best ? 1 : 0) > 1) return fallback;
  return en === best ? 'en' : nb === best ? 'nb' : 'sv';
}

/**
 * Evidence per language; exported for tests and for callers that want a confidence.
 * One pass over the characters: it runs for every section of every posting.
 */
export function scoreLanguages(text: string): Record<Language, number> {
  const scores: Record<Language, number> = { en: 0, nb: 0, sv: 0 };
  const lower = text.toLowerCase();
  let inWord = false;
  let norwegian = false;
  let swedish = false;
  // The word's state in the trie (0 once it left it), and the state one letter earlier: a trailing apostrophe does not count.
  let state = 1;
  let before = 0;
  let lastWasApostrophe = false;
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 32;
    const column = code < 256 ? COLUMN[code]! : code === CURLY_APOSTROPHE ? APOSTROPHE_COLUMN : -1;
    if (column !== -1) {
      inWord = true;
      if (code > 127) {
        norwegian ||= NORWEGIAN.includes(column);
        swedish ||= SWEDISH.includes(column);
      }
      before = state;
      state = state === 0 ? 0 : transitions[state * COLUMNS + column]!;
      lastWasApostrophe = column === APOSTROPHE_COLUMN;
      continue;
    }
    if (!inWord) continue;
    if (norwegian) scores.nb += 1;
    if (swedish) scores.sv += 1;
    const languages = languagesAt[lastWasApostrophe ? before : state]!;
    if (languages & 1) scores.en += 1;
    if (languages & 2) scores.nb += 1;
    if (languages & 4) scores.sv += 1;
    inWord = norwegian = swedish = lastWasApostrophe = false;
    state = 1;
    before = 0;
  }
  return scores;
}

/**
 * `parts`, then the texts of `passages`, joined as far as detectLanguage
 * reads, without joining a long text whole (or listing every passage).
 */
export function leadingText(parts: readonly string[], passages: readonly { text: string }[] = []): string {
  let text = '';
  // Each part cut to what is left of the sample, so the result is never longer than the sample.
  const add = (part: string) => {
    const joined = text === '' ? part : `${text} ${part}`;
    text = joined.length > LANGUAGE_SAMPLE ? (text === '' ? part.slice(0, LANGUAGE_SAMPLE) : `${text} ${part.slice(0, LANGUAGE_SAMPLE - text.length - 1)}`) : joined;
    return text.length >= LANGUAGE_SAMPLE;
  };
  for (const part of parts) if (add(part)) return text;
  for (const passage of passages) if (add(passage.text)) return text;
  return text;
}

/** Front-matter spellings of a language ("En", "no", "se", "svenska") to a Language, or null. */
export function parseLanguageValue(value: string): Language | null {
  const key = value.trim().toLowerCase().replace(/_/g, '-');
  if (/^(en|eng|english|engelsk|engelska)(-[a-z]+)?$/.test(key)) return 'en';
  if (/^(nb|no|nn|nob|nor|norsk|norwegian|bokmål|bokmal)(-[a-z]+)?$/.test(key)) return 'nb';
  if (/^(sv|se|swe|svenska|swedish|svensk)(-[a-z]+)?$/.test(key)) return 'sv';
  return null;
}
