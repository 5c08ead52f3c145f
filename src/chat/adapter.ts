/**
 * What a chat platform implements to run Candor (after vercel/chat's Adapter):
 * it takes messages and answers them through the core, and, where it has a
 * staff side, it is the handoff seam (HandoffTransport) and forwards what
 * staff do there. src/app/wire.ts connects an adapter to the core; nothing
 * else does.
 */
import type { OnError } from '../errors.js';
import type { ForwardEvent, HandoffTransport } from '../handoff/transport.js';
import type { MessageHandler, Platform } from './types.js';

/** What the core gives an adapter when it starts. */
export interface AdapterHost {
  /** Answers one message through the io bound to its conversation. */
  message: MessageHandler;
  /** Staff acting on a handoff (clicks, replies in a ping's thread). */
  forward: ForwardEvent;
  /** Every failure the adapter cannot hand back to a caller: a listener, a timer, a send nobody awaits. */
  onError: OnError;
}

export interface Adapter {
  readonly platform: Platform;
  /** The handoff seam; absent where no staff can be reached (the terminal). */
  readonly handoffs?: HandoffTransport;
  start(host: AdapterHost): Promise<void>;
  /**
   * Stops taking new events at the start of a drain, in a way the platform
   * delivers them again (a non-2xx answer, a closed socket); replies being
   * worked on still go out. Absent where nothing would be sent again.
   */
  refuse?(): Promise<void>;
  stop(): Promise<void>;
}
