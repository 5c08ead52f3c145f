/** A real runtime (createRuntime, as main.ts wires it) on a SQLite file of the test's choosing, over the bundled content, and the handler main.ts builds on it. */
import { EventEmitter } from 'node:events';
import { createRuntime, type Runtime, type RuntimeDeps } from '../../src/app/runtime.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import type { MessageHandler } from '../../src/chat/types.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { silentLogger } from '../../src/log.js';
import type { Clock } from '../../src/handoff/clock.js';

export interface BootedRuntime {
  runtime: Runtime;
  handler: MessageHandler;
  errors: unknown[];
}

export function testConfig(databasePath: string, overrides: Partial<Config> = {}): Config {
  return {
    contentDir: 'content/career',
    knowledgeDir: 'knowledge',
    port: 0,
    logLevel: 'silent',
    databasePath,
    watchContent: false,
    handoff: { remindMinutes: 60, escalateMinutes: 240, timezone: 'Europe/Oslo' },
    retentionDays: 90,
    slack: null,
    discord: null,
    ...overrides,
  };
}

export async function bootRuntime(config: Config, options: { clock?: Clock; logger?: Logger; onFeedback?: RuntimeDeps['onFeedback'] } = {}): Promise<BootedRuntime> {
  const runtime = await createRuntime({
    config,
    logger: options.logger ?? silentLogger(),
    signals: new EventEmitter() as unknown as NodeJS.Process,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onFeedback ? { onFeedback: options.onFeedback } : {}),
  });
  const errors: unknown[] = [];
  const handler = createMessageHandler({ ...runtime.handlerDeps, memory: runtime.memory, reportError: (error) => errors.push(error) });
  return { runtime, handler, errors };
}
