/**
 * "I'm 17 / I don't speak Swedish / I have no licence — can I still apply?":
 * whether the asker, as the message describes them, may apply. What is asked
 * is then what the message says of the asker, not how to apply.
 */

import { isMonth } from '../language/months.js';
import { tokenize } from '../language/words.js';

/** The asking sentence of such a question, in the four languages. */
const ELIGIBLE = new RegExp(
  [
    String.raw`(?<!\b(?:how|where|when|hvordan|hur|hvor|var|när|når)\s)\b(can|could|may|should) (i|we|one) (still |even |also )?(apply|be considered|take the|take this|get the|get this)\b`,
    String.raw`\b(rule|rules) me out\b`,
    String.raw`\b(is it|is that|would it be) (even |still )?worth (applying|it|a shot)\b`,
    String.raw`\b(would|will) i (still |even )?be considered\b`,
    String.raw`\beligible\b`,
    String.raw`\b(is|would) (that|this|it|my [\p{L}-]+) (be )?(a )?(problem|dealbreaker|deal breaker|issue)\b`,
    String.raw`\bkan (jag|jeg|eg|man|ein|en) (\p{L}+ )?(ändå |likevel |likevel |alligevel |ogs[åa] |fortsatt )?(söka|søke|søkje|søge|sök|søk)\b`,
    String.raw`(?:^|[^\p{L}])(går|gaar) det (att|an å|an a) (söka|søke|søkje|søge)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(är|er) det (ett|et) (problem|hinder)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(holder|räcker|rækker|duger) (det|den)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(er|är) (det|den) (nok|tillräckligt|tilstrækkeligt)(?=\s*(?:$|[?.!,]|(?:til|for|för|till|med)\s))`,
    String.raw`\b(is|would) (that|this|it) (be )?enough\b`,
    String.raw`\b(diskvalificerer|diskvalificerar|utelukker|utesluter) (det|det) mig\b`,
  ].join('|'),
  'iu',
);

