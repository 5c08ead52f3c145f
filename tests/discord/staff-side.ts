/**
 * The staff side of the Discord rig for the handoff contract: a ping is the
 * message Candor posted in the staff channel, as edited since; the
 * recruiter clicks its buttons (INTERACTION_CREATE) and answers in the thread
 * started on it (MESSAGE_CREATE); Candor answers the click privately and the
 * reply in the thread.
 */
import type { HandoffButton } from '../../src/handoff/transport.js';
import type { SeenPing, StaffSide } from '../contract/harness.js';
import { IDS, type FakeDiscord, type SentMessage } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';

const PREFIXES: Array<[string, HandoffButton]> = [
  ['handoff_claim:', 'claim'],
  ['handoff_dismiss:', 'dismiss'],
  ['handoff_teach:', 'teach'],
];

function customIds(message: Record<string, any>): string[] {
  return ((message.components ?? []) as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((c) => c.custom_id));
}

export function createDiscordStaffSide(fake: () => FakeDiscord): StaffSide {
  function seenPing(ping: SentMessage): SeenPing {
    const now = () => fake().botMessage(ping.message.id) ?? ping.message;
    const buttonOf = (id: string) => PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1];
    return {
      text: () => flatten(now()),
      buttons: () => customIds(now()).map(buttonOf).filter((button): button is HandoffButton => button !== undefined),
      async click(button, options = {}) {
        const customId = customIds(now()).find((id) => buttonOf(id) === button);
        if (!customId) throw new Error(`discord staff side: no ${button} button`);
        const token = fake().clickButton({ message: now(), customId, user: options.staff === false ? 'alice' : 'recruiter' });
        const answer = await fake().waitFor(() => fake().sent.find((sent) => sent.interactionToken === token && sent.message.content), `the answer to ${button}`);
        return answer.message.content as string;
      },
      async reply(text) {
        const before = fake().sent.length;
        fake().userMessage({ content: text, user: 'recruiter', channelId: ping.message.id });
        return (await nextSent(fake(), before, (sent) => sent.channelId === ping.message.id)).message.content as string;
      },
    };
  }

  return {
    async ping(question) {
      const ping = await fake().waitFor(
        () => fake().sent.find((sent) => sent.channelId === IDS.staffChannel && flatten(sent.message).includes(question)),
        'the ping',
      );
      return seenPing(ping);
    },
    inThread: (thread) => fake().sent.filter((sent) => sent.channelId === thread).map((sent) => flatten(sent.message)),
  };
}
