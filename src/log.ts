/**
 * Structured logs on stderr (stdout belongs to replies): JSON for collectors,
 * pretty in a terminal.
 *
 * Platform user ids (candidates' and staff's) never appear in a log line as
 * they are: every field that carries one (LOGGED_ID_FIELDS) is replaced by a
 * keyed hash, `u_` and 16 hex digits of HMAC-SHA256 with the installation's
 * own key (src/ops/installation.ts, kept in the database). The same user
 * hashes the same within one installation, so an operator can follow one
 * person's trouble across lines, and the hash cannot be reversed or matched
 * against another installation's logs without the key.
 */
import { createHmac } from 'node:crypto';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { loggable, type OnError } from './errors.js';

export type { Logger };

/** Log fields that hold a platform user id, at the top level or one level down. */
export const LOGGED_ID_FIELDS = ['user', 'userId', 'candidate', 'candidateId', 'staff', 'actor', 'author'];

export interface LoggerOptions {
  level: string;
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
  /** The installation's key: user ids in LOGGED_ID_FIELDS are logged as its HMAC. Without it they are logged as `[id]`. */
  idKey?: string;
}

export function hashId(key: string, id: string): string {
  return `u_${createHmac('sha256', key).update(id).digest('hex').slice(0, 16)}`;
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const usePretty = options.pretty ?? Boolean((destination as { isTTY?: boolean }).isTTY);
  const stream = usePretty ? pretty({ destination, sync: true, colorize: true }) : destination;
  const key = options.idKey;
  const censor = (value: unknown): unknown => {
    if (typeof value !== 'string' && typeof value !== 'number') return value;
    return key ? hashId(key, String(value)) : '[id]';
  };
  const paths = LOGGED_ID_FIELDS.flatMap((field) => [field, `*.${field}`]);
  return pino({ level: options.level, base: undefined, redact: { paths, censor }, serializers: { err: errField } }, stream);
}

/** `err`, the one field errors are logged under, holds what loggable() keeps of an error (a string is a message). */
function errField(value: unknown): unknown {
  if (typeof value === 'string') return { message: value };
  return value instanceof Error ? loggable(value) : value;
}

/**
 * The error funnel Candor runs with: one `error` line per failure, its
 * context (ids and the step) as fields and the error under `err`, the one
 * field name every error is logged with.
 */
export function errorFunnel(logger: Logger): OnError {
  return (error, context) => {
    try {
      logger.error({ ...context, err: error instanceof Error || typeof error === 'string' ? error : loggable(error) }, `${context.step} failed`);
    } catch {
      // A logger that throws must not turn one failure into a crash.
    }
  };
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
