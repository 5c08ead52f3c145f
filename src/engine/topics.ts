/**
 * Finds topics in text from the words of knowledge/topics.yaml: phrases
 * first, longest first, so "company car" is equipment and not "company".
 */
import type { Knowledge, Topic } from '../knowledge/types.js';
import { isStopword, stem, words } from './text.js';

export interface TopicMatch {
  /** Topic id -> weight of the evidence (a phrase counts more than a word). */
  scores: Map<string, number>;
  /** Positions (in the word list) that topic words used up; empty in passage mode. */
  consumed: ReadonlySet<number>;
  /** The subset used up by multi-word phrases ("tech stack"); empty in passage mode. */
  phrasePositions: ReadonlySet<number>;
}

export interface PhraseEntry {
  stems: string[];
  /** The stems joined by spaces, as weak words are kept. */
  key: string;
  topics: string[];
}

/** What Candor knows of one folded word, worked out once per matcher and kept. */
export interface Lexeme {
  stem: string;
  stop: boolean;
  /** Has a digit ("2024", "k8s"). */
  numeric: boolean;
  /** Topics the word alone signals. */
  single: ReadonlySet<string> | undefined;
  /** Phrases that start with the word's stem, longest first. */
  phrases: PhraseEntry[] | undefined;
  /** Topics of the topic word a compound starts with ("jour" in "jourschema"); null for none, undefined until asked. */
  head: ReadonlySet<string> | null | undefined;
}

export interface TopicMatcher {
  /** `question` mode also counts question-only words ("where", "how much"). `lexemes`, when the caller has them, are the words' lexemes. */
  match(wordList: string[], mode: 'question' | 'passage', lexemes?: Lexeme[]): TopicMatch;
  /** One lookup for everything the matcher and the index ask of a word. */
  lexeme(word: string): Lexeme;
  /** Every word the topics use, folded: the core of the typo vocabulary. */
  readonly vocabulary: string[];
  readonly topics: ReadonlyMap<string, Topic>;
}

/** The shortest topic word a compound may start with; shorter ones ("lön", "pay") start too many words. */
const MIN_HEAD = 4;

function compoundHead(word: string, heads: ReadonlyMap<string, Set<string>>, starts: ReadonlySet<string>): Set<string> | undefined {
  // Most words begin like no topic word at all: one lookup rules them out.
  if (word.length < MIN_HEAD + 3 || !starts.has(word.slice(0, MIN_HEAD))) return undefined;
  for (let cut = word.length - 3; cut >= MIN_HEAD; cut--) {
    const topics = heads.get(word.slice(0, cut));
    if (topics) return topics;
  }
  return undefined;
}

