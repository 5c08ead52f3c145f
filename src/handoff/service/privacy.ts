/**
 * What Candor keeps and for how long: forgetting a candidate on request
 * (their pings are blanked too), the retention purge, and the recorded
 * questions `gaps` counts.
 */
import type { HandoffService, HandoffServiceDeps } from './types.js';
import type { Delivery } from './delivery.js';

const DAY = 86_400_000;

export type Privacy = Pick<HandoffService, 'forget' | 'purge' | 'gaps'>;

export function createPrivacy(deps: Pick<HandoffServiceDeps, 'store' | 'clock' | 'policy'>, delivery: Delivery): Privacy {
  const { store, clock } = deps;
  return {
    async forget(who) {
      const theirs = (await store.list(['open', 'claimed', 'answered'])).filter(
        (handoff) => handoff.platform === who.platform && handoff.candidateId === who.userId,
      );
      const removed = await store.forget(who.platform, who.userId);
      for (const handoff of theirs) await delivery.refreshPings(handoff, 'forgotten');
      return removed;
    },
    purge: (now = clock.now()) => store.purge(now - deps.policy.retentionDays * DAY),
    gaps: (days) => store.gaps(clock.now() - days * DAY),
  };
}
