/**
 * The SQLite schema's rows as Candor's records: the row shapes, their mapping
 * to records, and which column holds each field a transition may set.
 */
import type { Platform } from '../chat/types.js';
import type { Language } from '../content/types.js';
import type { Handoff, HandoffEvent, HandoffGuess, HandoffEventType, HandoffPatch, HandoffState, PingKind, RecruiterReply, StoredPing } from './store.js';

export interface HandoffRow {
  id: string;
  state: HandoffState;
  platform: Platform;
  candidate_id: string;
  channel_id: string;
  thread_id: string | null;
  is_direct: number;
  permalink: string | null;
  question: string;
  language: Language;
  posting_id: string | null;
  topic: string | null;
  confidence: number;
  guesses: string;
  recruiter_id: string;
  claimed_by: string | null;
  answered_by: string | null;
  dismissed_by: string | null;
  created_at: number;
  updated_at: number;
  claimed_at: number | null;
  reminded_at: number | null;
  escalated_at: number | null;
  answered_at: number | null;
  dismissed_at: number | null;
  taught_at: number | null;
  candidate_told_at: number | null;
}

export interface PingRow {
  channel_id: string;
  message_id: string;
  kind: PingKind;
  recruiter_id: string;
  at: number;
}

export interface ReplyRow {
  id: number;
  handoff_id: string;
  platform: Platform;
  event_id: string;
  staff_id: string;
  staff_name: string;
  text: string;
  received_at: number;
  relayed_at: number | null;
}

export const COLUMNS: Record<keyof HandoffPatch, string> = {
  state: 'state',
  claimedBy: 'claimed_by',
  claimedAt: 'claimed_at',
  answeredBy: 'answered_by',
  answeredAt: 'answered_at',
  dismissedBy: 'dismissed_by',
  dismissedAt: 'dismissed_at',
  remindedAt: 'reminded_at',
  escalatedAt: 'escalated_at',
  taughtAt: 'taught_at',
  candidateToldAt: 'candidate_told_at',
};

export interface EventRow {
  id: number;
  handoff_id: string;
  type: HandoffEventType;
  actor: string | null;
  detail: string | null;
  at: number;
}

/** The columns a handoff shares with an answer (src/feedback): who asked what, where, and what Candor made of it. */
export type AskedRow = Pick<
  HandoffRow,
  'id' | 'platform' | 'candidate_id' | 'channel_id' | 'thread_id' | 'is_direct' | 'permalink' | 'question' | 'language' | 'posting_id' | 'topic' | 'confidence'
>;

export type Asked = Pick<Handoff, 'id' | 'platform' | 'candidateId' | 'conversation' | 'permalink' | 'question' | 'language' | 'postingId' | 'topic' | 'confidence'>;

export function toAsked(row: AskedRow): Asked {
  return {
    id: row.id,
    platform: row.platform,
    candidateId: row.candidate_id,
    conversation: { platform: row.platform, channelId: row.channel_id, threadId: row.thread_id, isDirect: row.is_direct === 1 },
    permalink: row.permalink,
    question: row.question,
    language: row.language,
    postingId: row.posting_id,
    topic: row.topic,
    confidence: row.confidence,
  };
}

export function toHandoff(row: HandoffRow, pings: PingRow[]): Handoff {
  return {
    ...toAsked(row),
    state: row.state,
    guesses: JSON.parse(row.guesses) as HandoffGuess[],
    recruiterId: row.recruiter_id,
    pings: pings.map(
      (ping): StoredPing => ({ channelId: ping.channel_id, messageId: ping.message_id, kind: ping.kind, recruiterId: ping.recruiter_id, at: ping.at }),
    ),
    claimedBy: row.claimed_by,
    answeredBy: row.answered_by,
    dismissedBy: row.dismissed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    claimedAt: row.claimed_at,
    remindedAt: row.reminded_at,
    escalatedAt: row.escalated_at,
    answeredAt: row.answered_at,
    dismissedAt: row.dismissed_at,
    taughtAt: row.taught_at,
    candidateToldAt: row.candidate_told_at,
  };
}

export function toReply(row: ReplyRow): RecruiterReply {
  return {
    id: row.id,
    handoffId: row.handoff_id,
    platform: row.platform,
    eventId: row.event_id,
    staffId: row.staff_id,
    staffName: row.staff_name,
    text: row.text,
    receivedAt: row.received_at,
    relayedAt: row.relayed_at,
  };
}

export function toEvent(row: EventRow): HandoffEvent {
  return { id: row.id, handoffId: row.handoff_id, type: row.type, actor: row.actor, detail: row.detail, at: row.at };
}
