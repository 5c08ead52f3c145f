/**
 * The corpus prepared for questions: every passage with its terms and
 * topics, an inverted index from term and topic to passages, and document
 * frequencies. Built once per load; one changed posting is swapped in
 * without a rebuild (its old passages are retired, not searched for).
 *
 * Passages are numbered in indexing order, and the lists hold numbers. A
 * passage's entry (IndexedPassage) is made the first time a question needs
 * one of its posting's passages: a big board's build then makes no object
 * per passage, only numbers, and most postings are never asked about.
 */
import type { CompanyPage, Posting, Section, Passage } from '../content/types.js';
import type { TopicMatcher } from './topics.js';
import { NOT_NUMBERED, numbersOf, readSectionTexts, whenSectionsMade } from '../content/posting-codec.js';
import { readHeading, readPassage, type HeadingReading, type PassageReading } from './passage-reading.js';
import { placementOf, SPENT, type ListsPlacement, type Placement, type PlacementContext } from './placement.js';
import { ChunkedList } from './chunked-list.js';
import { createTermLists, type TermList } from './term-lists.js';
import { createTopicLists, type AddedPassage, type TopicList } from './topic-lists.js';
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
  /** A posting's passages in document order (its current version's). */
  byPosting: { get(postingId: string): IndexedPassage[] | undefined };
  company: IndexedPassage[];
  /** The passage numbered `seq` (a number from a term or topic list). */
  entryAt(seq: number): IndexedPassage;
  /** The posting (null: the company page) of the passage numbered `seq`, without making its entry. */
  postingAt(seq: number): Posting | null;
  /** The numbers of the passages that have a term (or whose heading has it), ascending; empty for an unknown term. */
  termPassages(term: string): TermList;
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

/** One posting's (or company page's) passages: numbers first to first + count - 1, entries made on demand. */
interface Block {
  posting: Posting | null;
  /** The posting or company page: its sections are read only when entries are made (a big load's may not exist yet). */
  source: { readonly sections: Section[] };
  /** Each section's topic label, by position, until the sections have it. */
  sectionLabels: string[][];
  pageUrl: string;
  first: number;
  count: number;
  retired: boolean;
  entries: IndexedPassage[] | null;
}

