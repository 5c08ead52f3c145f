/** The sentence or list that answers, not the whole section: a candidate should not have to read further. */
import type { ScoredPassage } from './rank.js';
import type { TopicMatcher } from './topics.js';
import { terms, words } from './text.js';

const MAX_QUOTES = 3;
const MAX_LIST_ITEMS = 8;
const MAX_CHARS = 900;

export interface Excerpt {
  text: string;
  scored: ScoredPassage;
}

export function selectExcerpts(
  ranked: ScoredPassage[],
  query: { topics: { id: string }[]; contentTerms: string[] },
  matcher: TopicMatcher,
  siblings: (scored: ScoredPassage) => ScoredPassage[],
): Excerpt[] {
  const best = ranked[0];
  if (!best) return [];
  let chosen: ScoredPassage[];
  const topicIds = new Set(query.topics.map((topic) => topic.id));
  // A list item that names an asked topic its heading does not ("a conference" under "Why join us?")
  // is the answer by itself; one that shares its heading's topic is part of the whole list.
  const itemNamesTopic = best.entry.ownTopics.keys().some((id) => topicIds.has(id) && !best.entry.headingTopics.has(id));
  // Only a heading about the asked topic alone makes its whole list the answer: under
  // "Location and timeline" the start date is one item, not the list.
  const titleTopics = [...matcher.match(words(best.entry.section.title), 'question').scores.keys()];
  const headingIsTheTopic = titleTopics.length > 0 && titleTopics.every((id) => topicIds.has(id));
  const listUnderTopic = best.entry.passage.kind === 'list' && !itemNamesTopic && headingIsTheTopic;
  const section = siblings(best);
  if (listUnderTopic && query.contentTerms.length === 0) {
    // A list under a heading that names the topic ("What do we expect from you?") is the answer as a whole.
    chosen = section.filter((item) => item.entry.passage.kind === 'list').slice(0, MAX_LIST_ITEMS);
  } else if (headingIsTheTopic && !itemNamesTopic && query.contentTerms.length === 0 && section.some((item) => item.entry.passage.kind === 'list')) {
    // A short section of steps ("Our recruitment process"): its lead-in and its list together.
    chosen = section.slice(0, MAX_LIST_ITEMS + 1);
  } else {
    const floor = best.score * 0.9;
    chosen = ranked.filter((item) => item.score >= floor && item.entry.section === best.entry.section).slice(0, MAX_QUOTES);
  }
  chosen.sort((a, b) => passageOrder(a) - passageOrder(b));
  const excerpts: Excerpt[] = [];
  let length = 0;
  for (const item of chosen) {
    const leadsWithAnswer = [...item.entry.headingTopics.keys()].some((id) => topicIds.has(id));
    const text = trimToAnswer(item.entry.passage.text, topicIds, query.contentTerms, matcher, leadsWithAnswer);
    if (excerpts.length > 0 && length + text.length > MAX_CHARS) break;
    excerpts.push({ text, scored: item });
    length += text.length;
  }
  return excerpts;
}

function passageOrder(item: ScoredPassage): number {
  const [section = 0, passage = 0] = item.entry.passage.id.split('.').map(Number);
  return section * 1000 + passage;
}

/** A long paragraph shrinks to the sentences that speak to the question. */
function trimToAnswer(text: string, topicIds: Set<string>, contentTerms: string[], matcher: TopicMatcher, leadsWithAnswer: boolean): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ0-9"«(])/u);
  if (sentences.length <= 2 || text.length <= 320 || (sentences.length === 3 && text.length <= 450)) return text;
  const wanted = new Set(contentTerms);
  const scores = sentences.map((sentence) => {
    const topicHits = [...matcher.match(words(sentence), 'passage').scores.keys()].filter((id) => topicIds.has(id)).length;
    const termHits = terms(sentence).filter((term) => wanted.has(term)).length;
    return topicHits * 2 + termHits;
  });
  // Under a heading that already names the topic, the opening sentence is the summary.
  if (leadsWithAnswer) scores[0] = Math.max(scores[0]!, ...scores);
  const top = Math.max(...scores);
  const keep = sentences.filter((_, index) => top > 0 && scores[index]! >= top / 2).slice(0, 3);
  return (keep.length > 0 ? keep : sentences.slice(0, 2)).join(' ');
}
