/** A stored handoff for rendering tests: open, unanswered, nothing sent yet, with what a test sets over it. */
import type { Handoff } from '../../src/handoff/store.js';

export function storedHandoff(fields: Partial<Handoff> & Pick<Handoff, 'platform' | 'candidateId' | 'conversation' | 'question'>): Handoff {
  return {
    id: 'h1',
    state: 'open',
    permalink: null,
    language: 'en',
    postingId: null,
    topic: null,
    confidence: 0.2,
    guesses: [],
    recruiterId: 'marietta',
    pings: [],
    claimedBy: null,
    answeredBy: null,
    dismissedBy: null,
    createdAt: 0,
    updatedAt: 0,
    claimedAt: null,
    remindedAt: null,
    escalatedAt: null,
    answeredAt: null,
    dismissedAt: null,
    taughtAt: null,
    candidateToldAt: null,
    ...fields,
  };
}
