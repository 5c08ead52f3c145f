/**
 * Candor on Discord. Mentions are answered in a thread started on the
 * question, follow-ups in that thread need no mention, DMs are answered in
 * the DM, `/jobs` answers ephemerally. Its handoff seam is the Discord
 * transport (handoff-transport.ts): pings in the staff channel carry Claim /
 * Dismiss / Save as answer buttons, which are forwarded to the core like a
 * staff reply in a ping's thread. No listener error reaches the process:
 * each goes to the error funnel with ids, never message content.
 */
import { Events, type Client } from 'discord.js';
import {
  PlatformError,
  createThreadRegistry,
  type Adapter,
  type AdapterHost,
  type AdapterStatus,
  type DiscordConfig,
  type ErrorContext,
  type HandoffTransport,
  type Logger,
  type ThreadRegistry,
} from '../../src/index.js';
import { createChoiceStore } from './choices.js';
import { createDiscordClient } from './client.js';
import { createDiscordHandoffTransport } from './handoff-transport.js';
import { createInteractionListener } from './interactions.js';
import { createMessageListener } from './on-message.js';

export { commandDefinitions } from './commands.js';

export interface DiscordAdapterDeps {
  config: DiscordConfig;
  logger: Logger;
  /** Connection state and API failures, for /readyz and /metrics. */
  status?: AdapterStatus;
  /** The threads Candor answers in; the runtime's survives a restart (in memory without it). */
  threads?: ThreadRegistry;
  /** How long a REST request waits for Discord's answer; 15 s by default, tests pass less. */
  restTimeoutMs?: number;
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): Adapter & { readonly client: Client; readonly handoffs: HandoffTransport } {
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(deps.config, deps.restTimeoutMs === undefined ? {} : { restTimeoutMs: deps.restTimeoutMs });
  const choices = createChoiceStore();
  const threads = deps.threads ?? createThreadRegistry(10_000);
  let host: AdapterHost | null = null;
  /** Before start() nothing is listened to; a client error then is one start() is about to throw. */
  const report = (error: unknown, context: ErrorContext) => host?.onError(error, { platform: 'discord', ...context });

  client.on(Events.Error, (error) => report(error, { step: 'discord client' }));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardError, (error, shard) => report(error, { step: 'discord gateway', shard }));
  client.on(Events.ShardReconnecting, (shard) => {
    logger.info({ shard }, 'discord gateway reconnecting');
    deps.status?.disconnected('reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info({ shard, replayed }, 'discord gateway resumed');
    deps.status?.connected();
  });
  client.on(Events.ShardReady, () => deps.status?.connected());
  client.on(Events.ShardDisconnect, () => deps.status?.disconnected('gateway closed'));
  client.on(Events.Invalidated, () => deps.status?.disconnected('invalidated'));
  client.rest.on('rateLimited', (info) => {
    logger.warn({ route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global }, 'discord rate limited');
    deps.status?.apiRetry();
  });

  /** A listener that reports its failure instead of throwing into discord.js (where it would kill the process). */
  function guarded<T extends unknown[]>(event: string, listener: (...args: T) => Promise<void>, ids: (...args: T) => object) {
    return (...args: T): void => {
      listener(...args).catch((error: unknown) => {
        deps.status?.apiError();
        report(error, { step: 'discord listener', event, ...ids(...args) });
      });
    };
  }

  return {
    platform: 'discord',
    client,
    handoffs: createDiscordHandoffTransport({ client, config: deps.config, logger }),
    async start(next) {
      if (host) throw new PlatformError('discord', { method: 'start', detail: 'adapter already started' });
      host = next;
      const listenerDeps = { client, config: deps.config, logger, host, choices, threads };
      client.on(
        Events.MessageCreate,
        guarded('messageCreate', createMessageListener(listenerDeps), (message) => ({
          channel: message.channelId,
          message: message.id,
          user: message.author.id,
        })),
      );
      client.on(
        Events.InteractionCreate,
        guarded(
          'interactionCreate',
          createInteractionListener(listenerDeps),
          (interaction) => ({ interaction: interaction.id, channel: interaction.channelId, user: interaction.user.id }),
        ),
      );
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(deps.config.token);
      } catch (cause) {
        throw new PlatformError('discord', { method: 'login', detail: 'check DISCORD_TOKEN and DISCORD_API_URL', cause });
      }
      await ready;
      logger.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord connected');
    },
    async stop() {
      await client.destroy();
      deps.status?.disconnected('stopped');
    },
  };
}
