/**
 * The log policy for user ids (docs/operations.md): a candidate's or a staff
 * member's platform id is logged as a keyed hash, never as it is. Checked on
 * the lines a handoff writes with the real Bolt app: the candidate's question
 * handed off, the recruiter's click.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashId } from '../../src/log.js';
import { tempDir } from '../handoff/helpers.js';
import { captureLogs } from '../support/log-capture.js';
import { bootRuntime, testConfig } from '../support/runtime.js';
import { blocksOf, CHANNELS, createSlackHarness, USERS } from './harness.js';
import { buttonClick } from './payloads.js';

const KEY = 'an-installation-key';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('user ids in the logs', () => {
  it('are hashed with the installation key in every line a handoff writes', async () => {
    const dir = tempDir('candor-log-ids-');
    cleanups.push(() => dir.remove());
    const core = captureLogs('debug', { idKey: KEY });
    const { runtime, connect } = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { logger: core.logger });
    cleanups.push(() => runtime.stop());
    const rig = createSlackHarness('http', { idKey: KEY });
    await rig.start(connect);
    cleanups.push(() => rig.stop());
    // The recruiter's ping cannot be delivered (no Slack id in the bundled directory), and says so in an error line.
    await runtime.start();

    const mark = rig.fake.mark;
    await rig.ask('Does the container platform tech lead role come with a company car?');
    const ping = await rig.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS.handoff, { after: mark });
    const claim = blocksOf(ping.params)
      .flatMap((block) => (block.elements ?? []) as Array<{ action_id?: string; value?: string }>)
      .find((element) => element.action_id === 'handoff_claim')!;
    await rig.deliverInteraction(
      buttonClick({ user: USERS.staff, channel: CHANNELS.handoff, messageTs: String(ping.result.ts), actionId: 'handoff_claim', value: claim.value!, label: 'Claim', responseUrl: rig.fake.responseUrl() }),
    );
    await expect.poll(() => rig.logs.find((line) => line.msg === 'slack: handoff click')).toBeDefined();

    const click = rig.logs.find((line) => line.msg === 'slack: handoff click')!;
    expect(click.user).toBe(hashId(KEY, USERS.staff));
    expect(click.user).not.toBe(hashId('another-installation', USERS.staff));
    const all = [...rig.logLines, ...core.lines].join('\n');
    expect(all).not.toContain(USERS.staff);
    expect(all).not.toContain(USERS.candidate);
  });
});
