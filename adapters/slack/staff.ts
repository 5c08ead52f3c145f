/**
 * Who is staff: a listed user id, or a member of the staff user group. Only
 * platform facts count; nothing a user writes changes the answer.
 */
import type { webApi } from '@slack/bolt';
import type { Audience, Logger } from '../../src/index.js';

export interface StaffDirectory {
  audienceOf(userId: string): Promise<Audience>;
}

export interface StaffDirectoryOptions {
  client: webApi.WebClient;
  staffUserIds: readonly string[];
  usergroup: string | null;
  logger: Logger;
  /** How long a fetched member list is trusted. */
  ttlMs?: number;
  /** How long a failed fetch is remembered before asking again. */
  failureTtlMs?: number;
  now?: () => number;
}

export function createStaffDirectory(options: StaffDirectoryOptions): StaffDirectory {
  const { client, usergroup, logger } = options;
  const ids = new Set(options.staffUserIds);
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const failureTtlMs = options.failureTtlMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: { members: Promise<Set<string>>; expires: number } | null = null;

  async function fetchMembers(group: string): Promise<Set<string>> {
    try {
      const result = await client.usergroups.users.list({ usergroup: group });
      return new Set(result.users ?? []);
    } catch (error) {
      // Fail closed: nobody gets staff rights from a lookup that did not work.
      logger.warn({ usergroup: group, err: error }, 'slack: staff user group lookup failed');
      if (cached) cached.expires = now() + failureTtlMs;
      return new Set();
    }
  }

  function members(group: string): Promise<Set<string>> {
    if (!cached || cached.expires <= now()) {
      cached = { members: fetchMembers(group), expires: now() + ttlMs };
    }
    return cached.members;
  }

  return {
    async audienceOf(userId) {
      if (ids.has(userId)) return 'staff';
      if (!usergroup) return 'candidate';
      return (await members(usergroup)).has(userId) ? 'staff' : 'candidate';
    },
  };
}
