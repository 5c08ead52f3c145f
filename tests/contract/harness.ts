/**
 * What every adapter's test rig offers the shared contract suite: send a
 * message as a user the way the platform would deliver it, and see what that
 * user sees.
 */
import type { MessageHandler } from '../../src/chat/types.js';

export interface SeenReply {
  /** Everything visible in the reply, flattened to plain text (text, blocks, embeds, button labels). */
  text: string;
  /** Labels of the clarify choices offered as buttons (or numbered options in the terminal). */
  choices: string[];
  /** Where a follow-up goes to stay in the same thread. */
  thread: string;
  /** Click a clarify choice (by its index) and get what the user then sees. */
  choose(index: number): Promise<SeenReply>;
}

export interface AskOptions {
  /** Ask as staff (the platform's own way of saying so: user id, role, --staff). */
  staff?: boolean;
  /** Ask in the thread of an earlier reply. */
  thread?: string;
  /** Ask in a direct message instead of a channel. */
  direct?: boolean;
}

export interface ContractHarness {
  /** Starts the adapter with the real core handler. */
  start(handler: MessageHandler): Promise<void>;
  /** Sends a question as a user and resolves with the first reply that user sees. */
  ask(text: string, options?: AskOptions): Promise<SeenReply>;
  /** Every recruiter ping the platform received since start (plain text). */
  pings(): string[];
  stop(): Promise<void>;
}
