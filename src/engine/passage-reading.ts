/**
 * How one passage or heading is read for topics: its words matched once, an
 * address taken as contact, a figure noticed, its strongest sentence weighed.
 */
import type { Placement } from './placement.js';
import type { Lexeme, TopicMatcher } from './topics.js';
import { ownEvidence } from './topic-fit.js';
import { TopicScores } from './topic-scores.js';
import { terms, words } from './text.js';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** Number words that are not also ordinary words ("en", "to" and "ni" are, in some language). */
export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty tre fire fem seks sju syv atte tolv tjue tva fyra atta nio tio tjugo'.split(' '),
);

/**
 * A heading read once for every section that carries it: boards repeat their
 * headings ("About the team") thousands of times.
 */
const headings = new WeakMap<TopicMatcher, Map<string, HeadingReading>>();

export interface HeadingReading {
  topics: ReadonlyMap<string, number>;
  terms: ReadonlySet<string>;
  /** The section's topic label (its heading's topics), shared by every section with this heading. */
  labels: string[];
}

export function readHeading(text: string, matcher: TopicMatcher, corpusWords: Set<string>): HeadingReading {
  let cache = headings.get(matcher);
  if (!cache) headings.set(matcher, (cache = new Map()));
  const known = cache.get(text);
  if (known) return known;
  const headingWords = words(text);
  for (const word of headingWords) corpusWords.add(word);
  const topics = matcher.match(headingWords, 'question').scores;
  const read = { topics, terms: new Set(terms(text)), labels: labelTopics(topics.keys(), []) };
  cache.set(text, read);
  return read;
}

/** What a passage's text alone says: the same for every passage with that text. */
export interface PassageReading {
  /** Distinct stemmed terms, for the inverted index: a list, as tens of thousands of small sets were a build's largest tables. Replaced by a shared empty list once `termIds` has them. */
  terms: readonly string[];
  ownTopics: TopicScores;
  ownTotal: number;
  hasNumber: boolean;
  wordCount: number;
  /** Where passages with this text go under the first heading it was seen under (set by placement.ts). */
  placed: Placement | undefined;
  /** `terms` as numbers of the building index's term lists (set by placement.ts; a reading lives for one build). */
  termIds: readonly number[] | undefined;
  /** Its own topics as a label (labelTopics), shared like every label. */
  labels: string[];
}

/**
 * A passage read for the index. Boards repeat passages ("Collective
 * bargaining agreement", a company's benefits list) across many postings, so
 * callers pass one `memo` per build and each distinct text is read once;
 * passages that share a text share the reading (the index adds `placed` and `termIds` to it, see placement.ts).
 */
export function readPassage(text: string, matcher: TopicMatcher, corpusWords: Set<string>, memo: Map<string, PassageReading>): PassageReading {
  const known = memo.get(text);
  if (known) return known;
  // A long passage is read sentence by sentence once: its words are the sentences' words (no word spans the space after a full stop).
  const sentences = text.length < SENTENCE_READING_MIN ? null : text.split(/(?<=[.!?])\s+/);
  const sentenceWords = sentences && sentences.length > 1 ? sentences.map(words) : null;
  const passageWords = sentenceWords ? concat(sentenceWords) : words(text);
  // Each word looked up once, for the terms here and for the topic matches below.
  const lexemes = passageWords.map(matcher.lexeme);
  const distinct = new Set<string>();
  let hasNumber = false;
  passageWords.forEach((word, at) => {
    corpusWords.add(word);
    const { numeric, stop, stem } = lexemes[at]!;
    hasNumber ||= numeric || NUMBER_WORDS.has(word);
    if (!stop && (word.length > 1 || numeric)) distinct.add(stem);
  });
  const matched = passageTopics(text, passageWords, matcher, lexemes);
  const ownTopics = TopicScores.from(matched, sentenceWords && matched.size > 0 ? strongestSentences(sentenceWords, lexemes, matcher) : undefined);
  const reading: PassageReading = {
    terms: [...distinct],
    ownTopics,
    ownTotal: ownTopics.total,
    hasNumber,
    wordCount: passageWords.length,
    placed: undefined,
    termIds: undefined,
    labels: labelTopics(ownTopics.keys(), []),
  };
  memo.set(text, reading);
  return reading;
}

/** A passage's own topic evidence: its words matched; an e-mail address is someone to contact, whatever the words around it say. */
export function passageTopics(text: string, passageWords: string[], matcher: TopicMatcher, lexemes?: Lexeme[]): Map<string, number> {
  const matched = matcher.match(passageWords, 'passage', lexemes).scores;
  if (text.includes('@') && EMAIL.test(text)) matched.set('contact', (matched.get('contact') ?? 0) + 1);
  return matched;
}

/** The content model's label: a passage carries its heading's topics and its own. */
export function labelTopics(heading: Iterable<string>, own: Iterable<string>): string[] {
  // A handful of topics at most: a list is cheaper than a set.
  const topics: string[] = [];
  for (const topic of heading) if (!topics.includes(topic)) topics.push(topic);
  for (const topic of own) if (!topics.includes(topic)) topics.push(topic);
  return internTopics(topics.sort());
}

/**
 * Two labels as one: the same as labelTopics over both, looked up by the
 * labels themselves (shared arrays) where a big board meets each pair
 * tens of thousands of times.
 */
export function joinLabels(heading: string[], own: string[]): string[] {
  if (own.length === 0) return heading;
  if (heading.length === 0) return own;
  let byOwn = joined.get(heading);
  if (!byOwn) joined.set(heading, (byOwn = new Map()));
  let label = byOwn.get(own);
  if (!label) byOwn.set(own, (label = labelTopics(heading, own)));
  return label;
}

const joined = new Map<string[], Map<string[], string[]>>();

/** Passages share a handful of topic combinations: one array per combination, not per passage. */
const topicLists = new Map<string, string[]>();
export function internTopics(topics: string[]): string[] {
  const key = topics.join(',');
  const known = topicLists.get(key);
  if (known) return known;
  topicLists.set(key, topics);
  return topics;
}

/** Passages shorter than this are read whole: a sentence of their own says no more than they do. */
const SENTENCE_READING_MIN = 120;

/**
 * For a passage of several sentences, the evidence of the sentence that says
 * the most about each topic: "…and you join the on-call rota one week in
 * six." is a direct statement, however long the paragraph around it.
 */
function strongestSentences(sentenceWords: string[][], passageLexemes: Lexeme[], matcher: TopicMatcher): Map<string, number> {
  const best = new Map<string, number>();
  let offset = 0;
  for (const wordsOfSentence of sentenceWords) {
    // The passage's words are its sentences' words in order, so a sentence's lexemes are a stretch of the passage's.
    const lexemes = passageLexemes.slice(offset, (offset += wordsOfSentence.length));
    const scores = matcher.match(wordsOfSentence, 'passage', lexemes).scores;
    let total = 0;
    for (const value of scores.values()) total += value;
    for (const [id, hits] of scores) {
      const evidence = ownEvidence(hits, hits / total, wordsOfSentence.length);
      if (evidence > (best.get(id) ?? 0)) best.set(id, evidence);
    }
  }
  return best;
}

/** The lists one after another; Array.prototype.flat costs several times as much. */
function concat(lists: string[][]): string[] {
  const all: string[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return all;
}
