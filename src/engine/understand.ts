/**
 * Which posting a question is about: the one it names, the one the thread
 * is about, several it fits equally, or none. Words are read as asked here;
 * a staff-only posting is never named to a candidate.
 */
import type { Posting } from '../content/types.js';
import { closestOf } from './closest.js';
import { NAMED, type PostingIndex, type PostingMatch } from './postings.js';
import { readQuestion, type Question as ReadQuestion, type QuestionDeps } from './question.js';
import type { createSiblingOf } from './siblings.js';
import type { Audience, Question } from './types.js';

export const visibleTo = (audience: Audience) => (posting: Posting) => audience === 'staff' || !posting.draft;

export interface UnderstandingDeps {
  question: QuestionDeps;
  postingIndex: PostingIndex;
  byId: ReadonlyMap<string, Posting>;
  /** The company's own name, which names no posting. */
  companyWords: ReadonlySet<string>;
  siblingOf: ReturnType<typeof createSiblingOf>;
  visibleLists: Record<Audience, Posting[]>;
}

/** A question read, and the posting or postings it is about. */
export interface Plan {
  question: ReadQuestion;
  posting: Posting | undefined;
  /** Postings the question fits equally; null when it names none. */
  named: Posting[] | null;
  naming: Set<string>;
  hiddenNamed: boolean;
  matches: PostingMatch[];
}

export function createUnderstanding(deps: UnderstandingDeps): (input: Question) => Plan {
  const { question: questionDeps, postingIndex, byId, companyWords, siblingOf, visibleLists } = deps;
  return function understand(input: Question): Plan {
    const question = readQuestion(input.text, questionDeps);
    const visible = visibleTo(input.audience);
    const pick = (id: string | undefined) => {
      const posting = id === undefined ? undefined : byId.get(id);
      return posting && visible(posting) ? posting : undefined;
    };
    const context = pick(input.contextPostingId);
    let posting = pick(input.postingId);
    let named: Posting[] | null = null;
    let naming = new Set<string>();
    // The company's own name names no posting ("Variant" in "Designer i Variant Bergen").
    const namingWords = question.words.filter((word) => !companyWords.has(word.token));
    const ranked = postingIndex.rank(namingWords, visible);
    const matches = ranked.filter((match) => match.title >= NAMED);
    if (!posting && matches.length) {
      const close = closestOf(matches, ranked, { question, context: Boolean(context), postingIndex, visible, namingWords });
      naming = new Set(close.flatMap((match) => [...match.naming]));
      if (close.length === 1) posting = close[0]!.posting;
      else if (context && close.some((match) => match.posting === context)) posting = context;
      else named = close.map((match) => match.posting);
    }
    let hiddenNamed = false;
    if (!input.postingId && input.audience === 'candidate') {
      // A role only a staff-only posting names clearly is a role Candor does not know to a candidate: never a lesser match in its place.
      const hidden = postingIndex.rank(namingWords, (candidate) => candidate.draft).filter((match) => match.title >= NAMED);
      const bestHidden = Math.max(0, ...hidden.map((match) => match.title));
      const bestVisible = Math.max(0, ...matches.map((match) => match.title));
      if (bestHidden > 0 && bestHidden > 1.2 * bestVisible && (!context || matches.length > 0)) {
        hiddenNamed = true;
        posting = undefined;
        named = null;
      }
    }
    if (!posting && !named && !hiddenNamed) {
      const all = visibleLists[input.audience];
      posting = (context && siblingOf(context, question, visible)) ?? context ?? (all.length === 1 ? all[0] : undefined);
    }
    // The words that name the posting the question is about ("the SRE role" in a thread about it) are not what it asks.
    if (posting && naming.size === 0) naming = postingIndex.rank(namingWords, (candidate) => candidate === posting)[0]?.titleNaming ?? naming;
    return { question, posting, named, naming, hiddenNamed, matches };
  };
}
