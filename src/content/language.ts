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

/** Anything that is not part of a word; apostrophes stay inside words ("what's"). */
const NOT_WORD = /[^a-z0-9æøåäöéèêüáàíóúñçß']+/;

/**
 * The language of `text`, or `fallback` when the text gives too little
 * evidence or two languages score the same.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  // A few sentences settle the language; reading a whole posting only costs time.
  const scores = scoreLanguages(text.length > 300 ? text.slice(0, 300) : text);
  const ranked = (Object.keys(scores) as Language[]).sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  if (scores[best] === 0 || scores[best] === scores[second]) return fallback;
  return best;
}

/** Evidence per language; exported for tests and for callers that want a confidence. */
export function scoreLanguages(text: string): Record<Language, number> {
  const scores: Record<Language, number> = { en: 0, nb: 0, sv: 0 };
  for (const raw of text.toLowerCase().replace(/’/g, "'").split(NOT_WORD)) {
    if (raw === '') continue;
    const word = raw.endsWith("'") ? raw.slice(0, -1) : raw;
    if (word.includes('æ') || word.includes('ø')) scores.nb += 1;
    if (word.includes('ä') || word.includes('ö')) scores.sv += 1;
    if (STOPWORDS.en.has(word)) scores.en += 1;
    if (STOPWORDS.nb.has(word)) scores.nb += 1;
    if (STOPWORDS.sv.has(word)) scores.sv += 1;
  }
  return scores;
}

/** Front-matter spellings of a language ("En", "no", "se", "svenska") to a Language, or null. */
export function parseLanguageValue(value: string): Language | null {
  const key = value.trim().toLowerCase().replace(/_/g, '-');
  if (/^(en|eng|english|engelsk|engelska)(-[a-z]+)?$/.test(key)) return 'en';
  if (/^(nb|no|nn|nob|nor|norsk|norwegian|bokmål|bokmal)(-[a-z]+)?$/.test(key)) return 'nb';
  if (/^(sv|se|swe|svenska|swedish|svensk)(-[a-z]+)?$/.test(key)) return 'sv';
  return null;
}
