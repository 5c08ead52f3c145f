/**
 * Every passage of the board and the company pages, indexed for BM25 over
 * its words and its heading's, with the concepts it speaks of. Built once
 * per load with plain maps; a reload builds it again.
 */
import { techNamed } from '../language/tech.js';
import { CURRENCY, PAY_RATE, SALARY_RANGE } from '../language/money.js';
import type { ConceptMatcher } from '../language/concept-matcher.js';
import { tokenize } from '../language/words.js';
import { createMemo } from '../memo.js';
import type { CompanyPage, Passage, Posting, Section } from '../content/types.js';
import { countedIn, countTerms, initialsIn, shapesOf, termsOf, termsOfTokens, type Counted, type Shapes } from './terms.js';

export interface Entry {
  index: number;
  posting: Posting | null;
  company: CompanyPage | null;
  section: Section;
  passage: Passage;
  /** Term → weight: the passage's words count 1, its heading path's 0.5. */
  terms: Map<string, number>;
  /** The same for entries with the same words under the same heading (one term map): they say the same. */
  wording: number;
  /** The same for entries that also share a language: one score serves them all. */
  reading: number;
  length: number;
  /** Concepts the passage's own words name. */
  concepts: Set<string>;
  /** How many of the passage's words name each concept. */
  conceptCounts: Map<string, number>;
  /** Concepts its section's heading names. */
  headingConcepts: Set<string>;
  shapes: Shapes;
  /** What its numbers count. */
  counted: Counted;
}

export interface PassageIndex {
  entries: Entry[];
  byPosting: Map<string, Entry[]>;
  company: Entry[];
  /** Term → entries holding it. */
  postingsOf: Map<string, Entry[]>;
  /** Concept → entries whose words or heading name it. */
  byConcept: Map<string, Entry[]>;
  /** The same, each concept's entries by posting, in order. */
  byConceptInPosting: Map<string, Map<Posting, Entry[]>>;
  /** Entries holding a term, for idf. */
  df(term: string): number;
  averageLength: number;
  /** Every term of each posting's passages, by posting id. */
  termsByPosting: Map<string, Set<string>>;
  /** Every term of the company pages. */
  companyTerms: Set<string>;
  /** Raw (folded) words of the whole board, for typo repair. */
  vocabulary: Set<string>;
  /** Terms of the board that start with a term and go on: the compounds a Nordic word is written in ("stockholm" → "stockholmskontoret"). */
  compounds(term: string): string[];
  /** The topics each posting's title names ("Engineering Manager": manager). */
  titleConcepts: ReadonlyMap<string, ReadonlySet<string>>;
}

const HEADING_WEIGHT = 0.5;

/** Whether a passage's text matches a pattern, read once per passage rather than once per question: questions asked of the whole board read thousands. */
export function readOnce(pattern: { test(text: string): boolean }): (entry: Entry) => boolean {
  const read = new WeakMap<Entry, boolean>();
  return (entry) => {
    let said = read.get(entry);
    if (said === undefined) read.set(entry, (said = pattern.test(entry.passage.text)));
    return said;
  };
}

/** A step of a numbered list ("3. Tech interviews"): read with the other steps, and counting only what the steps count. */
export function isStep(entry: Entry): boolean {
  return entry.passage.kind === 'list' && /^\d{1,3}[.)]\s/.test(entry.passage.text);
}

