/**
 * The one place an adapter meets the core: its handoff seam is registered
 * with the handoff service, and it starts with the message handler, the
 * door for what people do on the platform (staff on a ping, the asker on an
 * answer's feedback buttons), and the error funnel.
 */
import type { Adapter } from '../chat/adapter.js';
import type { MessageHandler } from '../chat/types.js';
import type { OnError } from '../errors.js';
import type { FeedbackDesk } from '../feedback/types.js';
import type { HandoffService } from '../handoff/service.js';
import type { ActionResult } from '../handoff/transport.js';

export interface Core {
  handler: MessageHandler;
  /** The durable handoff workflow; null where there is none (the terminal chat). */
  handoffs: HandoffService | null;
  /** Helpful / Ask a recruiter under answers; without it a click finds nothing. */
  feedback?: FeedbackDesk;
  onError: OnError;
}

const missing = (what: string): Promise<ActionResult> => Promise.resolve({ outcome: 'not-found', handoff: null, message: `${what} are not set up on this Candor.` });

export async function connect(adapter: Adapter, core: Core): Promise<void> {
  const { handoffs, feedback } = core;
  if (adapter.handoffs && handoffs) handoffs.register(adapter.handoffs);
  await adapter.start({
    message: core.handler,
    forward: (event) => {
      if (event.type === 'feedback') return feedback ? feedback.receive(event) : missing('Answer buttons');
      return handoffs ? handoffs.receive(event) : missing('Handoffs');
    },
    onError: core.onError,
  });
}