export function createTopicMatcher(topics: Topic[], weakWords: string[] = []): TopicMatcher {
  const weak = new Set(weakWords.map((entry) => words(entry).map(stem).join(' ')));
  const phrases = new Map<string, PhraseEntry[]>();
  const singles = new Map<string, Set<string>>();
  /** Single topic words by their written form, for the heads of compounds ("jour" in "jourschema"). */
  const heads = new Map<string, Set<string>>();
  const vocabulary = new Set<string>();

  for (const topic of topics) {
    for (const entry of [...topic.words.en, ...topic.words.nb, ...topic.words.sv]) {
      const entryWords = words(entry);
      entryWords.forEach((word) => vocabulary.add(word));
      const stems = entryWords.map(stem);
      if (stems.length === 0) continue;
      if (stems.length === 1) {
        const set = singles.get(stems[0]!) ?? new Set<string>();
        set.add(topic.id);
        singles.set(stems[0]!, set);
        const written = entryWords[0]!;
        if (written.length >= MIN_HEAD && !isStopword(written)) heads.set(written, (heads.get(written) ?? new Set<string>()).add(topic.id));
        continue;
      }
      const list = phrases.get(stems[0]!) ?? [];
      const existing = list.find((phrase) => phrase.stems.join(' ') === stems.join(' '));
      if (existing) existing.topics.push(topic.id);
      else list.push({ stems, key: stems.join(' '), topics: [topic.id] });
      phrases.set(stems[0]!, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const headStarts = new Set([...heads.keys()].map((head) => head.slice(0, MIN_HEAD)));

  // Words repeat endlessly across a corpus; bounded, so a flood of junk cannot grow it forever.
  const lexicon = new Map<string, Lexeme>();
  const lexeme = (word: string): Lexeme => {
    let known = lexicon.get(word);
    if (!known) {
      if (lexicon.size >= 500_000) lexicon.clear();
      const wordStem = stem(word);
      known = { stem: wordStem, stop: isStopword(word), numeric: /\d/.test(word), single: singles.get(wordStem), phrases: phrases.get(wordStem), head: undefined };
      lexicon.set(word, known);
    }
    return known;
  };

  return {
    vocabulary: [...vocabulary],
    topics: new Map(topics.map((topic) => [topic.id, topic])),
    lexeme,
    match(wordList, mode, known) {
      const lexemes = known ?? wordList.map(lexeme);
      const question = mode === 'question';
      const strong = new Map<string, number>();
      const weakOnly = new Map<string, number>();
      // Positions matter only to a question's analysis; running text skips keeping them.
      const consumed = question ? new Set<number>() : NO_POSITIONS;
      const phrasePositions = question ? new Set<number>() : NO_POSITIONS;
      const add = (topicIds: ReadonlySet<string> | readonly string[], weight: number, key: string) => {
        const isWeak = weak.has(key);
        // Running text has no "only when nothing else": a weak word there is simply half a word.
        const target = isWeak && question ? weakOnly : strong;
        const share = (isWeak && !question ? weight / 2 : weight) / ('size' in topicIds ? topicIds.size : topicIds.length);
        for (const id of topicIds) target.set(id, (target.get(id) ?? 0) + share);
      };
      for (let i = 0; i < lexemes.length; ) {
        const entry = lexemes[i]!;
        const found = findPhrase(entry.phrases, lexemes, i, question);
        if (found) {
          add(found.phrase.topics, 1 + 0.5 * (found.phrase.stems.length - 1), found.phrase.key);
          if (question) {
            for (let k = 0; k < found.span; k++) {
              if (k === found.gap) continue;
              (consumed as Set<number>).add(i + k);
              (phrasePositions as Set<number>).add(i + k);
            }
          }
          i += found.span;
          continue;
        }
        const single = entry.single;
        // In running text, a stopword ("where", "start") says nothing about the topic.
        if (single && (question || !entry.stop)) {
          add(single, 1, entry.stem);
          if (question) (consumed as Set<number>).add(i);
        } else if (!question) {
          // Norwegian and Swedish write compounds as one word: "jourschema" is about on-call.
          if (entry.head === undefined) entry.head = compoundHead(wordList[i]!, heads, headStarts) ?? null;
          if (entry.head) add(entry.head, 1, '');
        }
        i += 1;
      }
      const scores = strong.size > 0 ? strong : weakOnly;
      return { scores, consumed, phrasePositions };
    },
  };
}

/** What a passage's match has no use for: no positions are kept in running text. */
const NO_POSITIONS: ReadonlySet<number> = new Set<number>();

/**
 * The longest phrase starting at `start`; people insert words ("what would I
 * actually be doing"), so a question may have one extra word inside a phrase.
 */
function findPhrase(
  candidates: PhraseEntry[] | undefined,
  lexemes: readonly Lexeme[],
  start: number,
  allowGap: boolean,
): { phrase: PhraseEntry; span: number; gap?: number } | undefined {
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    let matches = true;
    for (let k = 0; k < phrase.stems.length && matches; k++) matches = lexemes[start + k]?.stem === phrase.stems[k];
    if (matches) return { phrase, span: phrase.stems.length };
  }
  if (!allowGap) return undefined;
  for (const phrase of candidates) {
    const length = phrase.stems.length;
    for (let gap = 1; gap < length; gap++) {
      let matches = true;
      // Phrase word k sits at start + k before the gap and one further after it.
      for (let k = 0; k < length && matches; k++) matches = lexemes[start + k + (k >= gap ? 1 : 0)]?.stem === phrase.stems[k];
      if (matches) return { phrase, span: length + 1, gap };
    }
  }
  return undefined;
}

/**
 * The matcher a company's knowledge defines: its topics and weak words, and
 * its own name as a way to ask about the company ("what does Safespring do?").
 * The engine and `check` both use it, so both see the same topics.
 */
/** One matcher per loaded knowledge: the index builder and the engine share it, with its lexicon and heading cache. */
const matchers = new WeakMap<object, TopicMatcher>();

export function topicMatcherFor(knowledge: Pick<Knowledge, 'topics' | 'weakWords' | 'site'>): TopicMatcher {
  let matcher = matchers.get(knowledge);
  if (!matcher) matchers.set(knowledge, (matcher = newTopicMatcherFor(knowledge)));
  return matcher;
}

function newTopicMatcherFor(knowledge: Pick<Knowledge, 'topics' | 'weakWords' | 'site'>): TopicMatcher {
  const name = knowledge.site.companyName;
  const topics = knowledge.topics.map((topic) =>
    topic.id === 'company' ? { ...topic, words: { ...topic.words, en: [...topic.words.en, `about ${name}`, `what does ${name} do`] } } : topic,
  );
  return createTopicMatcher(topics, knowledge.weakWords);
}
