/**
 * A restart between an answer and a follow-up: the real Bolt app against the
 * local Slack, the real runtime on one SQLite file, stopped and started again
 * as a deploy does. The follow-up in the thread (no mention, no role named)
 * is answered, about the posting the thread is about.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../handoff/helpers.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import { createSlackHarness } from './harness.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(['http', 'socket'] as const)('Slack over %s, restarted between an answer and a follow-up', (mode) => {
  it('answers the follow-up in the thread, about the same posting', async () => {
    const dir = tempDir('candor-slack-restart-');
    cleanups.push(() => dir.remove());
    const config = testConfig(join(dir.path, 'candor.db'));

    const before = await bootRuntime(config);
    const first = createSlackHarness(mode, { threads: before.runtime.threads });
    await first.start(before.connect);
    const answer = await first.ask('who would be my manager in the kubernetes team lead role?');
    expect(answer.text).toContain('Anders Bruvik');
    // A deploy drains the exchange in flight before it stops; so does this test.
    await expect.poll(() => before.runtime.threads.has('slack', answer.thread.replace('/', ':'))).toBe(true);
    await first.stop();
    await before.runtime.stop();

    const after = await bootRuntime(config);
    cleanups.push(() => after.runtime.stop());
    const second = createSlackHarness(mode, { threads: after.runtime.threads });
    await second.start(after.connect);
    cleanups.push(() => second.stop());
    // A new local Slack numbers messages from the start again: move past the thread's own ts, as time would.
    while (second.fake.nextTs() <= answer.thread.split('/')[1]!);
    const followUp = await second.ask('and will there be any travel?', { thread: answer.thread });
    expect(followUp.text).toContain('every quarter');
    expect(followUp.text).toContain('Team Lead for our Kubernetes team');
    expect(before.errors.concat(after.errors)).toEqual([]);
  });
});
