/** The handoff queue as the metrics see it: counts by state and the age of the oldest open one. */
import type { Handoff } from '../handoff/store.js';
import type { HandoffSnapshot } from './metrics.js';

export function handoffSnapshot(handoffs: Pick<Handoff, 'state' | 'createdAt'>[], now: number): HandoffSnapshot {
  const byState: Record<string, number> = {};
  let oldestOpen: number | null = null;
  for (const handoff of handoffs) {
    byState[handoff.state] = (byState[handoff.state] ?? 0) + 1;
    if (handoff.state === 'open' && (oldestOpen === null || handoff.createdAt < oldestOpen)) oldestOpen = handoff.createdAt;
  }
  return { byState, oldestOpenAgeSeconds: oldestOpen === null ? null : Math.max(0, (now - oldestOpen) / 1000) };
}
