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
  variants: ReadonlySet<string>[];
  team: ReadonlySet<string>;
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
  // Titles and teams repeat across a board ("Platform", "Backend Engineer"): each text is read once, its set shared (never changed).
  const termsByText = new Map<string, ReadonlySet<string>>();
  const nameTerms = (text: string): ReadonlySet<string> => {
    let known = termsByText.get(text);
    if (!known) {
      if (termsByText.size >= 50_000) termsByText.clear();
      termsByText.set(text, (known = new Set(terms(text).filter((term) => !ignored.has(term)))));
    }
    return known;
  };
  const surfaced = new Set<string>();
  const entries = new Map<string, Names>();
  // Lists, not sets: a posting is added to a term's list once (its terms are a set), and a big board adds 10,000 postings to lists thousands long.
  const byTerm = new Map<string, Names[]>();
  const vocabulary = new Set<string>();

  const remove = (id: string) => {
    const old = entries.get(id);
    if (!old) return;
    entries.delete(id);
    for (const term of old.all) {
      const holders = byTerm.get(term);
      const at = holders ? holders.indexOf(old) : -1;
      if (at !== -1) holders!.splice(at, 1);
    }
  };
  const surface = (text: string) => {
    if (surfaced.has(text)) return;
    if (surfaced.size >= 50_000) surfaced.clear();
    surfaced.add(text);
    for (const word of surfaceWords(text)) vocabulary.add(word);
  };
  // Runs for every posting of a load: loops rather than spreads, which cost a big board a tenth of its indexing.
  const add = (posting: Posting) => {
    const postingAliases = aliases[posting.id] ?? [];
    const variants: ReadonlySet<string>[] = [];
    for (const text of [posting.title, posting.id.replace(/-/g, ' '), ...postingAliases]) {
      const variant = nameTerms(text);
      if (variant.size > 0) variants.push(variant);
    }
    const team = nameTerms(posting.team);
    const all = new Set<string>();
    for (const variant of variants) for (const term of variant) all.add(term);
    for (const term of team) all.add(term);
    const entry: Names = { posting, variants, team, all };
    entries.set(posting.id, entry);
    for (const term of all) {
      const holders = byTerm.get(term);
      if (holders) holders.push(entry);
      else byTerm.set(term, [entry]);
    }
    surface(posting.title);
    surface(posting.team);
    postingAliases.forEach(surface);
  };
  postings.forEach(add);

  const docFreq = (term: string) => byTerm.get(term)?.length ?? 0;
  // Weights change only when a posting does: kept until then, as a question on a big board weighs hundreds of names.
  const idfs = new Map<string, number>();
  const nameWeights = new Map<ReadonlySet<string>, number>();
  const idf = (term: string) => {
    let known = idfs.get(term);
    if (known === undefined) idfs.set(term, (known = Math.log(1 + Math.max(1, entries.size) / Math.max(1, docFreq(term)))));
    return known;
  };
  const weight = (set: Iterable<string>) => {
    let sum = 0;
    for (const term of set) sum += idf(term);
    return sum;
  };
  const nameWeight = (set: ReadonlySet<string>) => {
    let known = nameWeights.get(set);
    if (known === undefined) nameWeights.set(set, (known = weight(set)));
    return known;
  };

  return {
    vocabulary,
    replacePosting(posting) {
      remove(posting.id);
      add(posting);
      idfs.clear();
      nameWeights.clear();
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
        if (holders && holders.length <= candidateLimit) for (const holder of holders) candidates.add(holder);
      }
      const matches: NameMatch[] = [];
      // Share of a name's weight the question's words cover (summed in the name's own order, as weight() sums).
      const coverage = (set: ReadonlySet<string>, matched: ReadonlySet<string>) => {
        let sum = 0;
        for (const term of set) if (matched.has(term)) sum += idf(term);
        return sum / (nameWeight(set) || 1);
      };
      for (const { posting, variants, team, all } of candidates) {
        if (!visible(posting)) continue;
        const matched = new Set<string>();
        for (const term of all) if (asked.has(term)) matched.add(term);
        const named =
          variants.some((variant) => coverage(variant, matched) >= 0.5) ||
          (team.size > 0 && coverage(team, matched) === 1) ||
          [...matched].some((term) => docFreq(term) <= distinctiveLimit);
        if (named) matches.push({ posting, score: weight(matched), matched });
      }
      matches.sort((a, b) => b.score - a.score);
      const best = matches[0];
      return best ? matches.filter((match) => match.score >= best.score * AMBIGUITY) : [];
    },
  };
}
