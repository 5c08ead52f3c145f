/**
 * `npm start`: Slack and/or Discord when their tokens are set, otherwise a
 * chat in the terminal over the bundled postings.
 */
import { parseArgs } from 'node:util';
import { createConversationMemory } from './chat/memory.js';
import { createMessageHandler } from './chat/handler.js';
import { createPingOnlyDesk } from './chat/handoff-ping.js';
import type { Adapter } from './chat/types.js';
import { loadConfig } from './config.js';
import { loadContent } from './engine/load.js';
import { CandorError } from './errors.js';
import { createLogger } from './log.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { staff: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const terminalOnly = !config.slack && !config.discord;
  const logger = createLogger({ level: terminalOnly ? 'warn' : config.logLevel });
  const content = await loadContent({ contentDir: config.contentDir, knowledgeDir: config.knowledgeDir });
  for (const problem of content.corpus.problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn']({ file: problem.file, line: problem.line }, problem.message);
  }
  const engine = content.engine;
  const handler = createMessageHandler({
    engine: () => engine,
    memory: createConversationMemory(),
    handoffs: createPingOnlyDesk(() => engine.knowledge.directory),
    reportError: (error) => logger.error({ err: error.cause, context: error.context, code: error.code }, error.message),
  });

  const adapters: Adapter[] = [];
  if (terminalOnly) {
    const { createTerminalAdapter } = await import('../adapters/terminal/index.js');
    const interactive = Boolean(process.stdin.isTTY);
    const terminal = createTerminalAdapter({
      input: process.stdin,
      output: process.stdout,
      audience: values.staff ? 'staff' : 'candidate',
      prompt: interactive,
      greeting: interactive
        ? `Candor: ask about the ${engine.postings(values.staff ? 'staff' : 'candidate').length} open postings${values.staff ? ' (staff: drafts included)' : ''}. /postings lists them, /new starts over, /quit exits.`
        : undefined,
    });
    await terminal.start(handler);
    await terminal.closed;
    return;
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/index.js');
    adapters.push(createSlackAdapter({ config: config.slack, port: config.port, logger }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/index.js');
    adapters.push(createDiscordAdapter({ config: config.discord, logger }));
  }
  for (const adapter of adapters) await adapter.start(handler);
  logger.info({ adapters: adapters.map((adapter) => adapter.platform), postings: content.corpus.postings.length }, 'Candor is running');
  const stop = async () => {
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof CandorError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