export function createSearchIndexBuilder(matcher: TopicMatcher, companyUrl: string, narrow: ReadonlySet<string>): SearchIndexBuilder {
  const byId = new Map<string, Block>();
  const terms = createTermLists();
  /** By passage number: its block, and where it went (what its entry is made from). */
  const blockBySeq = new ChunkedList<Block>();
  const placementBySeq = new ChunkedList<Placement>();
  const topics = createTopicLists();
  const corpusWords = new Set<string>();
  let live = 0;
  // Only while building: afterwards the memo would pin every distinct text's reading for nothing.
  const contextFor = (): IndexingContext => ({ memo: new Map(), byNumber: new Map(), placements: new Map(), narrow, termId: terms.idOf, headingTermIds: new Map() });
  let building: IndexingContext | null = contextFor();
  const company: IndexedPassage[] = [];

  /**
   * Numbers the block's passages and hands each passage's placement on. A
   * big load's posting is read off the parse worker's tape, its sections not
   * made yet (posting-codec.ts); the topics go into the sections once they are.
   */
  const indexBlock = (block: Block, context: IndexingContext, onPassage: (seq: number, lists: ListsPlacement) => void) => {
    block.first = blockBySeq.length;
    const read = readByNumber(context, numbersOf(block.source));
    let heading: HeadingReading | null = null;
    const addSection = (text: string, number: number) => {
      const known = read && number !== NOT_NUMBERED ? read.headings.at(number) : undefined;
      heading = known ?? readHeading(text, matcher, corpusWords);
      if (read && number !== NOT_NUMBERED && known === undefined) read.headings.set(number, heading);
      block.sectionLabels.push(heading.labels);
    };
    const addPassage = (text: string, number: number) => {
      let reading = read && number !== NOT_NUMBERED ? read.passages.at(number) : undefined;
      if (reading === undefined) {
        reading = readPassage(text, matcher, corpusWords, context.memo);
        if (read && number !== NOT_NUMBERED) read.passages.set(number, reading);
      }
      const placement = placementOf(reading, heading!, context);
      const seq = blockBySeq.length;
      blockBySeq.push(block);
      placementBySeq.push(placement);
      live += 1;
      onPassage(seq, placement.lists!);
    };
    readSectionTexts(block.source, addSection, addPassage);
    block.count = blockBySeq.length - block.first;
    // Made apart from this scope, which holds the build's memos: a closure here would keep them alive with every unread posting.
    whenSectionsMade(block.source, labelSections(block));
  };
  /** The content model's topics: a section's from its heading, a passage's from both. */
  const labelSections = (block: Block) => (sections: Section[]) => {
    let seq = block.first;
    sections.forEach((section, position) => {
      section.topics = block.sectionLabels[position]!;
      for (const passage of section.passages) passage.topics = placementBySeq.at(seq++)!.labels;
    });
    block.sectionLabels = [];
  };
  const growLists = (seq: number, placement: ListsPlacement) => {
    if (placement.termList === undefined) {
      placement.termList = terms.listOf(placement.termIds);
      // The list's number says it all from here on: dropped now, a placement's own copy of its terms dies young instead of being copied to the old generation.
      placement.termIds = SPENT;
    }
    terms.place(seq, placement.termList);
    if (!placement.groups) {
      placement.groups = topics.groupsFor(placement.topicFits);
      // The groups say it all from here on; kept, the fits would be the biggest part of what a build copies between heap generations.
      placement.topicFits = SPENT;
    }
    topics.place(seq, blockBySeq.at(seq)!.posting, placement.groups);
  };
  /** A replaced posting's passages: each one's terms into their lists now, and its topics noted, to merge into theirs together. */
  const insertIntoLists = (added: AddedPassage[]) => (seq: number, placement: ListsPlacement) => {
    terms.add(seq, placement.termIds);
    added.push({ seq, topicFits: placement.topicFits });
  };
  /** Placements keep what entries are made from; what went into the lists is spent once the passages are in. */
  const dropLists = (from: number, to: number) => {
    for (let seq = from; seq < to; seq++) placementBySeq.at(seq)!.lists = null;
  };
  const blockOf = (posting: Posting | null, source: Block['source'], pageUrl: string): Block => ({
    posting,
    source,
    sectionLabels: [],
    pageUrl,
    first: 0,
    count: 0,
    retired: false,
    entries: null,
  });
  const entriesOf = (block: Block): IndexedPassage[] => (block.entries ??= makeEntries(block, placementBySeq));
  const entryAt = (seq: number): IndexedPassage => {
    const block = blockBySeq.at(seq)!;
    return entriesOf(block)[seq - block.first]!;
  };

  const addPosting = (posting: Posting) => {
    if (!building) throw new Error('the search index is finished; use replacePosting');
    const block = blockOf(posting, posting, posting.url);
    indexBlock(block, building, growLists);
    byId.set(posting.id, block);
  };
  const finish = (pages: CompanyPage[]): SearchIndex => {
    if (!building) throw new Error('the search index is finished already');
    for (const page of pages) {
      const block = blockOf(null, page, companyUrl);
      indexBlock(block, building, growLists);
      company.push(...entriesOf(block));
    }
    dropLists(0, placementBySeq.length);
    building = null;
    terms.seal();
    topics.seal();
    return index;
  };

  const index: SearchIndex = {
    byPosting: {
      get: (postingId) => {
        const block = byId.get(postingId);
        return block ? entriesOf(block) : undefined;
      },
    },
    company,
    entryAt,
    postingAt: (seq) => blockBySeq.at(seq)!.posting,
    termPassages: (term) => terms.list(term),
    byTopic: topics.byTopic,
    // Retired passages still count here until the next full load: a small, temporary skew in word weights.
    docFreq: (term) => terms.count(term),
    idf: (term) => Math.log(1 + Math.max(1, live) / (1 + terms.count(term))),
    contains: (entry, term) => terms.has(term, entry.seq),
    passageCount: () => live,
    words: corpusWords,
    replacePosting(posting) {
      const old = byId.get(posting.id);
      if (old) {
        old.retired = true;
        old.entries?.forEach((entry) => (entry.retired = true));
        live -= old.count;
      }
      const block = blockOf(posting, posting, posting.url);
      const added: AddedPassage[] = [];
      indexBlock(block, contextFor(), insertIntoLists(added));
      topics.addAll(added);
      dropLists(block.first, block.first + block.count);
      byId.set(posting.id, block);
      return entriesOf(block);
    },
  };
  return { addPosting, finish };
}

interface IndexingContext extends PlacementContext {
  memo: Map<string, PassageReading>;
  /** The readings again, by text number, per string table: most passages are found here without hashing their text. */
  byNumber: Map<object, ReadByNumber>;
}

interface ReadByNumber {
  headings: ChunkedList<HeadingReading>;
  passages: ChunkedList<PassageReading>;
}

function readByNumber(context: IndexingContext, numbers: object | null): ReadByNumber | null {
  if (numbers === null) return null;
  let read = context.byNumber.get(numbers);
  if (!read) context.byNumber.set(numbers, (read = { headings: new ChunkedList(), passages: new ChunkedList() }));
  return read;
}

/** A block's entries, in its passages' order (their numbers' order). */
function makeEntries(block: Block, placementBySeq: ChunkedList<Placement>): IndexedPassage[] {
  const entries = new Array<IndexedPassage>(block.count);
  let seq = block.first;
  for (const section of block.source.sections) {
    for (const passage of section.passages) {
      const placement = placementBySeq.at(seq)!;
      entries[seq - block.first] = {
        posting: block.posting,
        section,
        passage,
        seq,
        headingTerms: placement.headingTerms,
        ownTopics: placement.ownTopics,
        ownTotal: placement.ownTotal,
        headingTopics: placement.headingTopics,
        hasNumber: placement.hasNumber,
        wordCount: placement.wordCount,
        pageUrl: block.pageUrl,
        retired: block.retired,
      };
      seq += 1;
    }
  }
  return entries;
}

/** The link to a passage's section. */
export function passageUrl(entry: Pick<IndexedPassage, 'pageUrl' | 'section'>): string {
  return entry.section.anchor ? `${entry.pageUrl}#${entry.section.anchor}` : entry.pageUrl;
}
