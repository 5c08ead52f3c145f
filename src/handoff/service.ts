/**
 * The handoff workflow: open → claimed → answered (or dismissed, and the candidate told so), with
 * reminders, escalation, relaying a recruiter's reply to the candidate, and
 * teaching an answer back to Candor. Durable: every step is recorded in the
 * store before or after its platform call so a restart finishes what a crash
 * interrupted (a recruiter's reply is recorded, relayed, then marked relayed).
 *
 * This module is the service's face; its parts live in service/: intake
 * (open), actions (claim, dismiss, reply, teach), sweep (tick, recovery),
 * privacy (forget, purge, gaps), over delivery (platform calls) and cards
 * (what a ping shows).
 */
import { createActions } from './service/actions.js';
import { createCards } from './service/cards.js';
import { createDelivery } from './service/delivery.js';
import { createDismissal } from './service/dismissal.js';
import { createExclusive } from './service/exclusive.js';
import { createIntake } from './service/intake.js';
import { createPrivacy } from './service/privacy.js';
import { createSweep } from './service/sweep.js';
import type { HandoffService, HandoffServiceDeps, QueueFilter } from './service/types.js';
import type { HandoffState } from './store.js';

export type { HandoffPolicy, HandoffService, HandoffServiceDeps, QueueFilter, TickReport } from './service/types.js';

const STATES: Record<QueueFilter, HandoffState[]> = {
  queue: ['open', 'claimed'],
  open: ['open'],
  claimed: ['claimed'],
  all: ['open', 'claimed', 'answered', 'dismissed'],
};

export function createHandoffService(deps: HandoffServiceDeps): HandoffService {
  const exclusive = createExclusive();
  const cards = createCards(deps);
  const delivery = createDelivery(deps, cards, exclusive);
  const dismissal = createDismissal(deps, (handoff) => delivery.transportOf(handoff.platform), exclusive);
  const actions = createActions(deps, delivery, exclusive, dismissal);
  return {
    register: delivery.register,
    open: createIntake(deps, delivery),
    ...actions,
    receive(event) {
      switch (event.type) {
        case 'claim':
          return actions.claim(event.handoffId, event.actor, event.eventId);
        case 'dismiss':
          return actions.dismiss(event.handoffId, event.actor, event.eventId);
        case 'teach':
          return actions.teach(event.handoffId, event.actor, event.eventId);
        case 'staff-reply':
          return actions.recordRecruiterReply(event.ping, event.actor, event.text, event.eventId);
      }
    },
    ...createSweep(deps, delivery, cards, exclusive, dismissal),
    ...createPrivacy(deps, delivery),
    list: (filter) => deps.store.list(STATES[filter]),
    waitingMinutes: cards.waitingMinutes,
  };
}
