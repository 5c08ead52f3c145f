/**
 * What `npm start` runs (src/main.ts imports it once SIGHUP is held): Slack
 * and/or Discord when their tokens are set, otherwise a chat in the terminal
 * over the bundled postings.
 */
import { createConversationMemory } from '../chat/memory.js';
import { createMessageHandler } from '../chat/handler.js';
import type { Adapter } from '../chat/adapter.js';
import { loadConfig, loadEnvFile, type Config } from '../config.js';
import { parseCommandLine } from '../cli/args.js';
import { START } from '../cli/specs.js';
import { logStartPlan, staffFlagWarning, startPlan } from './start-plan.js';
import { loadContent, type LoadedContent } from '../engine/load.js';
import { CandorError } from '../errors.js';
import { createLogger, errorFunnel, type Logger } from '../log.js';
import { createAdapterStatus } from '../ops/adapter-status.js';
import { createContentStatus } from '../ops/content-status.js';
import { createMetrics } from '../ops/metrics.js';
import { createQuestionObserver } from '../ops/question-log.js';
import { createReadiness } from '../ops/readiness.js';
import { opsRoutes } from '../ops/routes.js';
import { createOpsServer } from '../ops/server.js';
import { createShutdown, type ShutdownStep } from '../ops/shutdown.js';
import { createRuntime } from './runtime.js';
import { connect } from './wire.js';
import type { HeldSignal } from '../ops/early-signals.js';
import { handoffSnapshot } from '../ops/handoff-snapshot.js';
import { installationKey } from '../ops/installation.js';
import { openSqliteStore } from '../handoff/sqlite-store.js';
import { createSessionFeedback } from '../feedback/session.js';

async function main(hangups: HeldSignal): Promise<void> {
  const parsed = parseCommandLine(START, process.argv.slice(2));
  if ('help' in parsed) return void process.stdout.write(parsed.help);
  const envFile = loadEnvFile();
  // The command line names the folders over the environment: `npm start -- --content DIR`.
  const loaded = loadConfig(undefined, envFile);
  const config: Config = {
    ...loaded,
    ...(parsed.values.content ? { contentDir: parsed.values.content } : {}),
    ...(parsed.values.knowledge ? { knowledgeDir: parsed.values.knowledge } : {}),
  };
  const plan = startPlan(config, envFile);
  if (plan.platforms.includes('terminal') || parsed.values['dry-run']) {
    const logger = createLogger({ level: config.logLevel });
    logStartPlan(logger, plan, parsed.values['dry-run']);
    const staffWarning = staffFlagWarning(plan, parsed.values.staff);
    if (staffWarning) logger.warn(staffWarning);
    if (parsed.values['dry-run']) return;
    // In a terminal, SIGHUP means the terminal went away: Node's default (exit) is right.
    if (hangups.release() > 0) process.exit(129);
    return runTerminal(config, parsed.values.staff);
  }
  return runServices(config, hangups, (logger) => {
    logStartPlan(logger, plan, false);
    const staffWarning = staffFlagWarning(plan, parsed.values.staff);
    if (staffWarning) logger.warn(staffWarning);
  });
}

function reportProblems(content: LoadedContent, logger: Logger): void {
  for (const problem of content.corpus.problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn']({ file: problem.file, line: problem.line }, problem.message);
  }
}

async function runTerminal(config: Config, staff: boolean): Promise<void> {
  const logger = createLogger({ level: 'warn' });
  const content = await loadContent({ contentDir: config.contentDir, knowledgeDir: config.knowledgeDir });
  reportProblems(content, logger);
  const { createTerminalAdapter } = await import('../../adapters/terminal/index.js');
  const audience = staff ? 'staff' : 'candidate';
  const interactive = Boolean(process.stdin.isTTY);
  const terminal = createTerminalAdapter({
    input: process.stdin,
    output: process.stdout,
    audience,
    prompt: interactive,
    greeting: interactive
      ? `Candor: ask about the ${content.engine.postings(audience).length} open postings${staff ? ' (staff: drafts included)' : ''}. /postings lists them, /no after an answer asks a recruiter, /new starts over, /quit exits.`
      : undefined,
  });
  const onError = errorFunnel(logger);
  const feedback = createSessionFeedback({ handoffs: null, engine: () => content.engine, onError });
  const handler = createMessageHandler({ engine: () => content.engine, memory: createConversationMemory(), feedback, onError });
  await connect(terminal, { handler, handoffs: null, feedback, onError });
  await terminal.closed;
}

