/**
 * Clarify buttons. A click must answer the original question for the chosen
 * posting, so the custom_id (100 characters at most) carries the posting id
 * and either the whole question, when it fits, or a short random key to it
 * in a bounded map. An inline question survives a restart; a key does not.
 */
import { randomBytes } from 'node:crypto';
import { BoundedMap } from './bounded.js';

export const CHOICE_PREFIX = 'choose:';
const MAX_CUSTOM_ID = 100;

export interface Choice {
  postingId: string;
  question: string;
}

export interface ChoiceStore {
  /** A custom_id for a button that answers `question` for `postingId`. */
  customId(choice: Choice): string;
  /** The choice behind a custom_id, or null when it is not ours or has been forgotten. */
  resolve(customId: string): Choice | null;
}

export function createChoiceStore(limit = 5_000): ChoiceStore {
  const stored = new BoundedMap<string, Choice>(limit);
  return {
    customId(choice) {
      const inline = `${CHOICE_PREFIX}${choice.postingId}:=${choice.question}`;
      if (inline.length <= MAX_CUSTOM_ID) return inline;
      const key = randomBytes(6).toString('base64url');
      stored.set(key, choice);
      const keyed = `${CHOICE_PREFIX}${choice.postingId}:#${key}`;
      return keyed.length <= MAX_CUSTOM_ID ? keyed : `${CHOICE_PREFIX}#${key}`;
    },
    resolve(customId) {
      if (!customId.startsWith(CHOICE_PREFIX)) return null;
      const rest = customId.slice(CHOICE_PREFIX.length);
      if (rest.startsWith('#')) return stored.get(rest.slice(1)) ?? null;
      const separator = rest.indexOf(':');
      if (separator <= 0) return null;
      const postingId = rest.slice(0, separator);
      const value = rest.slice(separator + 1);
      if (value.startsWith('=')) return { postingId, question: value.slice(1) };
      if (value.startsWith('#')) {
        const choice = stored.get(value.slice(1));
        return choice ? { postingId, question: choice.question } : null;
      }
      return null;
    },
  };
}
