/** What the adapter gives both of its listeners: messages (on-message.ts) and interactions (interactions.ts). */
import type { Client } from 'discord.js';
import type { AdapterHost, DiscordConfig, Logger, ThreadRegistry } from '../../src/index.js';
import type { ChoiceStore } from './choices.js';

export interface ListenerDeps {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
  /** The core: messages, forwarded staff events, the error funnel. */
  host: AdapterHost;
  choices: ChoiceStore;
  /** Threads Candor answers in (thread channel ids): follow-ups there need no mention. */
  threads: ThreadRegistry;
}