export function buildPassageIndex(postings: readonly Posting[], company: readonly CompanyPage[], matcher: ConceptMatcher): PassageIndex {
  const entries: Entry[] = [];
  const byPosting = new Map<string, Entry[]>();
  const companyEntries: Entry[] = [];
  const postingsOf = new Map<string, Entry[]>();
  const vocabulary = new Set<string>();
  const byConcept = new Map<string, Entry[]>();
  interface Heading {
    terms: string[];
    concepts: Set<string>;
    /** The same passage under the same heading has the same terms: one map serves every posting that repeats it. */
    passages: Map<string, Map<string, number>>;
  }
  interface Read {
    tokens: string[];
    own: string[];
    concepts: Set<string>;
    conceptCounts: Map<string, number>;
    shapes: Shapes;
    counted: Counted;
  }
  const headingCache = new Map<string, Heading>();
  const readings = new Map<Map<string, number>, { wording: number; byLanguage: Map<string, number> }>();
  // Boards repeat their boilerplate: a passage text is read once per language (keyed by the text itself, whose hash V8 keeps).
  const textCache = new Map<string, Map<string, Read>>();

  const add = (posting: Posting | null, page: CompanyPage | null, section: Section, passage: Passage) => {
    const key = `${section.language}\u0000${section.headingPath.join('\u0000')}`;
    let heading = headingCache.get(key);
    if (!heading) {
      const title = section.headingPath[section.headingPath.length - 1] ?? '';
      heading = { terms: termsOf(section.headingPath.join(' '), section.language), concepts: new Set(matcher.match(tokenize(title)).map((hit) => hit.id)), passages: new Map() };
      headingCache.set(key, heading);
    }
    const inLanguage = textCache.get(passage.language) ?? textCache.set(passage.language, new Map()).get(passage.language)!;
    let read = inLanguage.get(passage.text);
    if (!read) {
      const tokens = tokenize(passage.text);
      for (const token of tokens) vocabulary.add(token);
      // Swedish "visa upp ett utdrag" shows a record: a Swedish passage says "visum" for a visa.
      const hits = matcher.match(tokens).filter((hit) => !requestedFromCandidate(tokens, hit.start) && !(hit.id === 'visa' && passage.language === 'sv' && tokens[hit.start] === 'visa'));
      const conceptCounts = new Map<string, number>();
      for (const hit of hits) conceptCounts.set(hit.id, (conceptCounts.get(hit.id) ?? 0) + 1);
      // "Build features in React and TypeScript": two technologies named are the stack, said or not (under a stack heading, it is said).
      if (!conceptCounts.has('stack') && !heading.concepts.has('stack') && techNamed(tokens) >= 2) conceptCounts.set('stack', 1);
      // "£85,000 to £100,000, depending on experience": a range of yearly or monthly sums is pay, said or not.
      // "185 kr. i timen": a sum by the hour or the month, said of nothing else, is pay too.
      const paid = SALARY_RANGE.test(passage.text) || (PAY_RATE.test(passage.text) && conceptCounts.size === 0);
      if (!conceptCounts.has('compensation') && paid && CURRENCY.test(passage.text)) conceptCounts.set('compensation', 1);
      read = { tokens, own: termsOfTokens(tokens, passage.language), concepts: new Set(conceptCounts.keys()), conceptCounts, shapes: shapesOf(passage.text, passage.language), counted: countedIn(passage.text, tokens, hits, passage.language) };
      inLanguage.set(passage.text, read);
    }
    const { own } = read;
    let terms = heading.passages.get(passage.text);
    if (!terms) {
      terms = countTerms(own);
      for (const initials of initialsIn(passage.text)) if (!terms.has(initials)) terms.set(initials, 1);
      for (const term of heading.terms) terms.set(term, (terms.get(term) ?? 0) + HEADING_WEIGHT);
      heading.passages.set(passage.text, terms);
    }
    const alike = readings.get(terms) ?? readings.set(terms, { wording: readings.size, byLanguage: new Map() }).get(terms)!;
    const reading = alike.byLanguage.get(passage.language) ?? alike.byLanguage.set(passage.language, entries.length).get(passage.language)!;
    const entry: Entry = {
      index: entries.length,
      posting,
      company: page,
      section,
      passage,
      terms,
      wording: alike.wording,
      reading,
      length: Math.max(own.length, 1),
      concepts: read.concepts,
      conceptCounts: read.conceptCounts,
      headingConcepts: heading.concepts,
      shapes: read.shapes,
      counted: read.counted,
    };
    entries.push(entry);
    for (const term of terms.keys()) {
      const list = postingsOf.get(term);
      if (list) list.push(entry);
      else postingsOf.set(term, [entry]);
    }
    for (const concept of new Set([...entry.concepts, ...entry.headingConcepts])) {
      const list = byConcept.get(concept);
      if (list) list.push(entry);
      else byConcept.set(concept, [entry]);
    }
    if (posting) {
      const list = byPosting.get(posting.id);
      if (list) list.push(entry);
      else byPosting.set(posting.id, [entry]);
    } else companyEntries.push(entry);
  };

  for (const posting of postings) for (const section of posting.sections) for (const passage of section.passages) add(posting, null, section, passage);
  for (const page of company) for (const section of page.sections) for (const passage of section.passages) add(null, page, section, passage);
  for (const posting of postings) for (const token of tokenize(posting.title)) vocabulary.add(token);

  const averageLength = entries.reduce((sum, entry) => sum + entry.length, 0) / Math.max(entries.length, 1);
  const termsByPosting = new Map<string, Set<string>>();
  for (const [id, list] of byPosting) {
    const terms = new Set<string>();
    const seen = new Set<Map<string, number>>();
    for (const entry of list) {
      if (seen.has(entry.terms)) continue;
      seen.add(entry.terms);
      for (const term of entry.terms.keys()) terms.add(term);
    }
    termsByPosting.set(id, terms);
  }
  const sortedTerms = [...postingsOf.keys()].sort();
  // A short word goes on in an ending ("cov" + "erag") or a word of the board ("lon" + "espann"), not in any letters ("lon" + "gyearby").
  const joinsAWord = (rest: string) => rest.length <= 4 || [rest, rest.slice(1)].some((tail) => tail.length >= 3 && (postingsOf.has(tail) || vocabulary.has(tail)));
  const compoundMemo = createMemo<string[]>(20_000);
  const compounds = (term: string): string[] =>
    compoundMemo(term, () => {
      let low = 0;
      let high = sortedTerms.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (sortedTerms[mid]! < term) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let at = low; at < sortedTerms.length && sortedTerms[at]!.startsWith(term) && found.length < 12; at += 1) {
        if (sortedTerms[at]!.length >= term.length + 3 && (term.length >= 5 || joinsAWord(sortedTerms[at]!.slice(term.length)))) found.push(sortedTerms[at]!);
      }
      return found;
    });
  const byConceptInPosting = new Map<string, Map<Posting, Entry[]>>();
  for (const [concept, list] of byConcept) {
    const byOwner = new Map<Posting, Entry[]>();
    for (const entry of list) {
      if (!entry.posting) continue;
      const own = byOwner.get(entry.posting);
      if (own) own.push(entry);
      else byOwner.set(entry.posting, [entry]);
    }
    byConceptInPosting.set(concept, byOwner);
  }
  const companyTerms = new Set(companyEntries.flatMap((entry) => [...entry.terms.keys()]));
  const titleConcepts = new Map(postings.map((posting) => [posting.id, new Set(matcher.match(tokenize(posting.title)).map((hit) => hit.id))]));
  return { termsByPosting, companyTerms, compounds, titleConcepts, entries, byPosting, company: companyEntries, postingsOf, byConcept, byConceptInPosting, df: (term) => postingsOf.get(term)?.length ?? 0, averageLength, vocabulary };
}

const YOUR = new Set(['your', 'din', 'ditt', 'dina', 'dine', 'dit', 'jeres', 'deres']);
const SEND = new Set(['send', 'submit', 'attach', 'specify', 'indicate', 'state', 'skicka', 'ange', 'bifoga', 'uppge', 'oppgi', 'angi', 'angiv', 'vedlæg', 'legg']);

/** "Send us your hourly rate", "ange din löneförväntan": what the candidate is to give is not what the posting says of it. */
function requestedFromCandidate(tokens: readonly string[], at: number): boolean {
  const mine = [at - 1, at - 2].find((before) => before >= 0 && YOUR.has(tokens[before]!));
  if (mine === undefined) return false;
  for (let before = mine - 1; before >= Math.max(0, mine - 4); before -= 1) if (SEND.has(tokens[before]!)) return true;
  return false;
}
