/**
 * The periodic sweep and the recovery after a restart: relay what was
 * recorded but not relayed, send pings that never went out, remind the
 * recruiter of an unclaimed handoff and escalate it to the fallback, counted
 * in working minutes.
 */
import type { HandoffService, HandoffServiceDeps, TickReport } from './types.js';
import type { Handoff } from '../store.js';
import { workingMinutesBetween } from '../working-hours.js';
import type { Cards } from './cards.js';
import type { Delivery } from './delivery.js';
import type { Exclusive } from './exclusive.js';
import type { Dismissal } from './dismissal.js';

export type Sweep = Pick<HandoffService, 'tick' | 'recoverOnStart'>;

export function createSweep(
  deps: Pick<HandoffServiceDeps, 'store' | 'clock' | 'policy'>,
  delivery: Delivery,
  cards: Cards,
  exclusive: Exclusive,
  dismissal: Dismissal,
): Sweep {
  const { store, policy } = deps;
  /** The sweep running now; a tick during it joins it rather than starting another. */
  let ticking: Promise<TickReport> | null = null;

  async function sweep(now: number): Promise<TickReport> {
    const relayed = await delivery.relayPending();
    const open = await store.list(['open']);
    const pinged = await delivery.pingUnpinged(open);
    let reminded = 0;
    let escalated = 0;
    for (const handoff of open) {
      if (handoff.pings.length === 0) continue;
      const waited = workingMinutesBetween(handoff.createdAt, now, policy.workingHours);
      if (handoff.escalatedAt === null && waited >= policy.escalateMinutes) {
        if (await repeat(handoff, 'escalation', now)) escalated += 1;
      } else if (handoff.escalatedAt === null && handoff.remindedAt === null && waited >= policy.remindMinutes) {
        if (await repeat(handoff, 'reminder', now)) reminded += 1;
      }
    }
    const told = await dismissal.tellPending();
    return { relayed, pinged, reminded, escalated, told };
  }

  /** A reminder or an escalation: ping first, then record it, so a crash in between repeats a ping rather than losing it. */
  async function repeat(handoff: Handoff, kind: 'reminder' | 'escalation', now: number): Promise<boolean> {
    const done = await exclusive(`ping:${handoff.id}`, async () => {
      const who = kind === 'escalation' ? cards.fallbackRecruiter() : cards.recruiter(handoff.recruiterId);
      if (!(await delivery.sendPing(handoff, kind, who))) return false;
      const field = kind === 'escalation' ? 'escalatedAt' : 'remindedAt';
      const result = await store.transition(handoff.id, {
        from: ['open'],
        unset: [field],
        set: { [field]: now },
        event: { type: kind === 'escalation' ? 'escalated' : 'reminded', actor: null, detail: who.id, at: now },
      });
      return result.outcome === 'applied';
    });
    return done ?? false;
  }

  return {
    tick(now = deps.clock.now()) {
      ticking ??= sweep(now).finally(() => {
        ticking = null;
      });
      return ticking;
    },

    async recoverOnStart() {
      const relayed = await delivery.relayPending();
      const pinged = await delivery.pingUnpinged(await store.list(['open']));
      const told = await dismissal.tellPending();
      return { relayed, pinged, reminded: 0, escalated: 0, told };
    },
  };
}
