/**
 * Wires the durable parts of Candor for main.ts: the live content, the
 * handoff store and service, staff commands, the scheduler, the content
 * watcher and SIGHUP. Adapters register their HandoffTransport between
 * createRuntime() and start().
 */
import { join } from 'node:path';
import type { HandlerDeps } from '../chat/handler.js';
import { createStaffCommands, type StaffCommands } from '../chat/staff-commands.js';
import type { Config } from '../config.js';
import { loadContent, type LoadedContent } from '../engine/load.js';
import type { CandorEngine } from '../engine/engine.js';
import { describe } from '../errors.js';
import type { Logger } from '../log.js';
import { systemClock, type Clock } from '../handoff/clock.js';
import { startScheduler, type Scheduler } from '../handoff/schedule.js';
import { createHandoffService, type HandoffService } from '../handoff/service.js';
import { openSqliteStore, type SqliteHandoffStore } from '../handoff/sqlite-store.js';
import { createConversationStore } from '../handoff/conversations.js';
import type { ConversationMemory, ThreadRegistry } from '../chat/memory.js';
import type { HandoffStore } from '../handoff/store.js';
import { officeHours } from '../handoff/working-hours.js';
import { createContentStore, type ContentStore, type ReloadReport } from './content-store.js';
import type { Corpus } from '../content/types.js';
import type { Platform } from '../chat/types.js';
import { createFeedbackService } from '../feedback/service.js';
import { createAnswerStore } from '../feedback/store.js';
import type { FeedbackKind, FeedbackService } from '../feedback/types.js';

export interface RuntimeDeps {
  config: Config;
  logger: Logger;
  /** Content already loaded (main.ts reports its problems); loaded here when absent. */
  initial?: LoadedContent;
  clock?: Clock;
  /** Where SIGHUP is listened for; process by default. */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
  /** Opened from config.databasePath when absent. */
  store?: SqliteHandoffStore;
  /** Every reload's report (SIGHUP, WATCH_CONTENT, `reload`) with the corpus live after it: metrics and readiness follow it. */
  onReload?: (report: ReloadReport, live: Corpus) => void;
  /** Each counted Helpful / Ask a recruiter click: the feedback metric follows it. */
  onFeedback?: (kind: FeedbackKind) => void;
}

export interface Runtime {
  content: ContentStore;
  store: HandoffStore;
  handoffs: HandoffService;
  /** The conversation memory, in the handoffs' database: give it to the handler. */
  memory: ConversationMemory;
  /** The threads Candor answers in, in the same database: give it to the adapters. */
  threads: ThreadRegistry;
  staff: StaffCommands;
  /** The Helpful / Ask a recruiter buttons under answers: give it to the adapters. */
  feedback: FeedbackService;
  /** Spread into createMessageHandler({ ...runtime.handlerDeps, memory, reportError }). */
  handlerDeps: Pick<HandlerDeps, 'engine' | 'handoffs' | 'staff' | 'forget' | 'feedback'>;
  /** Call after every adapter registered its transport: relays and pings left from before a restart, then timers, watcher, SIGHUP. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createRuntime(deps: RuntimeDeps): Promise<Runtime> {
  const { config, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const signals = deps.signals ?? process;
  const log = logger.child({ component: 'handoff' });
  const reportError = (error: unknown, context: Record<string, unknown>) => log.error({ ...context, error: describe(error) }, 'handoff step failed');
  const paths = { contentDir: config.contentDir, knowledgeDir: config.knowledgeDir };

  const content = createContentStore({
    initial: deps.initial ?? (await loadContent(paths)),
    load: () => loadContent(paths),
    watchPaths: [config.contentDir, config.knowledgeDir],
    onReload: (report) => {
      logReload(logger, report);
      deps.onReload?.(report, content.current().corpus);
    },
  });
  const engine = (): CandorEngine => content.current();
  const store = deps.store ?? openSqliteStore({ path: config.databasePath });
  const conversations = createConversationStore(store.db, { now: () => clock.now() });
  const handoffs = createHandoffService({
    store,
    engine,
    clock,
    policy: {
      remindMinutes: config.handoff.remindMinutes,
      escalateMinutes: config.handoff.escalateMinutes,
      workingHours: officeHours(config.handoff.timezone),
      retentionDays: config.retentionDays,
    },
    answersDir: join(config.knowledgeDir, 'answers'),
    afterTeach: () => content.reload(),
    reportError,
  });
  const feedback = createFeedbackService({
    answers: createAnswerStore(store.db),
    handoffs,
    engine,
    clock,
    retentionDays: config.retentionDays,
    reportError,
    ...(deps.onFeedback ? { onFeedback: deps.onFeedback } : {}),
  });
  const staff = createStaffCommands({ engine, handoffs, feedback, reload: () => content.reload(), now: () => clock.now() });
  const forget = async (who: { platform: Platform; userId: string }) => {
    const removed = await handoffs.forget(who);
    return { ...removed, questions: removed.questions + (await feedback.forget(who)) };
  };

  let scheduler: Scheduler | null = null;
  let unwatch: (() => void) | null = null;
  const onHangup = () => void content.reload();

  return {
    content,
    store,
    handoffs,
    memory: conversations.memory,
    threads: conversations.threads,
    staff,
    feedback,
    handlerDeps: { engine, handoffs, staff, forget, feedback },
    async start() {
      const recovered = await handoffs.recoverOnStart();
      if (recovered.relayed || recovered.pinged) log.info(recovered, 'handoff: finished work left from before the restart');
      scheduler = startScheduler({ clock, tick: (now) => handoffs.tick(now), purge: async (now) => ({ ...(await handoffs.purge(now)), answers: await feedback.purge(now) }), reportError });
      if (config.watchContent) unwatch = content.watch();
      signals.on('SIGHUP', onHangup);
    },
    async stop() {
      scheduler?.stop();
      unwatch?.();
      signals.off('SIGHUP', onHangup);
      await store.close();
    },
  };
}

function logReload(logger: Logger, report: ReloadReport): void {
  if (!report.ok) {
    logger.error({ error: report.error }, 'content reload failed; the previous content stays live');
    return;
  }
  for (const problem of report.problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn']({ file: problem.file, line: problem.line }, problem.message);
  }
  for (const kept of report.kept) logger.warn({ posting: kept.id, file: kept.file }, 'posting has errors; its previous version stays live');
  logger.info({ postings: report.postings, millis: Math.round(report.millis) }, 'content reloaded');
}