/** "I'm 17", "jag är 17", "er 16 år", "17 years old": the asker's age. */
const AGE = /(?:^|[^\p{L}\d])(?:i'?m|i am|jag är|jeg er|eg er|er|är)\s+(1[3-9]|[2-6]\d)(?!\s*(?:%|prosent|procent|kr|sek|nok|dkk|k\b|\.\s*\p{L}|[.,]\d|min|minutes|km|mil|timer|hours|år (?:erfaring|erfarenhet)|years? (?:of|experience)|personer|people|persons|ansatte|anställda|medarbejdere|medarbetare|employees|members|medlemmer|stk|st\b))|(?:^|[^\p{L}\d])(1[3-9]|[2-6]\d)\s*(?:years old|yo\b|år gammel|år gammal|år gamle|år(?:,|$|\s+(?!erfaring|erfarenhet|erfaren)))/iu;

/** The words of the asking phrase itself: never the thing it asks of ("would my stutter be a problem?" asks of a stutter). */
const ASKING_WORDS: ReadonlySet<string> = new Set(['rule', 'rules', 'me', 'out', 'worth', 'applying', 'apply', 'considered', 'eligible', 'problem', 'issue', 'dealbreaker', 'deal', 'breaker', 'shot', 'holder', 'enough', 'nok', 'tillräckligt', 'tilstrækkeligt']);

export interface Eligibility {
  /** The message asks whether its asker may apply. */
  asks: boolean;
  /** The age the asker gives, as written: a fact about them, not a figure a passage must hold. */
  age: string | null;
  /** The words that ask it ("rule me out", "worth applying"): how it is asked, not what. */
  phrase: ReadonlySet<string>;
}

export function eligibilityOf(asking: readonly string[], text: string): Eligibility {
  const match = asking.map((sentence) => ELIGIBLE.exec(sentence)).find(Boolean);
  if (!match) return { asks: false, age: null, phrase: new Set() };
  const age = AGE.exec(text);
  return { asks: true, age: age ? (age[1] ?? age[2])! : null, phrase: new Set(tokenize(match[0]).filter((token) => ASKING_WORDS.has(token))) };
}

/** What of a word the reading changes. */
interface Word {
  token: string;
  concept: boolean;
  concepts: string[];
  place: boolean;
  asked: boolean;
}

/** The question as read so far. */
interface Read {
  words: Word[];
  concepts: Set<string>;
  conceptGroups: string[][];
  conceptWords: Map<string, Set<string>>;
}

/** Asked whether one may apply: the asker's age and what they say of themselves are asked, not how to apply. */
export function whetherToApply(eligibility: Eligibility, described: { topics: ReadonlySet<string>; words: readonly Word[] }, read: Read): void {
  const { words, concepts, conceptGroups, conceptWords } = read;
  for (const word of words) if (!word.concept && eligibility.phrase.has(word.token)) word.asked = false;
  const said = new Set(described.topics);
  if (eligibility.age) {
    said.add('age');
    concepts.add('age');
    conceptWords.set('age', new Set([eligibility.age]));
    for (const word of words) if (word.token === eligibility.age) word.asked = false;
  }
  // Each clause asked must meet what the asker said of themselves as well; the other words asked name the role ("sommarjobb på äldreboende").
  if (said.size) {
    if (conceptGroups.length === 0) conceptGroups.push([]);
    for (const group of conceptGroups) for (const concept of said) if (!group.includes(concept)) group.push(concept);
    for (const word of words) if (!word.concept) word.asked = false;
  } else {
    // No topic said, a few words ("Jeg er nyutdannet sosionom"): those words are what the posting must speak of. A life story is not.
    const own = described.words.filter((word) => !word.concept && !word.place);
    if (own.length > 0 && own.length <= 3) for (const word of own) word.asked = true;
  }
  if (![...concepts].some((concept) => concept !== 'apply')) return;
  concepts.delete('apply');
  conceptWords.delete('apply');
  for (let at = conceptGroups.length - 1; at >= 0; at -= 1) {
    conceptGroups[at] = conceptGroups[at]!.filter((concept) => concept !== 'apply');
    if (conceptGroups[at]!.length === 0) conceptGroups.splice(at, 1);
  }
  for (const word of words) if (word.concepts.length > 0 && word.concepts.every((concept) => concept === 'apply')) word.asked = false;
}

/** "I've been a nurse for 4 years", "har 8 mdr på ro-pax", "sedan 2 år": how long the asker has done something, said with a word for themselves. */
const SPELL_SAID = /(?:^|[^\p{L}\d])(?:for|i|in|sedan|siden|since|har|have|with|med|about|like|around|nearly|almost|over|ca|cirka|omkring|nesten|næsten|nästan|snart|and|og|och|plus|\+|~)\s*(\d{1,2})\s*\+?\s*(?:års|år|years?|yrs?|mdr|måneder|månader|months?|mos)(?![\p{L}])/giu;
const PAY_ASKED = /(?:^|[^\p{L}])(pay|paid|salary|earn|wage|lønn\p{L}*|løn\p{L}*|lön\p{L}*|tjene|tjäna)(?:[^\p{L}]|$)/iu;
const FIRST_PERSON = /(?:^|[^\p{L}'])(i|i'm|im|i've|ive|jeg|jag|eg|my|min|mitt|mine|mina|har|have|has been|sedan|siden|since)(?![\p{L}'])/iu;

const AGES = new RegExp(AGE.source, 'giu');
const PAST = /(?<!\p{L})(?:moved|graduated|finished|started|did|gjorde|tok|tog|flyttet|flytta|flyttade|flyttede|ble|blei|blev|fikk|fick|fik|began|begynte|började|begyndte)(?!\p{L})/iu;
/** "Ble ferdig i desember", "fikk lappen i oktober", "jag fyller 18 i maj": a month something happens to the asker in. */
const DONE = /(?<!\p{L})(?:ferdig|færdig|färdig|finish(?:ed|ing)?|graduat(?:e|ed|ing)|examen|uteksaminert|fikk|fekk|fick|fik|fått|got|passed|bestod|fyller|fylder|fylle|fyllde|fylte|turn|turns|turning)(?!\p{L})/iu;
/** "Gjorde turnus i 2012", "moved here in 2024": a year gone by is when something happened to the asker. */
const YEAR = /(?<![\p{L}\d.,])(19[5-9]\d|20\d\d)(?![\p{L}\d%]|[.,]\d)/gu;

/** The figures the asker says of themselves (an age, how long they have done something, a year gone by): facts about them, not figures a passage must hold. */
export function figuresOfTheAsker(sentence: string, boardYear = 0): Set<string> {
  const figures = new Set<string>();
  for (const match of sentence.matchAll(AGES)) figures.add((match[1] ?? match[2])!);
  // "Is the 2024 bonus paid out?" asks of a year; "gjorde turnus i 2012" tells one, said of the asker or in the past.
  if (FIRST_PERSON.test(sentence) || PAST.test(sentence)) for (const match of sentence.matchAll(YEAR)) if (Number(match[1]) < boardYear) figures.add(match[1]!);
  if (FIRST_PERSON.test(sentence) && DONE.test(sentence)) {
    // Only the month said with what happened ("ferdig i juni"), not one asked beside it ("ferie i juli").
    const tokens = tokenize(sentence);
    tokens.forEach((token, at) => {
      if (DONE.test(token)) for (const near of tokens.slice(at + 1, at + 7)) if (isMonth(near)) figures.add(near);
    });
  }
  // "With 4 years' experience, what would it pay?": pay may go by experience, so the figure is asked then.
  if (!FIRST_PERSON.test(sentence) || PAY_ASKED.test(sentence)) return figures;
  for (const match of sentence.matchAll(SPELL_SAID)) figures.add(match[1]!);
  return figures;
}
