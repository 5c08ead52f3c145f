/**
 * Fills the content model's topics for a caller that has no engine (`check`):
 * the same reading of headings and passages the engine's index does.
 */
import type { Section } from '../content/types.js';
import { labelTopics, passageTopics, readHeading } from './passage-reading.js';
import type { TopicMatcher } from './topics.js';
import { words } from './text.js';

export function createTopicAnnotator(matcher: TopicMatcher): (section: Section) => void {
  const seenWords = new Set<string>();
  return (section) => {
    const heading = readHeading(section.headingPath.join(' '), matcher, seenWords);
    const headingTopics = [...heading.topics.keys()];
    section.topics = heading.labels;
    for (const passage of section.passages) {
      passage.topics = labelTopics(headingTopics, passageTopics(passage.text, words(passage.text), matcher).keys());
    }
  };
}
