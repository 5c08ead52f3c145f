/** Fills the content model's topics: a section's from its heading, a passage's from its heading and its own words. */
import type { Section } from '../content/types.js';
import type { TopicMatcher } from './topics.js';
import { words } from './text.js';

export function createTopicAnnotator(matcher: TopicMatcher): (section: Section) => void {
  return (section) => {
    const headingTopics = [...matcher.match(words(section.headingPath.join(' ')), 'question').scores.keys()];
    section.topics = headingTopics.sort();
    for (const passage of section.passages) {
      const own = matcher.match(words(passage.text), 'passage').scores.keys();
      passage.topics = [...new Set([...headingTopics, ...own])].sort();
    }
  };
}
