/**
 * What Candor remembers about conversations: which posting each is about, so
 * a follow-up in a thread needs no role named, and which threads it answers
 * in, so a follow-up there needs no mention. The services keep both in SQLite
 * (src/handoff/conversations.ts) so they survive a restart; the terminal and
 * tests use the in-memory versions here.
 */
import type { Conversation, Platform } from './types.js';

export interface ConversationMemory {
  get(conversation: Conversation): string | undefined;
  set(conversation: Conversation, postingId: string): void;
}

/** Threads Candor answers in, by a platform's own key (Slack `channel:thread_ts`, a Discord thread id). */
export interface ThreadRegistry {
  has(platform: Platform, key: string): boolean;
  add(platform: Platform, key: string): void;
}

export function conversationKey(conversation: Conversation): string {
  return [conversation.platform, conversation.channelId, conversation.threadId ?? ''].join(':');
}

/** Bounded so a busy community cannot grow it without limit; the oldest thread is forgotten first. */
export function createConversationMemory(limit = 10_000): ConversationMemory {
  const postings = new Map<string, string>();
  return {
    get: (conversation) => postings.get(conversationKey(conversation)),
    set(conversation, postingId) {
      const key = conversationKey(conversation);
      postings.delete(key);
      postings.set(key, postingId);
      if (postings.size > limit) postings.delete(postings.keys().next().value!);
    },
  };
}

export function createThreadRegistry(limit = 20_000): ThreadRegistry {
  const keys = new Set<string>();
  return {
    has: (platform, key) => keys.has(`${platform}:${key}`),
    add(platform, key) {
      const full = `${platform}:${key}`;
      keys.delete(full);
      keys.add(full);
      if (keys.size > limit) keys.delete(keys.values().next().value!);
    },
  };
}
