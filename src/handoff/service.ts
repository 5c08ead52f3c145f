/**
 * The handoff workflow: open → claimed → answered (or dismissed), with
 * reminders, escalation, relaying a recruiter's reply to the candidate, and
 * teaching an answer back to Candor. Durable: every step is recorded in the
 * store before or after its platform call so a restart finishes what a crash
 * interrupted (a recruiter's reply is recorded, relayed, then marked relayed).
 */
import type { HandoffDesk } from '../chat/handler.js';
import type { IncomingMessage, Platform } from '../chat/types.js';
import type { CandorEngine } from '../engine/engine.js';
import type { PostingRef, Reply } from '../engine/types.js';
import type { Recruiter } from '../knowledge/types.js';
import type { Clock } from './clock.js';
import { appendCuratedAnswer } from './teach.js';
import type { ActionResult, Actor, HandoffButton, HandoffCard, HandoffTransport } from './transport.js';
import { workingMinutesBetween, type WorkingHours } from './working-hours.js';
import type { ForgetReport, Gap, Handoff, HandoffState, HandoffStore, PurgeReport, RecruiterReply, Transition } from './store.js';

const DAY = 86_400_000;

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
  const { store, clock, policy } = deps;
  const transports = new Map<Platform, HandoffTransport>();
  const newId = deps.newId ?? (() => crypto.randomUUID().replace(/-/g, '').slice(0, 12));
  /** Work in progress in this process, so a tick and an event never do the same thing twice at once. */
  const busy = new Set<string>();
  let ticking: Promise<TickReport> | null = null;

  const report = (error: unknown, context: Record<string, unknown>) => deps.reportError(error, context);

  async function exclusive<T>(key: string, task: () => Promise<T>): Promise<T | undefined> {
    if (busy.has(key)) return undefined;
    busy.add(key);
    try {
      return await task();
    } finally {
      busy.delete(key);
    }
  }

  function directory() {
    return deps.engine().knowledge.directory;
  }

  function recruiter(id: string): Recruiter {
    const { recruiters, defaultId } = directory();
    return recruiters.find((r) => r.id === id) ?? recruiters.find((r) => r.id === defaultId) ?? recruiters[0]!;
  }

  /** Who a ping is for now: the fallback once escalated. */
  function currentRecruiter(handoff: Handoff): Recruiter {
    return handoff.escalatedAt !== null ? recruiter(directory().fallbackId) : recruiter(handoff.recruiterId);
  }

  function postingOf(handoff: Handoff): PostingRef | null {
    if (!handoff.postingId) return null;
    const posting = deps.engine().corpus.postings.find((p) => p.id === handoff.postingId);
    if (posting) return posting.draft ? { id: posting.id, title: posting.title, draft: true } : { id: posting.id, title: posting.title };
    return handoff.guesses.find((guess) => guess.posting?.id === handoff.postingId)?.posting ?? { id: handoff.postingId, title: handoff.postingId };
  }

  function buttonsFor(handoff: Handoff): HandoffButton[] {
    switch (handoff.state) {
      case 'open':
        return ['claim', 'dismiss'];
      case 'claimed':
        return ['dismiss'];
      case 'answered':
        return handoff.topic && handoff.taughtAt === null ? ['teach'] : [];
      case 'dismissed':
        return [];
    }
  }

  async function card(handoff: Handoff, kind: HandoffCard['kind'], who = currentRecruiter(handoff)): Promise<HandoffCard> {
    const joined = (await store.events(handoff.id)).filter((event) => event.type === 'joined' && event.detail).map((event) => event.detail!);
    return {
      kind,
      handoff,
      recruiter: who,
      posting: postingOf(handoff),
      questions: [handoff.question, ...joined],
      buttons: kind === 'forgotten' ? [] : buttonsFor(handoff),
      waitingMinutes: waitingMinutes(handoff),
    };
  }

  function waitingMinutes(handoff: Handoff): number {
    return workingMinutesBetween(handoff.createdAt, clock.now(), policy.workingHours);
  }

  async function refreshPings(handoff: Handoff, kind: 'update' | 'forgotten' = 'update'): Promise<void> {
    const transport = transports.get(handoff.platform);
    if (!transport || handoff.pings.length === 0) return;
    try {
      await transport.updatePing(await card(handoff, kind));
    } catch (error) {
      report(error, { step: 'update ping', handoff: handoff.id, platform: handoff.platform });
    }
  }

  /** Sends a ping and records it. Returns false when it could not be sent (a later tick retries). */
  async function sendPing(handoff: Handoff, kind: 'first' | 'reminder' | 'escalation', who: Recruiter): Promise<boolean> {
    const transport = transports.get(handoff.platform);
    if (!transport) return false;
    try {
      const ref = await transport.ping(await card(handoff, kind, who));
      const at = clock.now();
      await store.addPing(handoff.id, { channelId: ref.channelId, messageId: ref.messageId, kind, recruiterId: who.id, at });
      await store.addEvent(handoff.id, { type: 'pinged', actor: null, detail: `${kind}:${who.id}`, at });
      return true;
    } catch (error) {
      report(error, { step: `${kind} ping`, handoff: handoff.id, platform: handoff.platform, recruiter: who.id });
      return false;
    }
  }

  async function firstPing(handoff: Handoff): Promise<boolean> {
    return (await exclusive(`ping:${handoff.id}`, () => sendPing(handoff, 'first', recruiter(handoff.recruiterId)))) ?? false;
  }

  async function relay(reply: RecruiterReply): Promise<boolean> {
    const done = await exclusive(`relay:${reply.id}`, async () => {
      const handoff = await store.get(reply.handoffId);
      if (!handoff) return false;
      const transport = transports.get(handoff.platform);
      if (!transport) return false;
      try {
        await transport.relay(handoff, { recruiterName: reply.staffName, text: reply.text });
      } catch (error) {
        report(error, { step: 'relay', handoff: handoff.id, platform: handoff.platform, reply: reply.id });
        return false;
      }
      const marked = await store.markRelayed(reply.id, clock.now());
      const after = await store.get(handoff.id);
      if (after) await refreshPings(after);
      return marked;
    });
    return done ?? false;
  }

  async function relayPending(): Promise<number> {
    let relayed = 0;
    for (const reply of await store.unrelayed()) if (await relay(reply)) relayed += 1;
    return relayed;
  }

  async function pingUnpinged(handoffs: Handoff[]): Promise<number> {
    let pinged = 0;
    for (const handoff of handoffs) {
      if (handoff.pings.length === 0 && transports.has(handoff.platform) && (await firstPing(handoff))) pinged += 1;
    }
    return pinged;
  }

  /** Staff only; the same platform event twice is a duplicate. */
  async function act(
    handoffId: string,
    actor: Actor,
    eventId: string,
    make: (now: number) => Transition,
    done: (handoff: Handoff) => string,
  ): Promise<ActionResult> {
    if (actor.audience !== 'staff') return { outcome: 'forbidden', handoff: null, message: 'Only staff can do that.' };
    const result = await store.transition(handoffId, { ...make(clock.now()), eventKey: { platform: actor.platform, id: eventId } });
    switch (result.outcome) {
      case 'applied':
        await refreshPings(result.handoff);
        return { outcome: 'done', handoff: result.handoff, message: done(result.handoff) };
      case 'duplicate':
        return { outcome: 'duplicate', handoff: result.handoff, message: 'Already handled.' };
      case 'conflict':
        return { outcome: 'conflict', handoff: result.handoff, message: describeState(result.handoff) };
      case 'not-found':
        return { outcome: 'not-found', handoff: null, message: NOT_FOUND };
    }
  }

  function staffName(actor: Actor): string {
    const field = actor.platform === 'slack' ? 'slackUserId' : actor.platform === 'discord' ? 'discordUserId' : null;
    const entry = field ? directory().recruiters.find((r) => r[field] === actor.id) : undefined;
    return entry?.name ?? actor.name;
  }

  const service: HandoffService = {
    register(transport) {
      transports.set(transport.platform, transport);
    },

    async open(message: IncomingMessage, reply: Reply) {
      const now = clock.now();
      const platform = message.conversation.platform;
      const postingId = reply.posting?.id ?? null;
      const record = (handoffId: string | null) =>
        store.recordQuestion({ platform, candidateId: message.author.id, postingId, topic: reply.topic, question: message.text, handoffId, askedAt: now });
      if (!transports.has(platform)) {
        await record(null);
        return;
      }
      const active = await store.findActive({ platform, candidateId: message.author.id, postingId, topic: reply.topic });
      if (active) {
        await store.addEvent(active.id, { type: 'joined', actor: null, detail: message.text, at: now });
        await record(active.id);
        const current = await store.get(active.id);
        if (current) await refreshPings(current);
        return;
      }
      const handoff = await store.create({
        id: newId(),
        platform,
        candidateId: message.author.id,
        conversation: { ...message.conversation },
        permalink: message.permalink ?? null,
        question: message.text,
        language: reply.language,
        postingId,
        topic: reply.topic,
        confidence: reply.confidence,
        guesses: reply.guesses,
        recruiterId: reply.recruiter?.id ?? deps.engine().recruiterOf(null).id,
        createdAt: now,
      });
      await record(handoff.id);
      await firstPing(handoff);
    },

    claim: (handoffId, actor, eventId) =>
      act(
        handoffId,
        actor,
        eventId,
        (at) => ({
          from: ['open'],
          set: { state: 'claimed', claimedBy: actor.id, claimedAt: at },
          event: { type: 'claimed', actor: actor.id, detail: null, at },
        }),
        () => 'Claimed: it is yours. Reply in this thread and Candor relays your reply to the candidate.',
      ),

    dismiss: (handoffId, actor, eventId) =>
      act(
        handoffId,
        actor,
        eventId,
        (at) => ({
          from: ['open', 'claimed'],
          set: { state: 'dismissed', dismissedBy: actor.id, dismissedAt: at },
          event: { type: 'dismissed', actor: actor.id, detail: null, at },
        }),
        () => 'Dismissed.',
      ),

    async recordRecruiterReply(ping, actor, text, eventId) {
      if (actor.audience !== 'staff') return { outcome: 'forbidden', handoff: null, message: 'Only staff can answer a handoff.' };
      const handoff = await store.findByPing(ping.platform, ping.messageId);
      if (!handoff) return { outcome: 'not-found', handoff: null, message: NOT_FOUND };
      if (handoff.state === 'dismissed') return { outcome: 'conflict', handoff, message: describeState(handoff) };
      if (text.trim() === '') return { outcome: 'conflict', handoff, message: 'An empty reply is not relayed.' };
      const recorded = await store.recordReply({
        handoffId: handoff.id,
        platform: ping.platform,
        eventId,
        staffId: actor.id,
        staffName: staffName(actor),
        text: text.trim(),
        receivedAt: clock.now(),
      });
      if (recorded.outcome === 'duplicate') return { outcome: 'duplicate', handoff, message: 'Already relayed.' };
      const relayed = await relay(recorded.reply);
      const after = await store.get(handoff.id);
      if (!relayed && after) await refreshPings(after);
      return {
        outcome: 'done',
        handoff: after,
        message: relayed ? 'Relayed to the candidate.' : 'Recorded; relaying to the candidate failed and will be retried.',
      };
    },

    async teach(handoffId, actor, eventId) {
      if (actor.audience !== 'staff') return { outcome: 'forbidden', handoff: null, message: 'Only staff can teach Candor.' };
      const result = await exclusive(`teach:${handoffId}`, async (): Promise<ActionResult & { file?: string }> => {
        const handoff = await store.get(handoffId);
        if (!handoff) return { outcome: 'not-found', handoff: null, message: NOT_FOUND };
        if (handoff.taughtAt !== null) return { outcome: 'duplicate', handoff, message: 'Already saved as an answer.' };
        if (handoff.state !== 'answered') return { outcome: 'conflict', handoff, message: 'Only an answered handoff can be saved as an answer.' };
        if (!handoff.topic) {
          return { outcome: 'conflict', handoff, message: 'Candor could not tell the topic of this question, so the answer cannot be saved for one.' };
        }
        const answer = (await store.replies(handoff.id)).filter((r) => r.relayedAt !== null).at(-1);
        if (!answer) return { outcome: 'conflict', handoff, message: 'No relayed answer to save yet.' };
        if (!(await store.markProcessed(actor.platform, eventId, clock.now()))) {
          return { outcome: 'duplicate', handoff, message: 'Already handled.' };
        }
        const file = appendCuratedAnswer(deps.answersDir, {
          posting: handoff.postingId ?? '*',
          topic: handoff.topic,
          text: answer.text,
          language: handoff.language,
          source: answer.staffName,
        });
        const at = clock.now();
        const marked = await store.transition(handoff.id, {
          from: ['answered'],
          unset: ['taughtAt'],
          set: { taughtAt: at },
          event: { type: 'taught', actor: actor.id, detail: null, at },
        });
        const after = marked.handoff ?? handoff;
        await refreshPings(after);
        if (deps.afterTeach) await deps.afterTeach().catch((error: unknown) => report(error, { step: 'after teach', handoff: handoff.id }));
        return { outcome: 'done', handoff: after, message: `Saved as an answer in ${file}; review it in git.`, file };
      });
      return result ?? { outcome: 'duplicate', handoff: null, message: 'Already being saved.' };
    },

    tick(now = clock.now()) {
      ticking ??= sweep(now).finally(() => {
        ticking = null;
      });
      return ticking;
    },

    async recoverOnStart() {
      const relayed = await relayPending();
      const pinged = await pingUnpinged(await store.list(['open']));
      return { relayed, pinged, reminded: 0, escalated: 0 };
    },

    async forget(who) {
      const theirs = (await store.list(['open', 'claimed', 'answered'])).filter(
        (handoff) => handoff.platform === who.platform && handoff.candidateId === who.userId,
      );
      const removed = await store.forget(who.platform, who.userId);
      for (const handoff of theirs) await refreshPings(handoff, 'forgotten');
      return removed;
    },

    purge: (now = clock.now()) => store.purge(now - policy.retentionDays * DAY),
    gaps: (days) => store.gaps(clock.now() - days * DAY),
    list: (filter) => store.list(STATES[filter]),
    waitingMinutes,
  };

  async function sweep(now: number): Promise<TickReport> {
    const relayed = await relayPending();
    const open = await store.list(['open']);
    const pinged = await pingUnpinged(open);
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
    return { relayed, pinged, reminded, escalated };
  }

  /** A reminder or an escalation: ping first, then record it, so a crash in between repeats a ping rather than losing it. */
  async function repeat(handoff: Handoff, kind: 'reminder' | 'escalation', now: number): Promise<boolean> {
    const done = await exclusive(`ping:${handoff.id}`, async () => {
      const who = kind === 'escalation' ? recruiter(directory().fallbackId) : recruiter(handoff.recruiterId);
      if (!(await sendPing(handoff, kind, who))) return false;
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

  return service;
}

const NOT_FOUND = 'This handoff no longer exists (removed after the retention period, or at the candidate\'s request).';

function describeState(handoff: Handoff): string {
  switch (handoff.state) {
    case 'open':
      return 'This handoff is still open.';
    case 'claimed':
      return `Already claimed by ${handoff.claimedBy ?? 'someone'}.`;
    case 'answered':
      return 'Already answered.';
    case 'dismissed':
      return 'This handoff was dismissed.';
  }
}
