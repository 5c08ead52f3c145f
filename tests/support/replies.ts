/** A Reply for adapter and ops tests: an empty answer unless the test says otherwise. */
import type { Reply } from '../../src/engine/types.js';

export function replyWith(fields: Partial<Reply> = {}): Reply {
  return {
    kind: 'answer',
    text: '',
    posting: null,
    topic: null,
    confidence: 1,
    sources: [],
    choices: [],
    recruiter: null,
    language: 'en',
    quotes: [],
    applyUrl: null,
    guesses: [],
    ...fields,
  };
}
