/**
 * Feedback for a process with no database (the terminal chat): the same
 * service over an in-memory SQLite, so `/no` works and nothing outlives the
 * session.
 */
import { systemClock } from '../handoff/clock.js';
import { openSqliteStore } from '../handoff/sqlite-store.js';
import { createFeedbackService, type FeedbackDeps } from './service.js';
import { createAnswerStore } from './store.js';
import type { FeedbackService } from './types.js';

export function createSessionFeedback(deps: Pick<FeedbackDeps, 'handoffs' | 'engine' | 'onError'>): FeedbackService {
  const store = openSqliteStore({ path: ':memory:' });
  return createFeedbackService({ ...deps, answers: createAnswerStore(store.db), clock: systemClock, retentionDays: 1 });
}
