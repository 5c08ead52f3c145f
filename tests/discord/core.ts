/** The real core for the Discord tests: createMessageHandler over the real engine and bundled postings. */
import { createPingOnlyDesk } from '../../src/chat/handoff-ping.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { MessageHandler } from '../../src/chat/types.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import type { HandlerError } from '../../src/errors.js';
import { IDS } from './fake-discord.js';

let engine: Promise<CandorEngine> | null = null;

export function realEngine(): Promise<CandorEngine> {
  engine ??= loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
  return engine;
}

/** The handler `npm start` builds, with every recruiter given the test guild's recruiter as Discord user. */
export async function realHandler(errors: HandlerError[] = []): Promise<MessageHandler> {
  const loaded = await realEngine();
  const directory = () => ({
    ...loaded.knowledge.directory,
    recruiters: loaded.knowledge.directory.recruiters.map((recruiter) => ({ ...recruiter, discordUserId: IDS.recruiter })),
  });
  return createMessageHandler({
    engine: () => loaded,
    memory: createConversationMemory(),
    handoffs: createPingOnlyDesk(directory),
    reportError: (error) => errors.push(error),
  });
}
