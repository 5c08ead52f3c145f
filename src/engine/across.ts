/**
 * The best passages per posting when a question names none. A handful of
 * postings are ranked in full; on a large board only the passages that carry
 * an asked word or topic are scored, and the scan stops as soon as the
 * outcome is settled (several postings answer, differently: "which role?").
 */
import type { Posting } from '../content/types.js';
import { rankPassages, scorePassage, type RankQuery, type ScoredPassage } from './rank.js';
import type { IndexedPassage, SearchIndex } from './search-index.js';

export interface PostingRanking {
  posting: Posting;
  /** Best first; on a large board only the passages that were scored. */
  ranked: ScoredPassage[];
}

const FULL_RANKING_LIMIT = 30;

export function rankAcross(
  candidates: Posting[],
  query: RankQuery,
  index: SearchIndex,
  idf: (term: string) => number,
  settle: { threshold: number; enough: number },
): PostingRanking[] {
  if (candidates.length <= FULL_RANKING_LIMIT) {
    return candidates.map((posting) => ({ posting, ranked: rankPassages(index.byPosting.get(posting.id) ?? [], query, idf) }));
  }
  const allowed = new Set(candidates.map((posting) => posting.id));
  const best = new Map<string, ScoredPassage[]>();
  const answeringTexts = new Set<string>();
  let answering = 0;
  for (const entry of candidatePassages(query, index)) {
    const posting = entry.posting;
    if (!posting || entry.retired || !allowed.has(posting.id)) continue;
    const scored = scorePassage(entry, query, idf);
    if (scored.score <= 0) continue;
    const list = best.get(posting.id);
    if (!list) best.set(posting.id, [scored]);
    else list.push(scored);
    if (scored.score >= settle.threshold && (!list || list.every((item) => item === scored || item.score < settle.threshold))) {
      answering += 1;
      answeringTexts.add(entry.passage.text);
      if (answering >= settle.enough && answeringTexts.size > 1) break;
    }
  }
  const byId = new Map(candidates.map((posting) => [posting.id, posting]));
  return [...best].map(([id, ranked]) => ({ posting: byId.get(id)!, ranked: ranked.sort((a, b) => b.score - a.score) }));
}

/** Rare asked words first (they decide "only one posting says it"), then the asked topics. */
function* candidatePassages(query: RankQuery, index: SearchIndex): Generator<IndexedPassage> {
  const seen = new Set<IndexedPassage>();
  const lists = query.contentTerms
    .map((term) => index.byTerm.get(term) ?? [])
    .sort((a, b) => a.length - b.length)
    .concat(query.topics.map((topic) => index.byTopic.get(topic.id) ?? []));
  for (const list of lists) {
    for (const entry of list) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      yield entry;
    }
  }
}
