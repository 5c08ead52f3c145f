/**
 * Display names of Slack users (users.info), for attributing a recruiter's
 * relayed reply and for turning `<@U…>` in their text into "@name". Cached
 * and bounded; a failed lookup falls back to what the caller knows.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

export interface NameDirectory {
  /** The user's display name, else `fallback`, else the id. */
  nameOf(userId: string, fallback?: string): Promise<string>;
  /** A name already looked up, without a call. */
  known(userId: string): string | undefined;
}

export function createNameDirectory(deps: { client: webApi.WebClient; logger: Logger; limit?: number }): NameDirectory {
  const { client, logger } = deps;
  const limit = deps.limit ?? 2_000;
  const names = new Map<string, string>();

  function remember(userId: string, name: string): void {
    names.delete(userId);
    names.set(userId, name);
    if (names.size > limit) names.delete(names.keys().next().value!);
  }

  return {
    async nameOf(userId, fallback) {
      const cached = names.get(userId);
      if (cached) return cached;
      try {
        const { user } = await client.users.info({ user: userId });
        const name = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name].find(
          (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
        );
        if (name) {
          remember(userId, name.trim());
          return name.trim();
        }
      } catch (error) {
        logger.warn({ user: userId, err: error }, 'slack: users.info failed, using the id');
      }
      return fallback || userId;
    },
    known: (userId) => names.get(userId),
  };
}
