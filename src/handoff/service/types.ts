/**
 * The handoff service's face and what it is built from, apart from the
 * service itself so its parts (service/*.ts) and service.ts import this file
 * and not each other.
 */
import type { HandoffDesk } from '../../chat/handler.js';
import type { Platform } from '../../chat/types.js';
import type { CandorEngine } from '../../engine/engine.js';
import type { OnError } from '../../errors.js';
import type { Clock } from '../clock.js';
import type { ForgetReport, Gap, Handoff, HandoffStore, PurgeReport } from '../store.js';
import type { ActionResult, Actor, HandoffTransport, StaffEvent } from '../transport.js';
import type { WorkingHours } from '../working-hours.js';

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
  /** The error funnel; the context carries ids only, never names or message text. */
  onError: OnError;
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
  /** Adds a platform's transport (src/app/wire.ts does); handoffs of a platform without one are only recorded for `gaps`. */
  register(transport: HandoffTransport): void;
  /** What an adapter forwards: a click on a ping, a staff reply in its thread. */
  receive(event: StaffEvent): Promise<ActionResult>;
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
