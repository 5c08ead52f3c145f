/**
 * What `gaps` lists: per posting and topic, the questions handed off (from
 * the question log) beside the answers marked unhelpful and helpful.
 */
import type { Gap } from '../handoff/store.js';
import type { FeedbackCount } from './types.js';

export interface GapRow {
  postingId: string | null;
  topic: string | null;
  handedOff: number;
  unhelpful: number;
  helpful: number;
  /** A few of the questions handed off, newest first. */
  examples: string[];
}

export type GapTotals = Pick<GapRow, 'handedOff' | 'unhelpful' | 'helpful'>;

/** One row per posting and topic; the most to look at (handed off and unhelpful) first. */
export function gapRows(gaps: Gap[], counts: FeedbackCount[]): GapRow[] {
  const rows = new Map<string, GapRow>();
  const row = (postingId: string | null, topic: string | null): GapRow => {
    const key = JSON.stringify([postingId, topic]);
    const found = rows.get(key) ?? { postingId, topic, handedOff: 0, unhelpful: 0, helpful: 0, examples: [] };
    rows.set(key, found);
    return found;
  };
  for (const gap of gaps) Object.assign(row(gap.postingId, gap.topic), { handedOff: gap.count, examples: gap.examples });
  for (const count of counts) Object.assign(row(count.postingId, count.topic), { unhelpful: count.unhelpful, helpful: count.helpful });
  const concern = (entry: GapRow) => entry.handedOff + entry.unhelpful;
  return [...rows.values()].sort((a, b) => concern(b) - concern(a) || b.helpful - a.helpful);
}

export function gapTotals(rows: GapRow[]): GapTotals {
  return rows.reduce((sum, row) => ({ handedOff: sum.handedOff + row.handedOff, unhelpful: sum.unhelpful + row.unhelpful, helpful: sum.helpful + row.helpful }), {
    handedOff: 0,
    unhelpful: 0,
    helpful: 0,
  });
}
