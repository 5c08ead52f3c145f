/**
 * The corpus prepared for questions: every passage with its terms and
 * topics, an inverted index from term and topic to passages, and document
 * frequencies. Built once per load; one changed posting is swapped in
 * without a rebuild (its old passages are retired, not searched for).
 */
import type { CompanyPage, Posting, Section, Passage } from '../content/types.js';
import type { TopicMatcher } from './topics.js';
import { readHeading, readPassage, type PassageReading } from './passage-reading.js';
import { placementOf, type Placement, type Placements } from './placement.js';
import { createTermLists } from './term-lists.js';
import type { TopicScores } from './topic-scores.js';

export interface IndexedPassage {
  /** The posting, or null for company-wide text (_index.md). */
  posting: Posting | null;
  section: Section;
  passage: Passage;
  /** Position in indexing order: the inverted lists are sorted by it, so membership is a binary search. */
  seq: number;
  /** Shared by the passages of one section. */
  headingTerms: ReadonlySet<string>;
  /** Topic evidence in the passage's own words. */
  ownTopics: TopicScores;
  /** Sum of ownTopics, for the share one topic has of the passage. */
  ownTotal: number;
  /** Topic evidence in the heading path above it (shared by the section). */
  headingTopics: ReadonlyMap<string, number>;
  hasNumber: boolean;
  wordCount: number;
  /** The posting's (or the company page's) URL; the section's anchor is added by `passageUrl`. */
  pageUrl: string;
  /** Set when a newer version of its posting replaced it. */
  retired: boolean;
}

/** Passages that carry a topic, best fitting first (see topic-fit.ts), with their fits. */
export interface TopicList {
  entries: IndexedPassage[];
  fits: number[];
  /** How many postings have a passage here (at the last full build). */
  postings: number;
}

/** What scoring needs of the corpus: how rare a word is, and whether a passage has it. */
export interface TermStats {
  /** In how many passages a term occurs. */
  docFreq(term: string): number;
  /** Rare words weigh more. */
  idf(term: string): number;
  /** Whether the passage or its heading has the term. */
  contains(entry: IndexedPassage, term: string): boolean;
}

export interface SearchIndex extends TermStats {
  byPosting: Map<string, IndexedPassage[]>;
  company: IndexedPassage[];
  /** The passages that have a term (or whose heading has it), in indexing order; empty for an unknown term. */
  termPassages(term: string): { readonly length: number; at(position: number): IndexedPassage };
  byTopic: Map<string, TopicList>;
  passageCount(): number;
  /** Every folded word of the corpus, for typo repair. */
  words: Set<string>;
  /** Index a new version of a posting and retire the old one's passages. */
  replacePosting(posting: Posting): IndexedPassage[];
}

/** Postings go in one at a time, in corpus order (as a pipelined load hands them over); finish() adds the company pages. */
export interface SearchIndexBuilder {
  addPosting(posting: Posting): void;
  finish(company: CompanyPage[]): SearchIndex;
}

