/** A Say bound to one Discord destination: renders, sends, and throws a send that finally fails to the core. */
import type { Outgoing, Say } from '../../src/index.js';
import type { ChoiceStore } from './choices.js';
import { discordFailure } from './failure.js';
import { renderOutgoing, type MessagePayload } from './render.js';

export interface SayDeps {
  question: string;
  choices: ChoiceStore;
  /** `first` is true for the first send through this Say. */
  send(payload: MessagePayload, first: boolean): Promise<unknown>;
  /**
   * The question's message id: each reply gets the nonce `<id>-<n>` with
   * enforce_nonce, so a send discord.js retries after a timeout or a 5xx,
   * which Discord may already have posted, is still posted once.
   */
  nonceBase?: string;
}

export function createSay(deps: SayDeps): Say & { readonly sent: number } {
  let sent = 0;
  let replies = 0;
  const say = async (outgoing: Outgoing): Promise<void> => {
    replies += 1;
    const rendered = renderOutgoing(outgoing, { question: deps.question, choices: deps.choices });
    const payload = deps.nonceBase ? { ...rendered, nonce: `${deps.nonceBase}-${replies}`, enforceNonce: true } : rendered;
    try {
      await deps.send(payload, sent === 0);
      sent += 1;
    } catch (cause) {
      // discord.js has already retried 429s and 5xx (rest.retries); this one is final.
      throw discordFailure('reply', cause);
    }
  };
  return Object.defineProperty(say, 'sent', { get: () => sent }) as Say & { readonly sent: number };
}
