/**
 * Errors fit for logs. discord.js REST errors carry the request body (the
 * reply, a thread name made from the question) and the URL (interaction
 * tokens); logs get what failed and how, never message content or tokens.
 */
const KEPT = ['code', 'status', 'method'] as const;

export function redactError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(typeof error === 'string' ? error : 'non-error thrown');
  const safe = new Error(error.message);
  safe.name = error.name;
  if (error.stack) safe.stack = error.stack;
  for (const key of KEPT) {
    if (key in error) Object.assign(safe, { [key]: (error as unknown as Record<string, unknown>)[key] });
  }
  return safe;
}
