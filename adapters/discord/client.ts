/** The discord.js Client Candor runs: the intents it needs, restrictive mentions, bounded REST retries. */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../../src/index.js';
import { NO_MENTIONS } from './safety.js';

/** A rate limit longer than this fails the request (and is logged) instead of holding replies back. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** `restTimeoutMs`: how long a REST request waits for its answer (15 s; tests pass less). */
export function createDiscordClient(config: DiscordConfig, options: { restTimeoutMs?: number } = {}): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Replying to a message deleted meanwhile sends without the reference instead of failing.
    failIfNotExists: false,
    rest: {
      // 5xx and timeouts are retried this many times; 429s are waited out (up to the limit below).
      retries: 3,
      // A request that times out is retried; replies carry a nonce Discord enforces (send.ts), so it still posts once.
      timeout: options.restTimeoutMs ?? 15_000,
      rejectOnRateLimit: (info) => info.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
    },
  });
}
