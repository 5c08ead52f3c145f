/**
 * The one place an adapter meets the core: its handoff seam is registered
 * with the handoff service, and it starts with the message handler, the
 * service's door for what staff do on the platform, and the error funnel.
 */
import type { Adapter } from '../chat/adapter.js';
import type { MessageHandler } from '../chat/types.js';
import type { OnError } from '../errors.js';
import type { HandoffService } from '../handoff/service.js';
import type { ForwardEvent } from '../handoff/transport.js';

export interface Core {
  handler: MessageHandler;
  /** The durable handoff workflow; null where there is none (the terminal chat). */
  handoffs: HandoffService | null;
  onError: OnError;
}

const noHandoffs: ForwardEvent = async () => ({ outcome: 'not-found', handoff: null, message: 'Handoffs are not set up on this Candor.' });

export async function connect(adapter: Adapter, core: Core): Promise<void> {
  const { handoffs } = core;
  if (adapter.handoffs && handoffs) handoffs.register(adapter.handoffs);
  await adapter.start({
    message: core.handler,
    forward: handoffs ? (event) => handoffs.receive(event) : noHandoffs,
    onError: core.onError,
  });
}
