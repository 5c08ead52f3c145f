/**
 * What every adapter's test rig offers the shared contract suites: send a
 * message as a user the way the platform would deliver it and see what that
 * user sees (the message contract), and, where the platform has a staff side,
 * act as staff on a handoff's ping (the handoff contract).
 */
import type { HandoffButton } from '../../src/handoff/transport.js';
import type { Connect } from '../support/runtime.js';

export interface SeenReply {
  /** Everything visible in the reply, flattened to plain text (text, blocks, embeds, button labels). */
  text: string;
  /** Labels of the clarify choices offered as buttons (or numbered options in the terminal). */
  choices: string[];
  /** Where a follow-up goes to stay in the same thread. */
  thread: string;
  /** Click a clarify choice (by its index) and get what the user then sees. */
  choose(index: number): Promise<SeenReply>;
  /** The asker clicks Helpful or Ask a recruiter under this answer (the terminal has only `/no`); resolves with what they are then shown. */
  feedback(kind: 'helpful' | 'handoff'): Promise<string>;
}

export interface AskOptions {
  /** Ask as staff (the platform's own way of saying so: user id, role, --staff). */
  staff?: boolean;
  /** Ask in the thread of an earlier reply. */
  thread?: string;
  /** Ask in a direct message instead of a channel. */
  direct?: boolean;
}

/** A handoff's ping in the staff channel, as staff see it. */
export interface SeenPing {
  /** The ping as it shows now, after Candor's edits, as plain text. */
  text(): string;
  /** The buttons it shows now. */
  buttons(): HandoffButton[];
  /** Clicks a button as a staff member (or, with staff: false, as a candidate); resolves with what the clicker is told privately. */
  click(button: HandoffButton, options?: { staff?: boolean }): Promise<string>;
  /** A staff member answers in the ping's thread; resolves with what Candor tells them. */
  reply(text: string): Promise<string>;
}

export interface StaffSide {
  /** The ping of the question that contains `question`, once posted. */
  ping(question: string): Promise<SeenPing>;
  /** Everything Candor has posted in a conversation (a SeenReply's thread), as plain text, oldest first. */
  inThread(thread: string): string[];
}

export interface ContractHarness {
  /** Creates the adapter and starts it wired to a core (`connect`). */
  start(connect: Connect): Promise<void>;
  /** Sends a question as a user and resolves with the first reply that user sees. */
  ask(text: string, options?: AskOptions): Promise<SeenReply>;
  /** Every recruiter ping the platform received since start (plain text). */
  pings(): string[];
  /** The staff side; absent where no staff can be reached (the terminal). */
  staff?: StaffSide;
  stop(): Promise<void>;
}
