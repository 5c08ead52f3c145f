/** The real core for Slack tests: the bundled content, the real engine, the real handler. */
import { createMessageHandler } from '../../src/chat/handler.js';
import { createPingOnlyDesk } from '../../src/chat/handoff-ping.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { MessageHandler } from '../../src/chat/types.js';
import { loadEngine } from '../../src/engine/load.js';
import type { HandlerError } from '../../src/errors.js';
import type { RecruiterDirectory } from '../../src/knowledge/types.js';

type LoadedEngine = Awaited<ReturnType<typeof loadEngine>>;

let loading: Promise<LoadedEngine> | null = null;

export function bundledEngine(): Promise<LoadedEngine> {
  loading ??= loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
  return loading;
}

export interface Core {
  handler: MessageHandler;
  engine: LoadedEngine;
  errors: HandlerError[];
}

/** `slackIds` gives recruiters Slack user ids (the bundled directory has none). */
export async function realCore(options: { slackIds?: Record<string, string> } = {}): Promise<Core> {
  const engine = await bundledEngine();
  const errors: HandlerError[] = [];
  const directory = (): RecruiterDirectory => ({
    ...engine.knowledge.directory,
    recruiters: engine.knowledge.directory.recruiters.map((recruiter) => {
      const slackUserId = options.slackIds?.[recruiter.id];
      return slackUserId ? { ...recruiter, slackUserId } : recruiter;
    }),
  });
  const handler = createMessageHandler({
    engine: () => engine,
    memory: createConversationMemory(),
    handoffs: createPingOnlyDesk(directory),
    reportError: (error) => errors.push(error),
  });
  return { handler, engine, errors };
}