export function createSearchIndexBuilder(matcher: TopicMatcher, companyUrl: string, narrow: ReadonlySet<string>): SearchIndexBuilder {
  const byPosting = new Map<string, IndexedPassage[]>();
  const terms = createTermLists();
  /** Every passage, by sequence number. */
  const bySeq: IndexedPassage[] = [];
  const byTopic = new Map<string, TopicList>();
  const corpusWords = new Set<string>();
  let live = 0;
  const sequence = { next: 0 };
  // Only while building: afterwards they would pin every distinct text's reading for nothing.
  let building: { memo: Map<string, PassageReading>; placements: Placements } | null = { memo: new Map(), placements: new Map() };
  const company: IndexedPassage[] = [];

  /** Topic lists while building: passages grouped by fit, in indexing order, so finish() only orders the groups. */
  const growing = new Map<string, GrowingTopicList>();
  const addTerms = (entry: IndexedPassage, placement: Placement) => {
    live += 1;
    bySeq.push(entry);
    // Numbered once for all the passages that share the placement.
    placement.termIds ??= placement.terms.map(terms.idOf);
    if (building) terms.place(entry.seq, placement.termIds);
    else terms.add(entry.seq, placement.termIds);
  };
  const append = (indexed: Indexed) => {
    indexed.entries.forEach((entry, position) => {
      const placement = indexed.placements[position]!;
      addTerms(entry, placement);
      placement.groups ??= placement.topicFits.map(([topic, fit]) => {
        let list = growing.get(topic);
        if (!list) growing.set(topic, (list = { byFit: new Map(), postings: 0, last: undefined }));
        return { list, group: listOf(list.byFit, fit) };
      });
      for (const { list, group } of placement.groups) {
        group.push(entry);
        // A posting's passages arrive together, so counting changes of posting counts postings.
        if (list.last !== entry.posting) {
          list.last = entry.posting;
          list.postings += 1;
        }
      }
    });
  };
  const insertSorted = (indexed: Indexed) => {
    indexed.entries.forEach((entry, position) => {
      const placement = indexed.placements[position]!;
      addTerms(entry, placement);
      for (const [topic, fit] of placement.topicFits) insertByFit(topic, entry, fit);
    });
  };
  const insertByFit = (topic: string, entry: IndexedPassage, fit: number) => {
    let list = byTopic.get(topic);
    if (!list) byTopic.set(topic, (list = { entries: [], fits: [], postings: 0 }));
    let low = 0;
    let high = list.fits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list.fits[middle]! >= fit) low = middle + 1;
      else high = middle;
    }
    list.entries.splice(low, 0, entry);
    list.fits.splice(low, 0, fit);
  };
  const addPosting = (posting: Posting) => {
    if (!building) throw new Error('the search index is finished; use replacePosting');
    const indexed = indexSections(posting.sections, posting, posting.url, { matcher, narrow, corpusWords, sequence, ...building });
    byPosting.set(posting.id, indexed.entries);
    append(indexed);
  };
  const finish = (pages: CompanyPage[]): SearchIndex => {
    if (!building) throw new Error('the search index is finished already');
    for (const page of pages) {
      const indexed = indexSections(page.sections, null, companyUrl, { matcher, narrow, corpusWords, sequence, ...building });
      company.push(...indexed.entries);
      append(indexed);
    }
    building = null;
    terms.seal();
    for (const [topic, list] of growing) byTopic.set(topic, orderByFit(list));
    growing.clear();
    return index;
  };

  const index: SearchIndex = {
    byPosting,
    company,
    termPassages(term) {
      const list = terms.list(term);
      return { length: list.length, at: (position) => bySeq[list.seqAt(position)]! };
    },
    byTopic,
    // Retired passages still count here until the next full load: a small, temporary skew in word weights.
    docFreq: (term) => terms.count(term),
    idf: (term) => Math.log(1 + Math.max(1, live) / (1 + terms.count(term))),
    contains: (entry, term) => terms.has(term, entry.seq),
    passageCount: () => live,
    words: corpusWords,
    replacePosting(posting) {
      for (const old of byPosting.get(posting.id) ?? []) {
        old.retired = true;
        live -= 1;
      }
      const indexed = indexSections(posting.sections, posting, posting.url, { matcher, narrow, corpusWords, sequence, memo: new Map(), placements: new Map() });
      byPosting.set(posting.id, indexed.entries);
      insertSorted(indexed);
      return indexed.entries;
    },
  };
  return { addPosting, finish };
}

/** Entries and, only while they go into the inverted index, where each one goes. */
interface Indexed {
  entries: IndexedPassage[];
  placements: Placement[];
}

interface IndexingContext {
  matcher: TopicMatcher;
  narrow: ReadonlySet<string>;
  corpusWords: Set<string>;
  sequence: { next: number };
  memo: Map<string, PassageReading>;
  placements: Placements;
}

/** Indexes sections and, on the way, fills the content model's topics (section from heading, passage from both). */
function indexSections(sections: Section[], posting: Posting | null, url: string, context: IndexingContext): Indexed {
  const entries: IndexedPassage[] = [];
  const placements: Placement[] = [];
  for (const section of sections) {
    // One level (most sections) needs no joining: the heading is the pooled title itself.
    const path = section.headingPath;
    const heading = readHeading(path.length === 1 ? path[0]! : path.join(' '), context.matcher, context.corpusWords);
    const { topics: headingTopics, terms: headingTerms } = heading;
    section.topics = heading.labels;
    for (const passage of section.passages) {
      const reading = readPassage(passage.text, context.matcher, context.corpusWords, context.memo);
      const placement = placementOf(reading, headingTopics, headingTerms, context);
      passage.topics = placement.labels;
      placements.push(placement);
      entries.push({
        posting,
        section,
        passage,
        seq: context.sequence.next++,
        headingTerms,
        ownTopics: reading.ownTopics,
        ownTotal: reading.ownTotal,
        headingTopics,
        hasNumber: reading.hasNumber,
        wordCount: reading.wordCount,
        pageUrl: url,
        retired: false,
      });
    }
  }
  return { entries, placements };
}


/** The link to a passage's section. */
export function passageUrl(entry: Pick<IndexedPassage, 'pageUrl' | 'section'>): string {
  return entry.section.anchor ? `${entry.pageUrl}#${entry.section.anchor}` : entry.pageUrl;
}

interface GrowingTopicList {
  byFit: Map<number, IndexedPassage[]>;
  postings: number;
  /** The posting of the last passage added (null for company pages). */
  last: Posting | null | undefined;
}

/**
 * Best fit first, ties in indexing order. Passages that share a placement
 * share a fit, so a list holds few distinct fits: they were grouped by fit
 * as they came, and only the fits are sorted.
 */
function orderByFit(growing: GrowingTopicList): TopicList {
  const fits = [...growing.byFit.keys()].sort((a, b) => b - a);
  let length = 0;
  for (const group of growing.byFit.values()) length += group.length;
  // Filled by index at their final length: arrays grown by push keep spare room.
  const entries = new Array<IndexedPassage>(length);
  const sorted = new Array<number>(length);
  let at = 0;
  for (const fit of fits) {
    for (const entry of growing.byFit.get(fit)!) {
      entries[at] = entry;
      sorted[at++] = fit;
    }
  }
  return { entries, fits: sorted, postings: growing.postings };
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
