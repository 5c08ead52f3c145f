/**
 * What staff do to a handoff: claim it, dismiss it, answer it in the ping's
 * thread, save the answer for Candor. Staff only; the same platform event
 * twice is a duplicate, so a retried click or delivery changes nothing.
 */
import type { HandoffServiceDeps, HandoffService } from './types.js';
import { appendCuratedAnswer } from '../teach.js';
import type { Handoff, Transition } from '../store.js';
import type { ActionResult, Actor } from '../transport.js';
import type { Delivery } from './delivery.js';
import type { Exclusive } from './exclusive.js';
import type { Dismissal } from './dismissal.js';

export type Actions = Pick<HandoffService, 'claim' | 'dismiss' | 'recordRecruiterReply' | 'teach'>;

export function createActions(
  deps: Pick<HandoffServiceDeps, 'store' | 'engine' | 'clock' | 'answersDir' | 'afterTeach' | 'onError'>,
  delivery: Delivery,
  exclusive: Exclusive,
  dismissal: Dismissal,
): Actions {
  const { store, clock } = deps;

  async function act(
    handoffId: string,
    actor: Actor,
    eventId: string,
    make: (now: number) => Transition,
    done: (handoff: Handoff) => string,
    after?: (handoff: Handoff) => Promise<unknown>,
  ): Promise<ActionResult> {
    if (actor.audience !== 'staff') return { outcome: 'forbidden', handoff: null, message: 'Only staff can do that.' };
    const result = await store.transition(handoffId, { ...make(clock.now()), eventKey: { platform: actor.platform, id: eventId } });
    switch (result.outcome) {
      case 'applied':
        await delivery.refreshPings(result.handoff);
        await after?.(result.handoff);
        return { outcome: 'done', handoff: result.handoff, message: done(result.handoff) };
      case 'duplicate':
        return { outcome: 'duplicate', handoff: result.handoff, message: 'Already handled.' };
      case 'conflict':
        return { outcome: 'conflict', handoff: result.handoff, message: describeState(result.handoff) };
      case 'not-found':
        return { outcome: 'not-found', handoff: null, message: NOT_FOUND };
    }
  }

  /** The staff directory's name for the actor, else the platform's. */
  function staffName(actor: Actor): string {
    const field = actor.platform === 'slack' ? 'slackUserId' : actor.platform === 'discord' ? 'discordUserId' : null;
    const entry = field ? deps.engine().knowledge.directory.recruiters.find((r) => r[field] === actor.id) : undefined;
    return entry?.name ?? actor.name;
  }

  return {
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
        () => 'Dismissed. Candor tells the candidate it will not be answered here and whom to contact instead.',
        (handoff) => dismissal.tell(handoff),
      ),

    async recordRecruiterReply(ping, actor, text, eventId) {
      // The ping first: a message in a thread that is no ping's is not an answer at all, from anyone.
      const handoff = await store.findByPing(ping.platform, ping.messageId);
      if (!handoff) return { outcome: 'not-found', handoff: null, message: NOT_FOUND };
      if (actor.audience !== 'staff') return { outcome: 'forbidden', handoff: null, message: 'Only staff can answer a handoff.' };
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
      const relayed = await delivery.relay(recorded.reply);
      const after = await store.get(handoff.id);
      if (!relayed && after) await delivery.refreshPings(after);
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
        await delivery.refreshPings(after);
        if (deps.afterTeach) await deps.afterTeach().catch((error: unknown) => deps.onError(error, { step: 'after teach', handoff: handoff.id }));
        return { outcome: 'done', handoff: after, message: `Saved as an answer in ${file}; review it in git.`, file };
      });
      return result ?? { outcome: 'duplicate', handoff: null, message: 'Already being saved.' };
    },
  };
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
