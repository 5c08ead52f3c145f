/** The Discord adapter, unmodified discord.js inside, wired to a local FakeDiscord; logs captured as JSON. */
import { createDiscordAdapter, type HandoffAction } from '../../adapters/discord/index.js';
import type { MessageHandler } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import type { HandoffService } from '../../src/handoff/service.js';
import type { FeedbackDesk } from '../../src/feedback/types.js';
import { captureLogs, type LogRecord } from '../support/log-capture.js';
import { FakeDiscord, IDS } from './fake-discord.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import type { ThreadRegistry } from '../../src/chat/memory.js';

export interface Rig {
  fake: FakeDiscord;
  adapter: ReturnType<typeof createDiscordAdapter>;
  logs: LogRecord[];
  handoffActions: HandoffAction[];
  stop(): Promise<void>;
}

export async function startRig(
  handler: MessageHandler,
  overrides: Partial<DiscordConfig> = {},
  options: {
    heartbeatIntervalMs?: number;
    /** The durable handoff workflow, for the adapter to register its transport with. */
    handoffs?: HandoffService;
    /** Where Helpful / Ask a recruiter clicks go. */
    feedback?: FeedbackDesk;
    /** An already running local Discord (a restart of Candor against the same Discord); left running on stop. */
    fake?: FakeDiscord;
    /** Connection state for /readyz and /metrics. */
    status?: AdapterStatus;
    /** The threads Candor answers in (the runtime's, to survive a restart). */
    threads?: ThreadRegistry;
    restTimeoutMs?: number;
  } = {},
): Promise<Rig> {
  const ownFake = !options.fake;
  const fake = options.fake ?? (await FakeDiscord.start(options));
  const { logger, records: logs } = captureLogs('debug');
  const handoffActions: HandoffAction[] = [];
  const adapter = createDiscordAdapter({
    config: {
      token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token',
      apiUrl: fake.apiUrl,
      handoffChannelId: IDS.staffChannel,
      staffRoleIds: [IDS.staffRole],
      guildId: IDS.guild,
      ...overrides,
    },
    logger,
    onHandoffAction: async (action) => {
      handoffActions.push(action);
    },
    ...(options.handoffs ? { handoffs: options.handoffs } : {}),
    ...(options.feedback ? { feedback: options.feedback } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.restTimeoutMs ? { restTimeoutMs: options.restTimeoutMs } : {}),
  });
  try {
    await adapter.start(handler);
  } catch (error) {
    if (ownFake) await fake.stop();
    throw error;
  }
  return {
    fake,
    adapter,
    logs,
    handoffActions,
    async stop() {
      await adapter.stop();
      if (ownFake) await fake.stop();
    },
  };
}
