/**
 * Which posting a question names: its title and their parts ("the DevOps
 * role", "sr backend eng"), its team and aliases from knowledge/. Rare name
 * words weigh more than common ones, so "engineer" alone names nothing.
 */
import type { Posting } from '../content/types.js';
import { terms } from './text.js';

export interface NameMatch {
  posting: Posting;
  /** Weight of the name words the question mentions. */
  score: number;
  /** The question terms that matched the name. */
  matched: Set<string>;
}

export interface PostingNameIndex {
  /** Postings the question names, best first; more than one when it is ambiguous; empty when it names none. */
  resolve(questionTerms: string[], visible: (posting: Posting) => boolean): NameMatch[];
  /** Every word of every name, for typo repair. */
  readonly vocabulary: ReadonlySet<string>;
  /** Add or replace one posting's names. */
  replacePosting(posting: Posting): void;
}

interface Names {
  posting: Posting;
  /** The ways the posting is called: its title, each alias, its file name. */
  variants: Set<string>[];
  team: Set<string>;
  all: Set<string>;
}

const AMBIGUITY = 0.8;

export function buildPostingNameIndex(
  postings: Posting[],
  aliases: Record<string, string[]>,
  ignoredWords: string[],
  surfaceWords: (text: string) => string[],
): PostingNameIndex {
  const ignored = new Set(ignoredWords.flatMap((word) => terms(word)));
  const nameTerms = (text: string) => new Set(terms(text).filter((term) => !ignored.has(term)));
  const entries = new Map<string, Names>();
  const byTerm = new Map<string, Set<Names>>();
  const vocabulary = new Set<string>();

  const remove = (id: string) => {
    const old = entries.get(id);
    if (!old) return;
    entries.delete(id);
    for (const term of old.all) byTerm.get(term)?.delete(old);
  };
  const add = (posting: Posting) => {
    const variants = [posting.title, posting.id.replace(/-/g, ' '), ...(aliases[posting.id] ?? [])].map(nameTerms).filter((set) => set.size > 0);
    const team = nameTerms(posting.team);
    const entry: Names = { posting, variants, team, all: new Set([...variants.flatMap((set) => [...set]), ...team]) };
    entries.set(posting.id, entry);
    for (const term of entry.all) {
      const holders = byTerm.get(term) ?? new Set<Names>();
      holders.add(entry);
      byTerm.set(term, holders);
    }
    for (const text of [posting.title, posting.team, ...(aliases[posting.id] ?? [])]) surfaceWords(text).forEach((word) => vocabulary.add(word));
  };
  postings.forEach(add);

  const docFreq = (term: string) => byTerm.get(term)?.size ?? 0;
  const idf = (term: string) => Math.log(1 + Math.max(1, entries.size) / Math.max(1, docFreq(term)));
  const weight = (set: Iterable<string>) => {
    let sum = 0;
    for (const term of set) sum += idf(term);
    return sum;
  };

  return {
    vocabulary,
    replacePosting(posting) {
      remove(posting.id);
      add(posting);
    },
    resolve(questionTerms, visible) {
      const total = Math.max(1, entries.size);
      // A word only a handful of postings share is a name on its own ("devops", "kubernetes").
      const distinctiveLimit = Math.max(1, Math.floor(total * 0.02));
      // Postings to weigh: those sharing a not-too-common word with the question, so a large board stays cheap.
      const candidateLimit = Math.max(50, Math.floor(total * 0.05));
      const asked = new Set(questionTerms);
      const candidates = new Set<Names>();
      for (const term of asked) {
        const holders = byTerm.get(term);
        if (holders && holders.size <= candidateLimit) holders.forEach((holder) => candidates.add(holder));
      }
      const matches: NameMatch[] = [];
      for (const { posting, variants, team, all } of candidates) {
        if (!visible(posting)) continue;
        const matched = new Set([...all].filter((term) => asked.has(term)));
        const covers = (set: Set<string>) => weight([...set].filter((term) => matched.has(term))) / (weight(set) || 1);
        const named =
          variants.some((variant) => covers(variant) >= 0.5) ||
          (team.size > 0 && covers(team) === 1) ||
          [...matched].some((term) => docFreq(term) <= distinctiveLimit);
        if (named) matches.push({ posting, score: weight(matched), matched });
      }
      matches.sort((a, b) => b.score - a.score);
      const best = matches[0];
      return best ? matches.filter((match) => match.score >= best.score * AMBIGUITY) : [];
    },
  };
}
