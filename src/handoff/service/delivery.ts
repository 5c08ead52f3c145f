/**
 * Talking to the platforms: each platform's transport, first pings, ping
 * updates and relaying recorded replies. A failed platform call is reported
 * and left for a later tick to retry; nothing here throws at the caller.
 */
import type { Platform } from '../../chat/types.js';
import type { Recruiter } from '../../knowledge/types.js';
import type { HandoffServiceDeps } from './types.js';
import type { Handoff, PingKind, RecruiterReply } from '../store.js';
import type { HandoffTransport } from '../transport.js';
import type { Cards } from './cards.js';
import type { Exclusive } from './exclusive.js';

export interface Delivery {
  register(transport: HandoffTransport): void;
  hasTransport(platform: Platform): boolean;
  transportOf(platform: Platform): HandoffTransport | undefined;
  /** Re-renders a handoff's pings to show its current state (or that it was forgotten). */
  refreshPings(handoff: Handoff, kind?: 'update' | 'forgotten'): Promise<void>;
  /** Sends a ping and records it. Returns false when it could not be sent (a later tick retries). */
  sendPing(handoff: Handoff, kind: PingKind, who: Recruiter): Promise<boolean>;
  firstPing(handoff: Handoff): Promise<boolean>;
  /** Posts a recorded reply to the candidate, then marks it relayed. */
  relay(reply: RecruiterReply): Promise<boolean>;
  /** Relays every recorded reply not relayed yet; returns how many were. */
  relayPending(): Promise<number>;
  /** Sends the first ping of every handoff that has none; returns how many went out. */
  pingUnpinged(handoffs: Handoff[]): Promise<number>;
}

export function createDelivery(deps: Pick<HandoffServiceDeps, 'store' | 'clock' | 'onError'>, cards: Cards, exclusive: Exclusive): Delivery {
  const { store, clock } = deps;
  const transports = new Map<Platform, HandoffTransport>();

  async function refreshPings(handoff: Handoff, kind: 'update' | 'forgotten' = 'update'): Promise<void> {
    const transport = transports.get(handoff.platform);
    if (!transport || handoff.pings.length === 0) return;
    try {
      await transport.updatePing(await cards.card(handoff, kind));
    } catch (error) {
      deps.onError(error, { step: 'update ping', handoff: handoff.id, platform: handoff.platform });
    }
  }

  async function sendPing(handoff: Handoff, kind: PingKind, who: Recruiter): Promise<boolean> {
    const transport = transports.get(handoff.platform);
    if (!transport) return false;
    try {
      const ref = await transport.ping(await cards.card(handoff, kind, who));
      const at = clock.now();
      await store.addPing(handoff.id, { channelId: ref.channelId, messageId: ref.messageId, kind, recruiterId: who.id, at });
      await store.addEvent(handoff.id, { type: 'pinged', actor: null, detail: `${kind}:${who.id}`, at });
      return true;
    } catch (error) {
      deps.onError(error, { step: `${kind} ping`, handoff: handoff.id, platform: handoff.platform, recruiter: who.id });
      return false;
    }
  }

  async function firstPing(handoff: Handoff): Promise<boolean> {
    return (await exclusive(`ping:${handoff.id}`, () => sendPing(handoff, 'first', cards.recruiter(handoff.recruiterId)))) ?? false;
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
        deps.onError(error, { step: 'relay', handoff: handoff.id, platform: handoff.platform, reply: reply.id });
        return false;
      }
      const marked = await store.markRelayed(reply.id, clock.now());
      const after = await store.get(handoff.id);
      if (after) await refreshPings(after);
      return marked;
    });
    return done ?? false;
  }

  return {
    register: (transport) => void transports.set(transport.platform, transport),
    hasTransport: (platform) => transports.has(platform),
    transportOf: (platform) => transports.get(platform),
    refreshPings,
    sendPing,
    firstPing,
    relay,

    async relayPending() {
      let relayed = 0;
      for (const reply of await store.unrelayed()) if (await relay(reply)) relayed += 1;
      return relayed;
    },

    async pingUnpinged(handoffs) {
      let pinged = 0;
      for (const handoff of handoffs) {
        if (handoff.pings.length === 0 && transports.has(handoff.platform) && (await firstPing(handoff))) pinged += 1;
      }
      return pinged;
    },
  };
}
