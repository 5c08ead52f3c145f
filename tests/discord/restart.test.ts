/**
 * A restart between an answer and a follow-up: the real discord.js client
 * against the local Discord (which keeps running, as Discord does), the real
 * runtime on one SQLite file, stopped and started again as a deploy does.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import { FakeDiscord } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';
import { startRig } from './rig.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Discord, restarted between an answer and a follow-up', () => {
  it('answers the follow-up in the thread about the same posting, not with "which role?"', async () => {
    const dir = tempDir('candor-discord-restart-');
    cleanups.push(() => dir.remove());
    const config = testConfig(join(dir.path, 'candor.db'));
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.stop());

    const before = await bootRuntime(config);
    const first = await startRig(before.connect, {}, { fake, threads: before.runtime.threads });
    let mark = fake.sent.length;
    const question = fake.userMessage({ content: 'who would be my manager in the kubernetes team lead role?' });
    const answer = await nextSent(fake, mark, (sent) => sent.channelId === question.id);
    expect(flatten(answer.message)).toContain('Anders Bruvik');
    await first.stop();
    await before.runtime.stop();

    const after = await bootRuntime(config);
    cleanups.push(() => after.runtime.stop());
    const second = await startRig(after.connect, {}, { fake, threads: after.runtime.threads });
    cleanups.push(() => second.stop());
    mark = fake.sent.length;
    // In the thread, without a mention: Candor knows the thread as its own after the restart.
    fake.userMessage({ content: 'and will there be any travel?', channelId: answer.channelId, mentionBot: false });
    const followUp = flatten((await nextSent(fake, mark, (sent) => sent.channelId === answer.channelId)).message);
    expect(followUp).toContain('every quarter');
    expect(followUp).toContain('Team Lead for our Kubernetes team');
    expect(before.errors.concat(after.errors)).toEqual([]);
  });
});
