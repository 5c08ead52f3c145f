/** The Discord adapter, unmodified discord.js inside, wired to a local FakeDiscord; logs captured as JSON. */
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import type { DiscordConfig } from '../../src/config.js';
import { captureLogs, type CapturedLogs, type LogRecord } from '../support/log-capture.js';
import type { Connect } from '../support/runtime.js';
import { FakeDiscord, IDS } from './fake-discord.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import type { ThreadRegistry } from '../../src/chat/memory.js';

export interface Rig {
  fake: FakeDiscord;
  adapter: ReturnType<typeof createDiscordAdapter>;
  logs: LogRecord[];
  stop(): Promise<void>;
}

export async function startRig(
  connect: Connect,
  overrides: Partial<DiscordConfig> = {},
  options: {
    heartbeatIntervalMs?: number;
    /** Where the adapter logs (new captured logs by default): give the core the same logger, and its error lines are in `logs` too. */
    logs?: CapturedLogs;
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
  const captured = options.logs ?? captureLogs('debug');
  const logger = captured.logger;
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
    ...(options.status ? { status: options.status } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.restTimeoutMs ? { restTimeoutMs: options.restTimeoutMs } : {}),
  });
  try {
    await connect(adapter);
  } catch (error) {
    if (ownFake) await fake.stop();
    throw error;
  }
  return {
    fake,
    adapter,
    logs: captured.records,
    async stop() {
      await adapter.stop();
      if (ownFake) await fake.stop();
    },
  };
}
