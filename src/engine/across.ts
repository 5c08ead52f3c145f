/**
 * The best passages per posting when a question names none. A handful of
 * postings are ranked in full. On a large board only passages that carry an
 * asked word or topic are scored, topic lists are read best-fitting first and
 * left as soon as no later passage could reach the threshold, and the scan
 * stops once the outcome is settled (several postings answer, differently).
 */
import type { Posting } from '../content/types.js';
import { passageScorer, rankPassages, type RankQuery, type ScoredPassage } from './rank.js';
import type { SearchIndex } from './search-index.js';

export interface PostingRanking {
  posting: Posting;
  /** Best first; on a large board only the passages that were scored. */
  ranked: ScoredPassage[];
}

export interface Settle {
  threshold: number;
  /** Postings that answer, differently, enough to ask "which role?". */
  enough: number;
}

const FULL_RANKING_LIMIT = 30;
/** Words in more passages than this share weigh too little to be worth a scan of their list... */
const COMMON_TERM_SHARE = 0.005;
/** ...and the rarest few asked words are the ones that can make one posting the only answer. */
const TERM_LISTS = 3;
/** Near misses kept for the recruiter's "best guesses" even below the threshold. */
const GUESSES = 3;

export function rankAcross(
  candidates: Posting[],
  isCandidate: (posting: Posting) => boolean,
  query: RankQuery,
  index: SearchIndex,
  settle: Settle,
): PostingRanking[] {
  if (candidates.length <= FULL_RANKING_LIMIT) {
    return candidates.map((posting) => ({ posting, ranked: rankPassages(index.byPosting.get(posting.id) ?? [], query, index) }));
  }
  const best = new Map<Posting, ScoredPassage[]>();
  const answeringTexts = new Set<string>();
  const answeringPostings = new Set<Posting>();
  /** Passage numbers already scored (a passage can be on several lists). */
  const seen = new Set<number>();
  const score = passageScorer(query, index);
  // Every posting answering alike is the one outcome that needs the whole board; when the asked
  // topics reach fewer postings than that, enough answering postings settle it.
  const reach = Math.max(0, ...query.topics.map((topic) => index.byTopic.get(topic.id)?.postings ?? 0));
  const everywherePossible = query.topics.length === 0 || reach >= candidates.length;
  const settled = () => answeringPostings.size >= settle.enough && (answeringTexts.size > 1 || !everywherePossible);

  // Whether a passage is worth scoring is decided by its number and posting: most passages on a long list are another posting's.
  const consider = (seq: number): void => {
    const posting = index.postingAt(seq);
    if (!posting || seen.has(seq) || !isCandidate(posting)) return;
    const entry = index.entryAt(seq);
    if (entry.retired) return;
    seen.add(seq);
    const scored = score(entry);
    if (!scored) return;
    const list = best.get(posting);
    if (list) list.push(scored);
    else best.set(posting, [scored]);
    if (scored.score >= settle.threshold) {
      answeringPostings.add(posting);
      answeringTexts.add(entry.passage.text);
    }
  };

  const common = Math.max(50, index.passageCount() * COMMON_TERM_SHARE);
  const termLists = query.contentTerms
    .map((term) => index.termPassages(term))
    .filter((list) => list.length <= common)
    .sort((a, b) => a.length - b.length)
    .slice(0, TERM_LISTS);
  for (const list of termLists) {
    for (let position = 0; position < list.length; position++) {
      consider(list.seqAt(position));
      if (settled()) return rankings(best);
    }
  }
  const strongest = query.topics[0]?.weight ?? 0;
  // Without an asked word in it, a passage scores at most its topic fit (0.85 of it when words were asked).
  const ceiling = query.contentTerms.length > 0 ? 0.85 : 1;
  for (const { id, weight } of query.topics) {
    const list = index.byTopic.get(id);
    if (!list) continue;
    const factor = ceiling * (weight / strongest) ** 2;
    for (let position = 0; position < list.length; position++) {
      if (list.fits[position]! * factor < settle.threshold && best.size >= GUESSES) break;
      consider(list.seqs[position]!);
      if (settled()) return rankings(best);
    }
  }
  return rankings(best);
}

function rankings(best: Map<Posting, ScoredPassage[]>): PostingRanking[] {
  return [...best].map(([posting, ranked]) => ({ posting, ranked: ranked.sort((a, b) => b.score - a.score) }));
}
