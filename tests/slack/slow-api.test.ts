/**
 * A slow Slack: chat.postMessage posts at once but answers only after the
 * client's request timeout. The real Bolt app must not send the reply again
 * blindly: the candidate sees it once, in a thread or a DM.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageHandler } from '../../src/chat/types.js';
import { bootCandor, connectHandler, recordingFunnel, type Candor } from '../support/runtime.js';
import { CHANNELS, createSlackHarness, TEST_RETRY, USERS, type SlackHarness } from './harness.js';

let harness: SlackHarness | null = null;
let core: Candor | null = null;
afterEach(async () => {
  await harness?.stop();
  await core?.stop();
  harness = null;
  core = null;
});

/** The handler, and how many questions it has finished (reply sent or given up on). */
function counted(handler: MessageHandler): { handler: MessageHandler; finished: () => number } {
  let finished = 0;
  return {
    handler: async (message, io) => {
      try {
        await handler(message, io);
      } finally {
        finished += 1;
      }
    },
    finished: () => finished,
  };
}

describe.each(['http', 'socket'] as const)('a slow Slack Web API over %s', (mode) => {
  it.each([
    ['a channel thread', { direct: false }],
    ['a DM', { direct: true }],
  ] as const)('a reply that posts but answers after the timeout reaches %s once', async (_where, options) => {
    core = await bootCandor();
    const run = counted(core.handler);
    // Requests time out after 300 ms; the post lands at once but its answer comes after 1.2 s.
    harness = createSlackHarness(mode, { retry: { ...TEST_RETRY, requestTimeout: 300 } });
    await harness.start(connectHandler(run.handler, recordingFunnel(core.errors)));
    harness.fake.slow('chat.postMessage', { delayMs: 1_200, times: 1 });

    const reply = await harness.ask('who would be my manager in the kubernetes team lead role?', options);
    expect(reply.text).toContain('Anders Bruvik');
    await expect.poll(run.finished, { timeout: 10_000 }).toBe(1);

    const channel = options.direct ? `D${USERS.candidate.slice(1)}` : CHANNELS.jobs;
    const thread = reply.thread.split('/')[1] || null;
    const seen = (harness.fake.messages.get(channel) ?? []).filter((message) => (message.thread_ts ?? null) === thread);
    expect(seen).toHaveLength(1);
    // It looked before deciding not to send again.
    expect(harness.fake.callsTo(options.direct ? 'conversations.history' : 'conversations.replies').length).toBeGreaterThan(0);
    expect(core.errors).toEqual([]);
  });
});
