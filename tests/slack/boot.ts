/** The Slack rig wired to Candor as `npm start` wires it, for tests that boot one per test. */
import { bootCandor, withIds, type Candor } from '../support/runtime.js';
import { createSlackHarness, type SlackHarness, type SlackHarnessOptions } from './harness.js';

export interface SlackCandor {
  rig: SlackHarness;
  core: Candor;
  /** Asks something harmless and waits for its answer: everything delivered before it has been handled. */
  sentinel(): Promise<void>;
  stop(): Promise<void>;
}

/** `slackIds` gives recruiters Slack user ids (the bundled directory has none). */
export async function bootSlack(mode: 'http' | 'socket', options: SlackHarnessOptions = {}, slackIds: Record<string, string> = {}): Promise<SlackCandor> {
  const rig = createSlackHarness(mode, options);
  const ids = Object.fromEntries(Object.entries(slackIds).map(([id, slack]) => [id, { slack }]));
  const core = await bootCandor({ recruiters: withIds(ids), logger: rig.logger });
  await rig.start(core.connect);
  return {
    rig,
    core,
    async sentinel() {
      await rig.ask('is there on-call for the kubernetes team lead?', { direct: true });
    },
    async stop() {
      await rig.stop();
      await core.stop();
    },
  };
}
