/**
 * A slow Discord: POST /channels/:id/messages posts at once but answers only
 * after discord.js's request timeout, so discord.js sends it again. The
 * reply carries a nonce with enforce_nonce: the candidate sees it once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageHandler } from '../../src/chat/types.js';
import { bootCandor, connectHandler, recordingFunnel, type Candor } from '../support/runtime.js';
import { flatten, nextSent } from './harness.js';
import { startRig, type Rig } from './rig.js';

let rig: Rig | null = null;
let core: Candor | null = null;
afterEach(async () => {
  await rig?.stop();
  await core?.stop();
  rig = null;
  core = null;
});

describe('a slow Discord REST API', () => {
  it('a reply that posts but answers after the timeout reaches the thread once', async () => {
    core = await bootCandor();
    const { errors } = core;
    const inner = core.handler;
    let finished = 0;
    const handler: MessageHandler = async (message, io) => {
      try {
        await inner(message, io);
      } finally {
        finished += 1;
      }
    };
    rig = await startRig(connectHandler(handler, recordingFunnel(errors)), {}, { restTimeoutMs: 300 });
    const { fake } = rig;
    fake.slow({ method: 'POST', path: /^\/channels\/\d+\/messages$/, delayMs: 1_200, times: 1 });

    const before = fake.sent.length;
    const question = fake.userMessage({ content: 'who would be my manager in the kubernetes team lead role?' });
    const answer = await nextSent(fake, before, (sent) => sent.channelId === question.id);
    expect(flatten(answer.message)).toContain('Anders Bruvik');
    await expect.poll(() => finished, { timeout: 10_000 }).toBe(1);

    const posts = fake.calls.filter((call) => call.method === 'POST' && call.path === `/channels/${question.id}/messages`);
    expect(posts.length).toBeGreaterThan(1); // discord.js did send it again after the timeout...
    expect(new Set(posts.map((call) => call.body.nonce))).toEqual(new Set([`${question.id}-1`]));
    expect(posts.every((call) => call.body.enforce_nonce === true)).toBe(true);
    expect(fake.sent.filter((sent) => sent.channelId === question.id)).toHaveLength(1); // ...and it is there once.
    expect(errors).toEqual([]);
  });
});
