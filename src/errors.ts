/** Candor's few error types: each has a code a caller can branch on and keeps its cause. */

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONTENT_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'PLATFORM_FAILED'
  | 'HANDLER_FAILED'
  | 'STORE_FAILED'
  | 'USAGE';

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

export class PlatformError extends CandorError {
  override readonly name = 'PlatformError';
  constructor(
    readonly platform: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('PLATFORM_FAILED', `${platform}: ${message}`, options);
  }
}

export class HandlerError extends CandorError {
  override readonly name = 'HandlerError';
  constructor(
    readonly context: Record<string, unknown>,
    options: { cause: unknown },
  ) {
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
