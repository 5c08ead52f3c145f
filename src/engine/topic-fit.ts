/**
 * How well one passage speaks to one topic, in [0,1]. A heading that names
 * the topic is the strongest sign; words in the passage add up but saturate,
 * so one stray word ("based") is weak evidence. The same for every question,
 * which is what lets the index keep its topic lists sorted by it.
 */
import type { IndexedPassage } from './search-index.js';

type Entry = Pick<IndexedPassage, 'ownTopics' | 'ownTotal' | 'headingTopics' | 'wordCount'>;

export function topicFit(entry: Entry, id: string, narrow: ReadonlySet<string>): number {
  const raw = entry.ownTopics.get(id) ?? 0;
  // ...and much less when its main subject is a narrow topic of its own ("Pension: 7 % of salary" is about pension).
  const outranked = raw > 0 && isOutranked(entry, id, raw, narrow) ? 0.5 : 1;
  const own = Math.max(ownEvidence(raw, raw > 0 ? raw / entry.ownTotal : 0, entry.wordCount), entry.ownTopics.sentence(id)) * outranked;
  const heading = entry.headingTopics.has(id) ? 1 : 0;
  return Math.min(1, 0.6 * heading + 0.8 * (1 - 0.5 ** own));
}

/**
 * Topic words in a stretch of text, weighed: a stretch mostly about something
 * else ("Parental leave topped up to full salary") speaks less to this topic,
 * and in a short one ("30 days of paid vacation per year") one word is the point.
 */
export function ownEvidence(hits: number, share: number, wordCount: number): number {
  return hits * (0.7 + 0.3 * share) * Math.min(3, Math.max(1, 20 / Math.max(1, wordCount)));
}

function isOutranked(entry: Entry, id: string, raw: number, narrow: ReadonlySet<string>): boolean {
  // By position, not by the iterator: this runs for every passage a question scores.
  const others = entry.ownTopics.keys();
  for (let at = 0; at < others.length; at++) {
    const other = others[at]!;
    if (other !== id && entry.ownTopics.weightAt(at) >= raw && narrow.has(other)) return true;
  }
  return false;
}
