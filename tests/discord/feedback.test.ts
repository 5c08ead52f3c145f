/**
 * Helpful and Ask a recruiter under answers on Discord: the real discord.js
 * client against the local Discord, the real handler and runtime
 * (createRuntime on a temp SQLite file, as main.ts wires it).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/app/runtime.js';
import { fakeClock, tempDir } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import { IDS, type SentMessage } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';
import { startRig, type Rig } from './rig.js';

const ON_CALL = 'is there on-call for the kubernetes team lead?';
const QUOTED = 'you will also be part of our on-call rotation';
const FOLLOW_UP = "I've passed your question to Anders Bruvik (anders.bruvik@safespring.com), who will follow up with you here.";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function boot(): Promise<{ discord: Rig; runtime: Runtime }> {
  const dir = tempDir('candor-discord-feedback-');
  cleanups.push(() => dir.remove());
  const { runtime, connect } = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { clock: fakeClock('2024-03-04T09:00:00Z') });
  cleanups.push(() => runtime.stop());
  const discord = await startRig(connect);
  cleanups.push(() => discord.stop());
  return { discord, runtime };
}

type Row = { components: Array<{ custom_id?: string; label?: string; url?: string }> };
const buttonsOf = (message: Record<string, any>) => ((message.components ?? []) as Row[]).flatMap((row) => row.components);
const feedbackButtons = (message: Record<string, any>) => buttonsOf(message).filter((button) => button.custom_id?.startsWith('feedback_'));

describe('feedback on Discord answers', () => {
  let discord: Rig;
  let runtime: Runtime;

  /** Alice asks in #jobs; resolves with Candor's answer in the thread it starts on her question. */
  async function ask(text: string): Promise<SentMessage> {
    const before = discord.fake.sent.length;
    const question = discord.fake.userMessage({ content: text, user: 'alice' });
    return nextSent(discord.fake, before, (sent) => sent.channelId === question.id);
  }

  /** Clicks a button on the answer as it is now; resolves once Discord got the interaction's callback. */
  async function click(answer: SentMessage, kind: 'helpful' | 'handoff', user: 'alice' | 'bob'): Promise<Record<string, any>> {
    const message = discord.fake.botMessage(answer.message.id)!;
    const customId = feedbackButtons(answer.message).find((button) => button.custom_id!.startsWith(`feedback_${kind}:`))!.custom_id!;
    const token = discord.fake.clickButton({ message, customId, user });
    const callback = await discord.fake.waitFor(() => discord.fake.calls.find((call) => call.path.endsWith(`/${token}/callback`)), `the callback to ${customId}`);
    return callback.body as Record<string, any>;
  }

  const pings = () => discord.fake.sent.filter((sent) => sent.channelId === IDS.staffChannel);

  it('shows both buttons; Ask a recruiter pings once with the quote and the note, the thread says who follows up; a second click posts nothing', async () => {
    ({ discord, runtime } = await boot());
    const answer = await ask(ON_CALL);
    expect(flatten(answer.message)).toContain(QUOTED);
    const buttons = feedbackButtons(answer.message);
    expect(buttons.map((button) => button.label)).toEqual(['Helpful', 'Ask a recruiter']);
    const id = buttons[0]!.custom_id!.slice('feedback_helpful:'.length);
    expect(buttons[1]!.custom_id).toBe(`feedback_handoff:${id}`);

    const callback = await click(answer, 'handoff', 'alice');
    expect(callback.type).toBe(7);
    const ping = await discord.fake.waitFor(() => pings()[0], 'the ping');
    const card = flatten(ping.message);
    expect(card).toContain(QUOTED);
    expect(card).toContain('the candidate found this answer unhelpful');
    expect(card).toContain('Anders Bruvik');
    const shown = await discord.fake.waitFor(() => discord.fake.botMessage(answer.message.id)?.edited_timestamp && discord.fake.botMessage(answer.message.id), 'the edited answer');
    expect(shown.content).toBe(`Thanks for telling me. ${FOLLOW_UP}`);
    expect(flatten(shown)).toContain(QUOTED);
    expect(feedbackButtons(shown)).toEqual([]);
    // The Apply link stays.
    expect(buttonsOf(shown).some((button) => button.url)).toBe(true);
    await expect.poll(async () => (await runtime.handoffs.list('all'))[0]?.pings.length).toBe(1);

    const sentBefore = discord.fake.sent.length;
    await click(answer, 'handoff', 'alice');
    await discord.fake.waitFor(() => discord.fake.sent.length > sentBefore, 'the second callback');
    expect(discord.fake.sent.slice(sentBefore).every((sent) => sent.via === 'interaction' && sent.channelId === answer.channelId)).toBe(true);
    expect(pings()).toHaveLength(1);
    expect(await runtime.handoffs.list('all')).toHaveLength(1);
  });

  it('refuses a click by someone other than the asker with an ephemeral reply', async () => {
    ({ discord, runtime } = await boot());
    const answer = await ask(ON_CALL);
    const callback = await click(answer, 'handoff', 'bob');
    expect(callback).toMatchObject({ type: 4, data: { content: 'Only the person who asked can use these buttons.', flags: 64 } });
    expect(feedbackButtons(discord.fake.botMessage(answer.message.id)!)).toHaveLength(2);
    expect(pings()).toEqual([]);
    expect(await runtime.handoffs.list('all')).toEqual([]);
  });

  it('counts Helpful, shows it in gaps, and forget removes it', async () => {
    ({ discord, runtime } = await boot());
    const answer = await ask(ON_CALL);
    await click(answer, 'helpful', 'alice');
    await discord.fake.waitFor(() => discord.fake.botMessage(answer.message.id)!.content === 'Thanks, glad it helped.', 'the acknowledgement');
    expect(await runtime.staff.run({ name: 'gaps', days: 30 })).toContain('Team Lead for our Kubernetes team / on-call: 0 handed off, 0 marked unhelpful, 1 marked helpful');
    const forgot = discord.fake.slashCommand({ sub: 'forget', user: 'alice' });
    await discord.fake.waitFor(() => discord.fake.sent.find((sent) => sent.interactionToken === forgot && flatten(sent.message)), 'the forget reply');
    expect(await runtime.staff.run({ name: 'gaps', days: 30 })).toBe('No questions handed off and no answers marked in the last 30 days.');
  });
});
