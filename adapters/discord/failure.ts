/**
 * A failed Discord call as the core's PlatformError: the HTTP method and
 * route that failed (from discord.js's error, with ids and interaction
 * tokens cut from the route) and Discord's status. discord.js errors carry
 * the request body (a reply's text) and URL (a token); the funnel logs only
 * the fields src/log.ts keeps of an error, so neither reaches a log.
 */
import { PlatformError } from '../../src/index.js';

export function discordFailure(what: string, cause: unknown): PlatformError {
  if (cause instanceof PlatformError) return cause;
  const fields = (typeof cause === 'object' && cause !== null ? cause : {}) as { method?: unknown; url?: unknown };
  const route = typeof fields.url === 'string' ? routeOf(fields.url) : null;
  const method = typeof fields.method === 'string' && route ? `${fields.method.toUpperCase()} ${route}` : what;
  return new PlatformError('discord', { method, cause, ...(method === what ? {} : { detail: `${what}: ${describeCause(cause)}` }) });
}

/** `/api/v10/webhooks/123/aW50…/messages/@original` → `/webhooks/:id/:token/messages/@original`. */
function routeOf(url: string): string {
  const path = new URL(url, 'http://discord.invalid').pathname.replace(/^\/api(\/v\d+)?/, '');
  return path.replace(/\/webhooks\/\d+\/[^/]+/, '/webhooks/:id/:token').replace(/\/interactions\/\d+\/[^/]+/, '/interactions/:id/:token').replace(/\/\d{5,}/g, '/:id');
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
