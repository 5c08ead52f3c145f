/** Test doubles for the handoff workflow: a hand-moved clock, a fake transport, temp databases, messages and replies. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, Platform } from '../../src/chat/types.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import type { Reply } from '../../src/engine/types.js';
import type { Clock } from '../../src/handoff/clock.js';
import { createHandoffService, type HandoffService, type HandoffServiceDeps } from '../../src/handoff/service.js';
import { openSqliteStore, type SqliteHandoffStore } from '../../src/handoff/sqlite-store.js';
import type { Handoff, PingRef } from '../../src/handoff/store.js';
import type { Actor, HandoffCard, HandoffTransport } from '../../src/handoff/transport.js';
import { officeHours } from '../../src/handoff/working-hours.js';
import { replyWith } from '../support/replies.js';

export interface FakeClock extends Clock {
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
}

export function fakeClock(iso: string): FakeClock {
  let now = Date.parse(iso);
  return {
    now: () => now,
    set: (next) => void (now = Date.parse(next)),
    advanceMinutes: (minutes) => void (now += minutes * 60_000),
  };
}

export interface FakeTransport extends HandoffTransport {
  pings: HandoffCard[];
  updates: HandoffCard[];
  relays: Array<{ handoffId: string; channelId: string; threadId: string | null; recruiterName: string; text: string }>;
  /** What Candor told candidates itself (a dismissed question). */
  told: Array<{ handoffId: string; text: string }>;
  /** Make the next calls fail (throw) or never settle (a process killed mid-call). */
  mode: 'ok' | 'fail' | 'hang';
}

export function fakeTransport(platform: Platform = 'slack'): FakeTransport {
  let next = 0;
  const transport: FakeTransport = {
    platform,
    pings: [],
    updates: [],
    relays: [],
    told: [],
    mode: 'ok',
    async ping(card): Promise<PingRef> {
      await gate();
      transport.pings.push(card);
      next += 1;
      return { channelId: 'C-STAFF', messageId: `${platform}-ping-${next}-${card.handoff.id}` };
    },
    async updatePing(card) {
      await gate();
      transport.updates.push(card);
    },
    async relay(handoff: Handoff, message) {
      await gate();
      transport.relays.push({ handoffId: handoff.id, channelId: handoff.conversation.channelId, threadId: handoff.conversation.threadId, ...message });
    },
    async tellCandidate(handoff: Handoff, text: string) {
      await gate();
      transport.told.push({ handoffId: handoff.id, text });
    },
  };
  async function gate(): Promise<void> {
    if (transport.mode === 'fail') throw new Error('platform down');
    if (transport.mode === 'hang') await new Promise(() => undefined);
  }
  return transport;
}

export function tempDir(prefix = 'candor-handoff-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function candidateMessage(text: string, options: { user?: string; thread?: string; platform?: Platform } = {}): IncomingMessage {
  const platform = options.platform ?? 'slack';
  return {
    text,
    author: { id: options.user ?? 'U-CANDIDATE', name: 'Casey Candidate', isBot: false, isMe: false },
    conversation: { platform, channelId: 'C-JOBS', threadId: options.thread ?? '1700000000.000100', isDirect: false },
    audience: 'candidate',
    via: 'message',
    permalink: 'https://example.slack.com/archives/C-JOBS/p1700000000000100',
    raw: null,
  };
}

export function handoffReply(overrides: Partial<Reply> = {}): Reply {
  return replyWith({
    kind: 'handoff',
    text: 'I couldn’t find that, so I won’t guess. I’ve passed your question to Marietta.',
    posting: { id: 'kubernetes-team-lead', title: 'Team Lead for our Kubernetes team' },
    topic: 'start-date',
    confidence: 0.35,
    recruiter: { id: 'marietta', name: 'Marietta', email: 'marietta@safespring.com' },
    guesses: [{ posting: { id: 'kubernetes-team-lead', title: 'Team Lead for our Kubernetes team' }, topic: 'start-date', confidence: 0.35 }],
    ...overrides,
  });
}

export const staff = (id = 'U-RECRUITER', name = 'Rita Recruiter', platform: Platform = 'slack'): Actor => ({ platform, id, name, audience: 'staff' });
export const candidate = (id = 'U-CANDIDATE', platform: Platform = 'slack'): Actor => ({ platform, id, name: 'Casey', audience: 'candidate' });

export interface Rig {
  service: HandoffService;
  store: SqliteHandoffStore;
  transport: FakeTransport;
  errors: unknown[];
}

/** A service on a database file, with a fake Slack transport registered. */
export function openRig(options: {
  file: string;
  engine: () => CandorEngine;
  clock: Clock;
  answersDir?: string;
  transport?: FakeTransport;
  afterTeach?: HandoffServiceDeps['afterTeach'];
}): Rig {
  const store = openSqliteStore({ path: options.file });
  const errors: unknown[] = [];
  let ids = 0;
  const service = createHandoffService({
    store,
    engine: options.engine,
    clock: options.clock,
    policy: { remindMinutes: 60, escalateMinutes: 240, workingHours: officeHours('Europe/Oslo'), retentionDays: 90 },
    answersDir: options.answersDir ?? join(options.file, '..', 'answers'),
    afterTeach: options.afterTeach,
    onError: (error) => errors.push(error),
    newId: () => `h${(ids += 1)}-${Math.random().toString(36).slice(2, 6)}`,
  });
  const transport = options.transport ?? fakeTransport();
  service.register(transport);
  return { service, store, transport, errors };
}

export const noIo = { say: async () => undefined };
