/**
 * The durable parts of Candor for services.ts: the live content, the handoff
 * store and service, the message handler over them, staff commands, the
 * scheduler, the content watcher and SIGHUP. Adapters are connected to it by
 * wire.ts between createRuntime() and start().
 */
import { join } from 'node:path';
import { createMessageHandler, type QuestionObserver } from '../chat/handler.js';
import { createStaffCommands, type StaffCommands } from '../chat/staff-commands.js';
import type { Config } from '../config.js';
import { loadContent, type LoadedContent } from '../engine/load.js';
import type { CandorEngine } from '../engine/engine.js';
import type { OnError } from '../errors.js';
import type { Logger } from '../log.js';
import { systemClock, type Clock } from '../handoff/clock.js';
import { startScheduler, type Scheduler } from '../handoff/schedule.js';
import { createHandoffService, type HandoffService } from '../handoff/service.js';
import { openSqliteStore, type SqliteHandoffStore } from '../handoff/sqlite-store.js';
import { createConversationStore } from '../handoff/conversations.js';
import type { ThreadRegistry } from '../chat/memory.js';
import type { MessageHandler } from '../chat/types.js';
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
  /** The error funnel (errorFunnel(logger) in production). */
  onError: OnError;
  /** Sees every answered question: the question log and metrics. */
  observe?: QuestionObserver;
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
  /** The threads Candor answers in, in the handoffs' database: give it to the adapters. */
  threads: ThreadRegistry;
  staff: StaffCommands;
  /** The Helpful / Ask a recruiter buttons under answers: wire.ts routes their clicks here. */
  feedback: FeedbackService;
  /** The core's message handler: engine, conversation memory (in the same database), handoffs, feedback, staff commands, forget. */
  handler: MessageHandler;
  onError: OnError;
  /** Call once every adapter is connected (wire.ts): relays and pings left from before a restart, then timers, watcher, SIGHUP. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createRuntime(deps: RuntimeDeps): Promise<Runtime> {
  const { config, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const signals = deps.signals ?? process;
  const log = logger.child({ component: 'handoff' });
  const { onError } = deps;
  const paths = { contentDir: config.contentDir, knowledgeDir: config.knowledgeDir };

  const content = createContentStore({
    initial: deps.initial ?? (await loadContent(paths)),
    load: () => loadContent(paths),
    watchPaths: [config.contentDir, config.knowledgeDir],
    onError,
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
    onError,
  });
  const feedback = createFeedbackService({
    answers: createAnswerStore(store.db),
    handoffs,
    engine,
    clock,
    retentionDays: config.retentionDays,
    onError,
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
    threads: conversations.threads,
    staff,
    feedback,
    handler: createMessageHandler({
      engine,
      memory: conversations.memory,
      handoffs,
      staff,
      forget,
      feedback,
      onError,
      ...(deps.observe ? { observe: deps.observe } : {}),
    }),
    onError,
    async start() {
      const recovered = await handoffs.recoverOnStart();
      if (recovered.relayed || recovered.pinged) log.info(recovered, 'handoff: finished work left from before the restart');
      const purge = async (now: number) => ({ ...(await handoffs.purge(now)), answers: await feedback.purge(now) });
      scheduler = startScheduler({ clock, tick: (now) => handoffs.tick(now), purge, onError });
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
    logger.error({ err: report.error }, 'content reload failed; the previous content stays live');
    return;
  }
  for (const problem of report.problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn']({ file: problem.file, line: problem.line }, problem.message);
  }
  for (const kept of report.kept) logger.warn({ posting: kept.id, file: kept.file }, 'posting has errors; its previous version stays live');
  logger.info({ postings: report.postings, millis: Math.round(report.millis) }, 'content reloaded');
}
