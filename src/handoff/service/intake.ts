/**
 * A question Candor hands off: recorded for `gaps` always; on a platform with
 * a transport it opens a handoff and pings, or joins the candidate's open one
 * on the same posting and topic so the recruiter is not pinged twice.
 */
import type { HandoffService, HandoffServiceDeps } from './types.js';
import type { Delivery } from './delivery.js';

export function createIntake(deps: Pick<HandoffServiceDeps, 'store' | 'engine' | 'clock' | 'newId'>, delivery: Delivery): HandoffService['open'] {
  const { store } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID().replace(/-/g, '').slice(0, 12));

  return async (message, reply) => {
    const now = deps.clock.now();
    const platform = message.conversation.platform;
    const postingId = reply.posting?.id ?? null;
    const record = (handoffId: string | null) =>
      store.recordQuestion({ platform, candidateId: message.author.id, postingId, topic: reply.topic, question: message.text, handoffId, askedAt: now });
    if (!delivery.hasTransport(platform)) {
      await record(null);
      return;
    }
    const active = await store.findActive({ platform, candidateId: message.author.id, postingId, topic: reply.topic });
    if (active) {
      await store.addEvent(active.id, { type: 'joined', actor: null, detail: message.text, at: now });
      await record(active.id);
      const current = await store.get(active.id);
      if (current) await delivery.refreshPings(current);
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
    await delivery.firstPing(handoff);
  };
}
