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
  readonly vocabulary: string[];
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
  const entries: Names[] = [];
  const docFreq = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const posting of postings) {
    const variants = [posting.title, posting.id.replace(/-/g, ' '), ...(aliases[posting.id] ?? [])].map(nameTerms).filter((set) => set.size > 0);
    const team = nameTerms(posting.team);
    const all = new Set([...variants.flatMap((set) => [...set]), ...team]);
    entries.push({ posting, variants, team, all });
    for (const term of all) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
    for (const text of [posting.title, posting.team, ...(aliases[posting.id] ?? [])]) surfaceWords(text).forEach((word) => vocabulary.add(word));
  }
  const total = Math.max(1, postings.length);
  const idf = (term: string) => Math.log(1 + total / (docFreq.get(term) ?? total));
  const weight = (set: Iterable<string>) => [...set].reduce((sum, term) => sum + idf(term), 0);
  // A word only a handful of postings share is a name on its own ("devops", "kubernetes").
  const distinctiveLimit = Math.max(1, Math.floor(total * 0.02));

  return {
    vocabulary: [...vocabulary],
    resolve(questionTerms, visible) {
      const asked = new Set(questionTerms);
      const matches: NameMatch[] = [];
      for (const { posting, variants, team, all } of entries) {
        if (!visible(posting)) continue;
        const matched = new Set([...all].filter((term) => asked.has(term)));
        if (matched.size === 0) continue;
        const covers = (set: Set<string>) => weight([...set].filter((term) => matched.has(term))) / (weight(set) || 1);
        const named =
          variants.some((variant) => covers(variant) >= 0.5) ||
          (team.size > 0 && covers(team) === 1) ||
          [...matched].some((term) => (docFreq.get(term) ?? 0) <= distinctiveLimit);
        if (named) matches.push({ posting, score: weight(matched), matched });
      }
      matches.sort((a, b) => b.score - a.score);
      const best = matches[0];
      return best ? matches.filter((match) => match.score >= best.score * AMBIGUITY) : [];
    },
  };
}
