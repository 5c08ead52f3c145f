/**
 * "I'm 17 / I don't speak Swedish / I have no licence — can I still apply?":
 * whether the asker, as the message describes them, may apply. What is asked
 * is then what the message says of the asker, not how to apply.
 */

import { isMonth } from '../language/months.js';
import { tokenize } from '../language/words.js';
import { AGE, ASKING_WORDS, DONE, ELIGIBLE, FIRST_PERSON, PAST, PAY_ASKED, SPELL_SAID } from '../language/asker.js';

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

const AGES = new RegExp(AGE.source, 'giu');
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
