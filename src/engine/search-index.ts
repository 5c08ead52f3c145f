/**
 * The corpus prepared for questions: every passage with its terms and
 * topics, an inverted index from term and topic to passages, and document
 * frequencies. Built once per load; a changed posting is swapped in alone.
 */
import type { CompanyPage, Corpus, Posting, Section, Passage } from '../content/types.js';
import type { TopicMatcher } from './topics.js';
import { fold, terms, words } from './text.js';

export interface IndexedPassage {
  /** The posting, or null for company-wide text (_index.md). */
  posting: Posting | null;
  section: Section;
  passage: Passage;
  termFreq: Map<string, number>;
  headingTerms: Set<string>;
  /** Topic evidence in the passage's own words. */
  ownTopics: Map<string, number>;
  /** Topic evidence in the heading path above it. */
  headingTopics: Map<string, number>;
  hasNumber: boolean;
  wordCount: number;
  url: string;
}

export interface SearchIndex {
  passages: IndexedPassage[];
  byPosting: Map<string, IndexedPassage[]>;
  company: IndexedPassage[];
  byTerm: Map<string, IndexedPassage[]>;
  byTopic: Map<string, IndexedPassage[]>;
  /** In how many passages a term occurs. */
  docFreq(term: string): number;
  /** Every folded word of the corpus, for typo repair. */
  words: Set<string>;
}

export function buildSearchIndex(corpus: Corpus, matcher: TopicMatcher, companyUrl: string): SearchIndex {
  const passages: IndexedPassage[] = [];
  const byPosting = new Map<string, IndexedPassage[]>();
  const corpusWords = new Set<string>();
  for (const posting of corpus.postings) {
    const list = indexSections(posting.sections, posting, posting.url, matcher, corpusWords);
    byPosting.set(posting.id, list);
    passages.push(...list);
  }
  const company = corpus.company.flatMap((page: CompanyPage) => indexSections(page.sections, null, companyUrl, matcher, corpusWords));
  passages.push(...company);

  const byTerm = new Map<string, IndexedPassage[]>();
  const byTopic = new Map<string, IndexedPassage[]>();
  for (const entry of passages) {
    for (const term of new Set([...entry.termFreq.keys(), ...entry.headingTerms])) push(byTerm, term, entry);
    for (const topic of new Set([...entry.ownTopics.keys(), ...entry.headingTopics.keys()])) push(byTopic, topic, entry);
  }
  return {
    passages,
    byPosting,
    company,
    byTerm,
    byTopic,
    docFreq: (term) => byTerm.get(term)?.length ?? 0,
    words: corpusWords,
  };
}

function indexSections(
  sections: Section[],
  posting: Posting | null,
  url: string,
  matcher: TopicMatcher,
  corpusWords: Set<string>,
): IndexedPassage[] {
  return sections.flatMap((section) => {
    const headingText = section.headingPath.join(' ');
    const headingWords = words(headingText);
    const headingTopics = matcher.match(headingWords, 'question').scores;
    const headingTerms = new Set(terms(headingText));
    headingWords.forEach((word) => corpusWords.add(word));
    return section.passages.map((passage) => {
      const passageWords = words(passage.text);
      passageWords.forEach((word) => corpusWords.add(word));
      const termFreq = new Map<string, number>();
      for (const term of terms(passage.text)) termFreq.set(term, (termFreq.get(term) ?? 0) + 1);
      return {
        posting,
        section,
        passage,
        termFreq,
        headingTerms,
        ownTopics: matcher.match(passageWords, 'passage').scores,
        headingTopics,
        hasNumber: /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|en|ett|to|tre|fire|fem|seks|sju|syv|atte|ni|ti|tva|fyra|sex|tio)\b/.test(fold(passage.text)),
        wordCount: passageWords.length,
        url: section.anchor ? `${url}#${section.anchor}` : url,
      };
    });
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Topic ids a passage carries, for the content model (heading topics and its own). */
export function passageTopics(entry: Pick<IndexedPassage, 'ownTopics' | 'headingTopics'>): string[] {
  return [...new Set([...entry.headingTopics.keys(), ...entry.ownTopics.keys()])].sort();
}
