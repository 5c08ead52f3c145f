/**
 * Which posting a question is about, as retrieval: postings ranked as
 * documents by the words asked, title words weighing most (rare title words
 * more than common ones), then team and location, then the words of the
 * body. Negated words ("not the senior one") count against a posting.
 */
import type { Posting } from '../content/types.js';
import { isStopword } from '../language/stopwords.js';
import { fold, tokenize } from '../language/words.js';
import type { PassageIndex } from './passages.js';
import type { QueryWord } from './question.js';
import { termsOf } from './terms.js';

export interface PostingMatch {
  posting: Posting;
  /** Title evidence alone: what names a posting. */
  title: number;
  /** Title, meta and body evidence: what ranks the named ones. */
  total: number;
  /** Share of the title's weight the question matched. */
  coverage: number;
  /** Question words that matched the title or the team/location. */
  naming: Set<string>;
}

export interface PostingIndex {
  /** Postings the question names, best first; ties kept. `visible` filters the audience's. */
  rank(words: readonly QueryWord[], visible: (posting: Posting) => boolean): PostingMatch[];
}

const TITLE = 3;
const META = 1.5;
const BODY = 0.5;
/** A concept's word ("manager", "lønn") names a posting only weakly: it is what is asked, mostly. */
const CONCEPT_WORD = 0.3;
/** Least title evidence that names a posting: about one title word that few titles share. */
export const NAMED = 1.6;

interface Doc {
  posting: Posting;
  titleTerms: Set<string>;
  titleTokens: string[];
  titleWeight: number;
  metaTerms: Set<string>;
  bodyTerms: Set<string>;
}

function commonPrefix(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return at;
}

/** Initials of each run of two to four title words: "Site Reliability Engineer" → "sre", "Account Executive" → "ae". */
function acronymsOf(title: string): string[] {
  const words = tokenize(title).flatMap((token) => token.split(/[-/]/)).filter((word) => word.length > 0 && !isStopword(word));
  const out: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 2; length <= 4 && start + length <= words.length; length += 1) {
      out.push(fold(words.slice(start, start + length).map((word) => word[0]).join('')));
    }
  }
  return out;
}

export function buildPostingIndex(postings: readonly Posting[], passages: PassageIndex, aliases: Record<string, string[]>): PostingIndex {
  const titleDf = new Map<string, number>();
  const anyDf = new Map<string, number>();
  const tokenDf = new Map<string, number>();
  const docs: Doc[] = postings.map((posting) => {
    const names = [posting.title, posting.id.replace(/[-_]+/g, ' '), ...(aliases[posting.id] ?? [])].join(' ');
    const titleTerms = new Set(termsOf(names, posting.language));
    const titleTokens = [...new Set(tokenize(names).flatMap((token) => [fold(token), ...fold(token).split(/[-/]/)]))].filter((token) => token.length >= 3);
    const metaTerms = new Set(termsOf(`${posting.team} ${posting.location} ${posting.date.slice(0, 4)}`, posting.language));
    const bodyTerms = new Set<string>();
    for (const entry of passages.byPosting.get(posting.id) ?? []) for (const term of entry.terms.keys()) bodyTerms.add(term);
    for (const term of titleTerms) titleDf.set(term, (titleDf.get(term) ?? 0) + 1);
    for (const token of titleTokens) tokenDf.set(token, (tokenDf.get(token) ?? 0) + 1);
    for (const term of new Set([...titleTerms, ...metaTerms, ...bodyTerms])) anyDf.set(term, (anyDf.get(term) ?? 0) + 1);
    return { posting, titleTerms, titleTokens, titleWeight: 0, metaTerms, bodyTerms };
  });
  const count = Math.max(docs.length, 1);
  const idf = (df: number) => (df > 0 ? Math.log(1 + count / df) : 0);
  for (const doc of docs) doc.titleWeight = [...doc.titleTerms].reduce((sum, term) => sum + idf(titleDf.get(term) ?? 0), 0);
  // Initials name a posting too ("SRE", "AE"), without counting toward how much of its title a question covers.
  for (const doc of docs) {
    for (const acronym of acronymsOf(doc.posting.title)) {
      if (doc.titleTerms.has(acronym)) continue;
      doc.titleTerms.add(acronym);
      titleDf.set(acronym, (titleDf.get(acronym) ?? 0) + 1);
    }
  }

  /** How a question word meets a title: by a stem, or as a compound's part ("designerjobben", "frontendutvecklare"). */
  function titleMatch(doc: Doc, word: QueryWord): number | null {
    for (const variant of word.variants) if (doc.titleTerms.has(variant)) return titleDf.get(variant) ?? 1;
    if (word.token.length >= 2 && word.token.length <= 4 && doc.titleTerms.has(fold(word.token))) return titleDf.get(fold(word.token)) ?? 1;
    for (const token of [fold(word.token), ...word.variants]) {
      if (token.length < 4) continue;
      for (const part of doc.titleTokens) {
        if (part.length >= 4 && token.length > part.length && token.startsWith(part)) return tokenDf.get(part) ?? 1;
        if (token.length >= 5 && part.length > token.length + 2 && part.startsWith(token)) return tokenDf.get(part) ?? 1;
        // Compounds: "utvikler" in "mobilutvikler", "supportjobben" and "supporttekniker".
        if (token.length >= 6 && part.length > token.length + 2 && part.endsWith(token)) return tokenDf.get(part) ?? 1;
        if (token.length >= 10 && part.length >= 10 && commonPrefix(token, part) >= 6) return tokenDf.get(part) ?? 1;
      }
    }
    return null;
  }

  return {
    rank(words, visible) {
      const matches: PostingMatch[] = [];
      for (const doc of docs) {
        if (!visible(doc.posting)) continue;
        let title = 0;
        let total = 0;
        let matchedTitle = 0;
        const naming = new Set<string>();
        for (const word of words) {
          const scale = word.concept && !word.looseConcept ? CONCEPT_WORD : 1;
          const hit = titleMatch(doc, word);
          if (hit !== null) {
            const weight = idf(hit);
            if (word.negated) {
              title -= 2 * weight;
              total -= 2 * TITLE * weight;
              continue;
            }
            title += scale * weight;
            total += scale * TITLE * weight;
            matchedTitle += weight;
            naming.add(word.token);
            continue;
          }
          if (word.negated) continue;
          const meta = word.variants.find((variant) => doc.metaTerms.has(variant));
          if (meta) {
            total += scale * META * idf(anyDf.get(meta) ?? 1);
            naming.add(word.token);
            continue;
          }
          const body = word.variants.find((variant) => doc.bodyTerms.has(variant));
          if (body && !word.concept) total += BODY * idf(anyDf.get(body) ?? 1);
        }
        if (title <= 0) continue;
        const coverage = doc.titleWeight > 0 ? Math.min(1, matchedTitle / doc.titleWeight) : 0;
        matches.push({ posting: doc.posting, title, total: total + coverage, coverage, naming });
      }
      return matches.sort((a, b) => b.total - a.total);
    },
  };
}
