/**
 * How well a passage answers a question: does it speak to the asked topic
 * (in its own words or under a heading that does) and does it contain the
 * specific words asked about. The score is the answer's confidence in [0,1].
 */
import type { Language } from '../content/types.js';
import type { IndexedPassage, TermStats } from './search-index.js';
import { topicFit } from './topic-fit.js';

export interface RankQuery {
  topics: { id: string; weight: number }[];
  contentTerms: string[];
  asksForCount: boolean;
  /** Narrow topics (pension, parental leave): a passage mostly about one of them is not about salary in general. */
  narrowTopics: ReadonlySet<string>;
  /** The question's language: of two equally good passages (a bilingual posting), the one the asker reads. */
  language?: Language;
}

export interface ScoredPassage {
  entry: IndexedPassage;
  score: number;
  topicFit: number;
  lexical: number;
}

/** Scores passage after passage for one question: null for a passage that scores 0, which is most of them. */
export function passageScorer(query: RankQuery, stats: TermStats): (entry: IndexedPassage) => ScoredPassage | null {
  // What the question asks is weighed once, not again for every passage.
  const together = askedTogether(query.topics);
  const words = askedWords(query.contentTerms, stats);
  return (entry) => {
    const topicFit = fitTopics(entry, query.topics, together, query.narrowTopics);
    const lexical = coverage(entry, words, stats);
    const score = combine(entry, query, topicFit, lexical);
    return score > 0 ? { entry, score, topicFit, lexical } : null;
  };
}

/** The answer's confidence from how well the passage fits the asked topic and how many asked words it has. */
function combine(entry: IndexedPassage, query: RankQuery, topicFit: number, lexical: number): number {
  let score: number;
  if (query.topics.length === 0) score = 0.85 * lexical ** 1.3;
  else if (query.contentTerms.length === 0) score = topicFit;
  else {
    // Specific words asked and none found: a passage that only sits under the right heading
    // ("Who we're looking for") does not answer "do I need to speak Swedish?".
    let ownsTopic = false;
    for (const topic of query.topics) ownsTopic ||= entry.ownTopics.has(topic.id);
    const floor = lexical > 0 || ownsTopic ? 0.85 : 0.7;
    score = Math.max(0.7 * topicFit + 0.3 * lexical, topicFit * floor, 0.7 * lexical ** 1.3 * (topicFit > 0 ? 1 : 0.6));
  }
  if (query.asksForCount && !entry.hasNumber) score *= 0.5;
  return Math.min(1, score);
}

export function rankPassages(entries: Iterable<IndexedPassage>, query: RankQuery, stats: TermStats): ScoredPassage[] {
  const scored: ScoredPassage[] = [];
  const score = passageScorer(query, stats);
  for (const entry of entries) {
    if (entry.retired) continue;
    const result = score(entry);
    if (result) scored.push(result);
  }
  // Ties go to the passage that says it in its own words, then to the earlier one.
  const mainTopic = query.topics[0]?.id ?? '';
  // For ordering only, not confidence: a passage in the asker's language edges out a close one in another.
  const ordering = (item: ScoredPassage) => item.score + (item.entry.passage.language === query.language ? 0.12 : 0);
  return scored.sort(
    (a, b) =>
      ordering(b) - ordering(a) ||
      b.topicFit - a.topicFit ||
      // Between equals, the passage with figures says more ("55 000 – 68 000 SEK").
      Number(b.entry.hasNumber) - Number(a.entry.hasNumber) ||
      (b.entry.ownTopics.get(mainTopic) ?? 0) - (a.entry.ownTopics.get(mainTopic) ?? 0) ||
      order(a.entry) - order(b.entry),
  );
}

/** "section.passage" as one number, read without splitting: sorting a posting's passages calls this often. */
function order(entry: IndexedPassage): number {
  const id = entry.passage.id;
  let section = 0;
  let passage = 0;
  let afterDot = false;
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if (code === DOT) afterDot = true;
    else if (afterDot) passage = passage * 10 + code - ZERO;
    else section = section * 10 + code - ZERO;
  }
  return section * 1000 + passage;
}
const DOT = 46;
const ZERO = 48;

/** The best fit over the asked topics; a side topic ("the role" in "does the role come with a car?") must not answer for the main one. */
function fitTopics(entry: IndexedPassage, topics: RankQuery['topics'], together: RankQuery['topics'], narrow: ReadonlySet<string>): number {
  const strongest = topics[0]?.weight ?? 0;
  // Loops, not callbacks: this runs for every passage a question scores, and each callback is an allocation.
  let sum = 0;
  for (const topic of together) sum += topicFit(entry, topic.id, narrow);
  let best = sum / Math.max(1, together.length);
  for (const { id, weight } of topics) if (weight < strongest * 0.9) best = Math.max(best, topicFit(entry, id, narrow) * (weight / strongest) ** 2);
  return best;
}

/**
 * Topics asked about as strongly as the main one are asked together ("does
 * on-call pay extra?"): the passage must speak to them all. Weaker ones only
 * count for less.
 */
function askedTogether(topics: RankQuery['topics']): RankQuery['topics'] {
  const strongest = topics[0]?.weight ?? 0;
  return topics.filter((topic) => topic.weight >= strongest * 0.9);
}

/** The asked words a passage can have, with their weights (rare words weigh more), and the weights' sum. */
interface AskedWords {
  words: { term: string; weight: number }[];
  total: number;
}

function askedWords(contentTerms: string[], stats: TermStats): AskedWords {
  const words: AskedWords['words'] = [];
  let total = 0;
  for (const term of contentTerms) {
    const weight = stats.idf(term);
    // A word no posting uses ("Vue" in "React or Vue?") cannot be found anywhere; it counts
    // against a passage only when nothing else asked is found either.
    if (stats.docFreq(term) === 0) continue;
    total += weight;
    words.push({ term, weight });
  }
  return { words, total };
}

/** Share of the asked words (by weight) found in the passage or its heading. */
function coverage(entry: IndexedPassage, asked: AskedWords, stats: TermStats): number {
  let found = 0;
  for (const { term, weight } of asked.words) if (stats.contains(entry, term)) found += weight;
  return found === 0 ? 0 : found / asked.total;
}
