/**
 * Candor's few error types, and the one place failures go. Each error has a
 * code a caller can branch on and keeps its cause; a platform error also names
 * the call that failed and the status the platform answered.
 */

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONTENT_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'PLATFORM_FAILED'
  | 'HANDLER_FAILED'
  | 'STORE_FAILED'
  | 'USAGE';

/**
 * Ids only (platform, channel, user, handoff, the step that failed), never a
 * name or message text: it is logged as it is.
 */
export type ErrorContext = { step: string } & Record<string, unknown>;

/** The one error funnel: every handler, listener and timer failure ends here (src/log.ts makes it). */
export type OnError = (error: unknown, context: ErrorContext) => void;

export class CandorError extends Error {
  override readonly name: string = 'CandorError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export class ConfigError extends CandorError {
  override readonly name = 'ConfigError';
  /** The environment variable to set or fix. */
  readonly variable: string;
  /** The message without the variable's name, for a caller that adds where the value came from. */
  readonly detail: string;
  constructor(variable: string, message: string) {
    super('CONFIG_INVALID', `${variable}: ${message}`);
    this.variable = variable;
    this.detail = message;
  }
}

export class KnowledgeError extends CandorError {
  override readonly name = 'KnowledgeError';
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('KNOWLEDGE_INVALID', `${file}:${line}: ${message}`, options);
  }
}

export interface PlatformFailure {
  /** The call that failed: a Web API method (`chat.postMessage`), a REST route, a client method. */
  method: string;
  /** What the platform answered: an HTTP status, or the platform's own error code; null when it never answered. */
  status?: number | string | null;
  /** What it was about when the call alone does not say (`no SLACK_HANDOFF_CHANNEL …`). */
  detail?: string;
  cause?: unknown;
}

export class PlatformError extends CandorError {
  override readonly name = 'PlatformError';
  readonly platform: string;
  readonly method: string;
  readonly status: number | string | null;
  constructor(platform: string, failure: PlatformFailure) {
    const status = failure.status ?? statusOf(failure.cause);
    const why = failure.detail ?? (failure.cause === undefined ? null : describe(failure.cause));
    super('PLATFORM_FAILED', `${platform}: ${failure.method} failed${status === null ? '' : ` (${status})`}${why ? `: ${why}` : ''}`, {
      cause: failure.cause,
    });
    this.platform = platform;
    this.method = failure.method;
    this.status = status;
  }
}

export class HandlerError extends CandorError {
  override readonly name = 'HandlerError';
  constructor(options: { cause: unknown }) {
    super('HANDLER_FAILED', `handler failed: ${describe(options.cause)}`, options);
  }
}

export class UsageError extends CandorError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super('USAGE', message);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The status a platform client put on its error: discord.js `status`, a
 * Slack Web API `statusCode` or its `data.error` code ("channel_not_found").
 */
export function statusOf(error: unknown): number | string | null {
  if (typeof error !== 'object' || error === null) return null;
  const fields = error as { status?: unknown; statusCode?: unknown; data?: { error?: unknown } };
  for (const value of [fields.status, fields.statusCode, fields.data?.error]) {
    if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value;
  }
  return null;
}

/**
 * An error as a log field: its type, message, code, the platform call and
 * status, and its causes, and nothing else. Platform clients put request
 * bodies (a reply's text) and URLs (interaction tokens) on their errors;
 * those never reach a log.
 */
export function loggable(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: describe(error) };
  const fields = error as Error & { code?: unknown; method?: unknown; platform?: unknown };
  const out: Record<string, unknown> = { type: error.name, message: error.message };
  if (typeof fields.code === 'string' || typeof fields.code === 'number') out.code = fields.code;
  if (typeof fields.platform === 'string') out.platform = fields.platform;
  if (typeof fields.method === 'string') out.method = fields.method;
  const status = statusOf(error);
  if (status !== null) out.status = status;
  if (error.stack) out.stack = error.stack;
  if (error.cause !== undefined && depth < 3) out.cause = loggable(error.cause, depth + 1);
  return out;
}
