/** Discord handoffs without a handoff channel: the ping is a DM, and the recruiter's Reply to it is the answer. */
import { afterEach, describe, expect, it } from 'vitest';
import { flatten, nextSent } from './harness.js';
import {
  ANSWER,
  KUBERNETES,
  ONLY_RECRUITER,
  VISAS,
  answered,
  pingRecorded,
  startWorld,
  stopWorld,
  type World,
} from './handoff-world.js';

describe('discord handoffs without a handoff channel', () => {
  let world: World;
  afterEach(() => stopWorld(world));

  it('DMs the recruiter, and their Reply to the ping is relayed', async () => {
    world = await startWorld({ handoffChannelId: null });
    const fake = world.discord.fake;
    const before = fake.sent.length;
    const question = fake.userMessage({ content: VISAS });
    const ping = await nextSent(fake, before, (sent) => fake.isDmChannel(sent.channelId));
    await pingRecorded(world, ping);
    expect(ping.body.allowed_mentions).toEqual(ONLY_RECRUITER);
    expect(flatten(ping.message)).toContain('Reply to this message (Reply) to answer');
    expect(fake.calls.some((call) => call.path.endsWith(`/messages/${ping.message.id}/threads`))).toBe(false);

    const after = fake.sent.length;
    fake.userMessage({ content: ANSWER, user: 'recruiter', dm: true, replyTo: ping.message });
    const relay = await nextSent(fake, after, (sent) => sent.channelId === question.id);
    expect(relay.message.content).toBe(`Anders Bruvik (recruiter) answered:\n${ANSWER}`);
    await answered(fake, ping);
    expect((await world.service.service.list('all'))[0]).toMatchObject({ state: 'answered' });

    // A candidate replying to Candor in a DM is asking a question, not answering a handoff.
    const dm = fake.userMessage({ content: 'Is the Kubernetes team lead role remote?', dm: true, replyTo: ping.message });
    const answer = await nextSent(fake, after, (sent) => sent.channelId === dm.channel_id && sent.message.message_reference?.message_id === dm.id);
    expect(answer.message.embeds[0].title).toBe(KUBERNETES);
  });
});
