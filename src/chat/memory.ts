/** Which posting a conversation is about, so a follow-up in a thread needs no role named. */
import type { Conversation } from './types.js';

export interface ConversationMemory {
  get(conversation: Conversation): string | undefined;
  set(conversation: Conversation, postingId: string): void;
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