async function runServices(config: Config, hangups: HeldSignal, announce: (logger: Logger) => void): Promise<void> {
  // Opened first: the logger hashes user ids with the installation's key, kept in the database.
  const store = openSqliteStore({ path: config.databasePath });
  const logger = createLogger({ level: config.logLevel, idKey: installationKey(store.db) });
  announce(logger);
  logger.info({ pid: process.pid }, 'Candor is starting');
  const onError = errorFunnel(logger);
  process.on('unhandledRejection', (reason) => onError(reason, { step: 'unhandled rejection' }));
  const metrics = createMetrics({ logger });
  const readiness = createReadiness();
  const contentStatus = createContentStatus({ metrics, readiness, logger, contentDir: config.contentDir });
  const content = await loadContent({ contentDir: config.contentDir, knowledgeDir: config.knowledgeDir });
  reportProblems(content, logger);
  contentStatus.loaded(content.corpus);

  readiness.set('store', false, 'opening');
  const runtime = await createRuntime({
    config,
    logger,
    onError,
    observe: createQuestionObserver({ logger, metrics }),
    initial: content,
    store,
    onReload: (report, live) => contentStatus.reloaded(report, live),
    onFeedback: (kind) => metrics.answerFeedback(kind),
  });
  readiness.set('store', true);
  metrics.collectHandoffs(async () => handoffSnapshot(await runtime.handoffs.list('all'), Date.now()));
  const ops = { metrics, readiness, logger, onError };
  const adapters: Adapter[] = [];
  const slackServesHttp = Boolean(config.slack && !config.slack.appToken);
  if (config.slack) {
    const { createSlackAdapter } = await import('../../adapters/slack/index.js');
    const status = createAdapterStatus({ platform: 'slack', readiness, metrics, logger });
    adapters.push(createSlackAdapter({ config: config.slack, port: config.port, logger, status, threads: runtime.threads, customRoutes: slackServesHttp ? opsRoutes(ops) : undefined }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../../adapters/discord/index.js');
    const status = createAdapterStatus({ platform: 'discord', readiness, metrics, logger });
    adapters.push(createDiscordAdapter({ config: config.discord, logger, status, threads: runtime.threads }));
  }
  // Slack's HTTP mode already listens on PORT and serves the ops routes there.
  const opsServer = slackServesHttp ? null : createOpsServer({ port: config.port, ...ops });
  if (opsServer) await opsServer.listen();

  const steps: ShutdownStep[] = adapters.map((adapter) => ({ name: adapter.platform, run: () => adapter.stop() }));
  steps.push({ name: 'store', run: () => runtime.stop() });
  if (opsServer) steps.push({ name: 'http', run: () => opsServer.close() });
  const refuse: ShutdownStep[] = adapters.flatMap((adapter) => (adapter.refuse ? [{ name: adapter.platform, run: () => adapter.refuse!() }] : []));
  const shutdown = createShutdown({ logger, timeoutMs: 10_000, steps, refuse });
  const core = { handler: shutdown.trackInFlight(runtime.handler), handoffs: runtime.handoffs, feedback: runtime.feedback, onError };
  for (const adapter of adapters) await connect(adapter, core);
  await runtime.start();
  // runtime.start() listens for SIGHUP now; one that came during start-up is carried out here.
  if (hangups.release() > 0) {
    logger.info('SIGHUP arrived during start-up: reloading now');
    await runtime.content.reload();
  }
  logger.info({ adapters: adapters.map((adapter) => adapter.platform), postings: content.corpus.postings.length }, 'Candor is running');
}

export async function run(hangups: HeldSignal): Promise<void> {
  try {
    await main(hangups);
  } catch (error) {
    // A user's mistake (a flag, a variable) is one line; anything else is a crash and keeps its stack.
    process.stderr.write(`${error instanceof CandorError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(error instanceof CandorError && error.code === 'USAGE' ? 2 : 1);
  }
}
