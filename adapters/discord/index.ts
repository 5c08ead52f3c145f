/**
 * Candor on Discord. Mentions are answered in a thread started on the
 * question, follow-ups in that thread need no mention, DMs are answered in
 * the DM, `/jobs` answers ephemerally, handoffs ping the recruiter in the
 * staff channel. With a HandoffService, its Discord transport is registered
 * here: pings carry Claim / Dismiss / Save as answer buttons, a reply in a
 * ping's thread is relayed to the candidate. No listener error reaches the
 * process: each is logged with ids, never message content.
 */
import { Events, type Client } from 'discord.js';
import type { Adapter, MessageHandler } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import { PlatformError } from '../../src/errors.js';
import type { HandoffService } from '../../src/handoff/service.js';
import type { FeedbackDesk } from '../../src/feedback/types.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import { createChoiceStore } from './choices.js';
import { createThreadRegistry, type ThreadRegistry } from '../../src/chat/memory.js';
import { createDiscordClient } from './client.js';
import { createDiscordHandoffTransport } from './handoff-transport.js';
import { createInteractionListener, type HandoffAction } from './interactions.js';
import { createMessageListener } from './on-message.js';
import { createPingRecruiter } from './ping.js';
import { redactError } from './redact.js';

export type { HandoffAction } from './interactions.js';
export { commandDefinitions } from './commands.js';

export interface DiscordAdapterDeps {
  config: DiscordConfig;
  logger: Logger;
  /**
   * The durable handoff workflow. When given, the adapter registers its
   * Discord transport with it, and the core opens handoffs through it (no
   * `io.pingRecruiter`); buttons and replies in ping threads act on it.
   */
  handoffs?: HandoffService;
  /** Claim / Dismiss clicks on a ping-only handoff ping, without `handoffs`. Without either, the buttons say handoffs are not set up. */
  onHandoffAction?: (action: HandoffAction) => Promise<void>;
  /** Connection state and API failures, for /readyz and /metrics. */
  status?: AdapterStatus;
  /** Where Helpful / Ask a recruiter clicks under answers go (custom ids `feedback_helpful:<id>`, `feedback_handoff:<id>`). */
  feedback?: FeedbackDesk;
  /** The threads Candor answers in; the runtime's survives a restart (in memory without it). */
  threads?: ThreadRegistry;
  /** How long a REST request waits for Discord's answer; 15 s by default, tests pass less. */
  restTimeoutMs?: number;
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): Adapter & { readonly client: Client } {
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(deps.config, deps.restTimeoutMs === undefined ? {} : { restTimeoutMs: deps.restTimeoutMs });
  const choices = createChoiceStore();
  const threads = deps.threads ?? createThreadRegistry(10_000);
  const pingRecruiter = deps.handoffs ? undefined : createPingRecruiter({ client, config: deps.config, logger });
  deps.handoffs?.register(createDiscordHandoffTransport({ client, config: deps.config, logger }));
  let started = false;

  client.on(Events.Error, (error) => logger.error({ err: redactError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: redactError(error), shard }, 'discord gateway error'));
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

  /** A listener that logs its failure instead of throwing into discord.js (where it would kill the process). */
  function guarded<T extends unknown[]>(event: string, listener: (...args: T) => Promise<void>, ids: (...args: T) => object) {
    return (...args: T): void => {
      listener(...args).catch((error: unknown) => {
        try {
          logger.error({ event, ...ids(...args), err: redactError(error) }, 'discord listener failed');
          deps.status?.apiError();
        } catch {
          // A logger that throws must not take the process down either.
        }
      });
    };
  }

  return {
    platform: 'discord',
    client,
    async start(handler: MessageHandler) {
      if (started) throw new PlatformError('discord', 'adapter already started');
      started = true;
      const listenerDeps = { client, config: deps.config, logger, handler, choices, pingRecruiter, handoffs: deps.handoffs, threads, feedback: deps.feedback };
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
          createInteractionListener({ ...listenerDeps, onHandoffAction: deps.onHandoffAction }),
          (interaction) => ({ interaction: interaction.id, channel: interaction.channelId, user: interaction.user.id }),
        ),
      );
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(deps.config.token);
      } catch (cause) {
        throw new PlatformError('discord', 'login failed (check DISCORD_TOKEN and DISCORD_API_URL)', { cause });
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
