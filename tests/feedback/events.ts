/** A click under an answer as an adapter forwards it: one FeedbackEvent, from the platform's user `user`. */
import type { FeedbackKind } from '../../src/feedback/types.js';
import type { FeedbackEvent } from '../../src/handoff/transport.js';

let clicks = 0;

export function feedbackEvent(questionId: string, kind: FeedbackKind, user: string): FeedbackEvent {
  clicks += 1;
  return { type: 'feedback', kind, questionId, actor: { platform: 'slack', id: user, name: user, audience: 'candidate' }, eventId: `click-${clicks}` };
}
