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
import type { HandoffDesk } from '../chat/handler.js';
import type { Platform } from '../chat/types.js';
import type { CandorEngine } from '../engine/engine.js';
import type { Clock } from './clock.js';
import { createActions } from './service/actions.js';
import { createCards } from './service/cards.js';
import { createDelivery } from './service/delivery.js';
import { createExclusive } from './service/exclusive.js';
import { createIntake } from './service/intake.js';
import { createPrivacy } from './service/privacy.js';
import { createSweep } from './service/sweep.js';
import { createDismissal } from './service/dismissal.js';
import type { ActionResult, Actor, HandoffTransport } from './transport.js';
import type { WorkingHours } from './working-hours.js';
import type { ForgetReport, Gap, Handoff, HandoffState, HandoffStore, PurgeReport } from './store.js';

export interface HandoffPolicy {
  /** Working minutes before an unclaimed handoff is re-pinged. */
  remindMinutes: number;
  /** Working minutes before it goes to the fallback recruiter. */
  escalateMinutes: number;
  workingHours: WorkingHours;
  retentionDays: number;
}

export interface HandoffServiceDeps {
  store: HandoffStore;
  /** The current engine (a getter: a reload swaps it): recruiters and posting titles. */
  engine: () => CandorEngine;
  clock: Clock;
  policy: HandoffPolicy;
  /** knowledge/answers, where taught answers are written. */
  answersDir: string;
  /** Called after an answer is taught, e.g. to reload content. */
  afterTeach?: () => Promise<unknown>;
  /** Where failures land; the context carries ids only, never names or message text. */
  reportError: (error: unknown, context: Record<string, unknown>) => void;
  newId?: () => string;
}

export type QueueFilter = 'queue' | 'open' | 'claimed' | 'all';

export interface TickReport {
  relayed: number;
  pinged: number;
  reminded: number;
  escalated: number;
  /** Candidates told that their dismissed question will not be answered here. */
  told: number;
}

export interface HandoffService extends HandoffDesk {
  /** Adds a platform's transport; handoffs of a platform without one are only recorded for `gaps`. */
  register(transport: HandoffTransport): void;
  claim(handoffId: string, actor: Actor, eventId: string): Promise<ActionResult>;
  dismiss(handoffId: string, actor: Actor, eventId: string): Promise<ActionResult>;
  /** A staff member's reply in a ping's thread: recorded, relayed to the candidate, marked relayed. */
  recordRecruiterReply(ping: { platform: Platform; messageId: string }, actor: Actor, text: string, eventId: string): Promise<ActionResult>;
  /** Saves the answer of an answered handoff as a curated answer for its posting and topic. */
  teach(handoffId: string, actor: Actor, eventId: string): Promise<ActionResult & { file?: string }>;
  /** Reminders, escalations, retries of failed pings and relays. Safe to call at any time, any number of times. */
  tick(now?: number): Promise<TickReport>;
  /** After a restart: relays every recorded-but-unrelayed reply and sends pings that never went out. */
  recoverOnStart(): Promise<TickReport>;
  forget(who: { platform: Platform; userId: string }): Promise<ForgetReport>;
  purge(now?: number): Promise<PurgeReport>;
  gaps(days: number): Promise<Gap[]>;
  list(filter: QueueFilter): Promise<Handoff[]>;
  /** Working minutes a handoff has waited until now. */
  waitingMinutes(handoff: Handoff): number;
}

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
  return {
    register: delivery.register,
    open: createIntake(deps, delivery),
    ...createActions(deps, delivery, exclusive, dismissal),
    ...createSweep(deps, delivery, cards, exclusive, dismissal),
    ...createPrivacy(deps, delivery),
    list: (filter) => deps.store.list(STATES[filter]),
    waitingMinutes: cards.waitingMinutes,
  };
}
