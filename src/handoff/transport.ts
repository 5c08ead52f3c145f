/**
 * The handoff seam: what the handoff workflow asks of a chat platform (post a
 * ping, update it, relay an answer, tell the candidate), and what the platform
 * forwards back (a click on a ping's button, a staff reply in its thread).
 * Each adapter with a staff side (Slack, Discord) implements HandoffTransport
 * and forwards AdapterEvents; src/app/wire.ts connects the two. Everything is addressed by stored references (channel and thread ids), never
 * by live platform objects, so Candor can ping, update and relay after a
 * restart.
 */
import type { Audience, PostingRef, Reply } from '../engine/types.js';
import type { Platform } from '../chat/types.js';
import type { Recruiter } from '../knowledge/types.js';
import type { Handoff, PingRef } from './store.js';

/** A button on a ping; its value is the handoff id. */
export type HandoffButton = 'claim' | 'dismiss' | 'teach';

export interface HandoffCard {
  /**
   * first: a new handoff; reminder: nobody claimed it in time; escalation: the
   * fallback recruiter is asked; update: re-render an existing ping (claimed,
   * answered, dismissed, taught, a question joined); forgotten: the candidate
   * asked Candor to forget them, so replace the ping's content with a note.
   */
  kind: 'first' | 'reminder' | 'escalation' | 'update' | 'forgotten';
  handoff: Handoff;
  /** Who to mention: the posting's recruiter, or the fallback once escalated. */
  recruiter: Recruiter;
  /** The posting, with its current title; null when Candor could not tell which. */
  posting: PostingRef | null;
  /** The question and any the candidate added while it was open, oldest first. */
  questions: string[];
  /** Buttons to show now. */
  buttons: HandoffButton[];
  /** Minutes of working hours the handoff has waited. */
  waitingMinutes: number;
}

export interface HandoffTransport {
  readonly platform: Platform;
  /**
   * Posts a ping in the staff channel (or a DM to card.recruiter) with the
   * card's question, candidate (mention card.handoff.candidateId), posting,
   * guesses with confidence, link to the candidate's thread
   * (card.handoff.permalink or built from card.handoff.conversation) and
   * buttons. Returns where it landed: a reply in its thread finds the handoff.
   */
  ping(card: HandoffCard): Promise<PingRef>;
  /** Re-renders every ping in card.handoff.pings to show the current state and buttons. */
  updatePing(card: HandoffCard): Promise<void>;
  /** Posts a recruiter's reply in the candidate's conversation (handoff.conversation), attributed to them. */
  relay(handoff: Handoff, message: { recruiterName: string; text: string }): Promise<void>;
  /** Posts Candor's own words to the candidate, where a relay would go (a dismissed question: ask elsewhere). */
  tellCandidate(handoff: Handoff, text: string): Promise<void>;
}

/** Someone acting on a handoff; the adapter decides the audience from platform facts. */
export interface Actor {
  platform: Platform;
  id: string;
  /** Display name, used to attribute a relayed reply or a taught answer (a staff member's only). */
  name: string;
  audience: Audience;
}

export type ActionOutcome = 'done' | 'duplicate' | 'forbidden' | 'not-found' | 'conflict';

export interface ActionResult {
  outcome: ActionOutcome;
  handoff: Handoff | null;
  /** A sentence for the person who acted: to staff privately, in English; under an answer, in its language. */
  message: string;
  /** Ask a recruiter: the handoff reply, as if Candor had handed the question off, for an adapter that renders one its own way (the terminal). */
  reply?: Reply;
}

/**
 * Staff acting on a handoff: a Claim / Dismiss / Save-as-answer click on a
 * ping (`handoffId` is the button's value), or a staff reply in a ping's
 * thread (found by the ping's message id).
 */
export type StaffEvent =
  | { type: 'claim' | 'dismiss' | 'teach'; handoffId: string; actor: Actor; eventId: string }
  | { type: 'staff-reply'; ping: { platform: Platform; messageId: string }; actor: Actor; text: string; eventId: string };

/**
 * The asker's click on Helpful or Ask a recruiter under an answer (the
 * terminal's `/no`); `questionId` is the buttons' value (src/feedback).
 */
export interface FeedbackEvent {
  type: 'feedback';
  kind: 'helpful' | 'handoff';
  questionId: string;
  actor: Actor;
  eventId: string;
}

/**
 * What an adapter forwards to the core when someone acts on the platform.
 * `eventId` is the platform's id for the event, so a redelivery changes
 * nothing. A new kind of click is one more member here.
 */
export type AdapterEvent = StaffEvent | FeedbackEvent;

/** Where an adapter forwards events; the result's message is for the actor, privately. */
export type ForwardEvent = (event: AdapterEvent) => Promise<ActionResult>;
