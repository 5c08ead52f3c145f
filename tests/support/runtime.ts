/**
 * Candor as `npm start` wires it, for tests: a real runtime (createRuntime) on
 * a SQLite file of the test's choosing, its handler, and connect(), which
 * wires an adapter to it through src/app/wire.ts, as services.ts does.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { Adapter } from '../../src/chat/adapter.js';
import type { MessageHandler } from '../../src/chat/types.js';
import { createRuntime, type Runtime, type RuntimeDeps } from '../../src/app/runtime.js';
import { connect } from '../../src/app/wire.js';
import type { Config } from '../../src/config.js';
import type { ErrorContext, OnError } from '../../src/errors.js';
import { errorFunnel, silentLogger, type Logger } from '../../src/log.js';
import type { Clock } from '../../src/handoff/clock.js';
import { tempDir } from '../handoff/helpers.js';

/** Starts an adapter wired to a core: what every harness's start() takes. */
export type Connect = (adapter: Adapter) => Promise<void>;

export interface Failure {
  error: unknown;
  context: ErrorContext;
}

export interface BootedRuntime {
  runtime: Runtime;
  handler: MessageHandler;
  /** Every failure that reached the error funnel. */
  errors: Failure[];
  connect: Connect;
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

/** The error funnel tests run with: every failure kept for the test, and logged as production logs it. */
export function recordingFunnel(errors: Failure[], logger: Logger = silentLogger()): OnError {
  const funnel = errorFunnel(logger);
  return (error, context) => {
    errors.push({ error, context });
    funnel(error, context);
  };
}

export async function bootRuntime(config: Config, options: { clock?: Clock; logger?: Logger; onFeedback?: RuntimeDeps['onFeedback'] } = {}): Promise<BootedRuntime> {
  const errors: Failure[] = [];
  const logger = options.logger ?? silentLogger();
  const onError = recordingFunnel(errors, logger);
  const runtime = await createRuntime({
    config,
    logger,
    onError,
    signals: new EventEmitter() as unknown as NodeJS.Process,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onFeedback ? { onFeedback: options.onFeedback } : {}),
  });
  return {
    runtime,
    handler: runtime.handler,
    errors,
    connect: (adapter) => connect(adapter, { handler: runtime.handler, handoffs: runtime.handoffs, feedback: runtime.feedback, onError }),
  };
}

/** Connects an adapter to a bare handler and no handoffs (a handler that fails, one that ignores everything). */
export function connectHandler(handler: MessageHandler, onError: OnError = () => undefined): Connect {
  return (adapter) => connect(adapter, { handler, handoffs: null, onError });
}

export interface Candor extends BootedRuntime {
  /** The writable knowledge copy (taught answers land in answers/). */
  knowledgeDir: string;
  config: Config;
  /** Stops the runtime and removes the temp folder. */
  stop(): Promise<void>;
}

/**
 * A runtime on a temp database and a temp copy of knowledge/ (over the
 * bundled postings), so a test may teach answers and rewrite the recruiter
 * directory (`recruiters` gets the bundled recruiters.yaml and returns the
 * one to use).
 */
export async function bootCandor(options: { recruiters?: (yaml: string) => string; clock?: Clock; logger?: Logger } = {}): Promise<Candor> {
  const dir = tempDir('candor-test-');
  const knowledgeDir = join(dir.path, 'knowledge');
  cpSync('knowledge', knowledgeDir, { recursive: true });
  const file = join(knowledgeDir, 'recruiters.yaml');
  if (options.recruiters) writeFileSync(file, options.recruiters(readFileSync(file, 'utf8')));
  const config = testConfig(join(dir.path, 'candor.db'), { knowledgeDir });
  const booted = await bootRuntime(config, options);
  return {
    ...booted,
    knowledgeDir,
    config,
    async stop() {
      await booted.runtime.stop();
      dir.remove();
    },
  };
}

/** Gives recruiters platform ids: `{ marietta: { slack: 'U0…' } }` adds `slack: "U0…"` under marietta's e-mail. */
export function withIds(ids: Record<string, Record<string, string>>): (yaml: string) => string {
  return (yaml) => {
    let out = yaml;
    for (const [id, keys] of Object.entries(ids)) {
      const email = new RegExp(`(- id: ${id}\\n(?:\\s+\\w+: .*\\n)*?\\s+email: .*\\n)`);
      out = out.replace(email, (entry) => `${entry}${Object.entries(keys).map(([key, value]) => `    ${key}: "${value}"\n`).join('')}`);
    }
    return out;
  };
}
