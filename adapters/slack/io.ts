/**
 * Sending back to where a question came from: a channel thread or DM
 * (chat.postMessage), or privately for a slash command (its response_url,
 * then chat.postEphemeral). A reply that fails after the retries is logged
 * with its place and kind, never its text, and thrown to the core.
 */
import type { webApi } from '@slack/bolt';
import type { ConversationIO, HandoffPing, Outgoing } from '../../src/chat/types.js';
import { PlatformError, describe } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import { withRetry, type RetryPolicy } from './app.js';
import type { SeenSet } from './dedupe.js';
import type { Origin, RecruiterPinger } from './ping.js';
import { renderOutgoing } from './render.js';
import type { PostArgs } from './post-once.js';

export type Place =
  /** `key`: what the replies answer (the question's channel and ts, or the click), so each is posted at most once. */
  | { kind: 'message'; channel: string; replyThreadTs: string | null; origin: Origin; key: string }
  | { kind: 'ephemeral'; channel: string; user: string; responseUrl: string | null; origin: Origin };

export interface ConversationIODeps {
  client: webApi.WebClient;
  log: Logger;
  retry: RetryPolicy;
  /** The one-shot recruiter ping; absent when the durable handoff workflow pings instead. */
  pinger?: RecruiterPinger;
  /** Threads Candor has answered in (`channel:thread_ts`): follow-ups there need no mention. */
  answeredThreads: SeenSet;
  status?: AdapterStatus;
  /** chat.postMessage at most once per reply (post-once.ts). */
  postOnce: (args: PostArgs, key: string) => Promise<void>;
}

/** `question` is what the reply answers; clarify buttons carry it back. */
export function createConversationIO(deps: ConversationIODeps): (place: Place, question: string) => ConversationIO {
  const { client, log, retry, pinger, answeredThreads, status } = deps;

  /** Logs a failed delivery with its context (never its text) and rethrows it as a PlatformError. */
  async function deliver(call: string, context: Record<string, unknown>, task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (error) {
      status?.apiError();
      log.error({ ...context, call, error: describe(error) }, 'slack: reply failed');
      throw new PlatformError('slack', `${call} failed`, { cause: error });
    }
  }

  function ioFor(place: Place, question: string): ConversationIO {
    let replies = 0;
    const say = async (outgoing: Outgoing): Promise<void> => {
      const message = renderOutgoing(outgoing, question);
      const context = { channel: place.channel, kind: outgoing.kind, place: place.kind };
      if (place.kind === 'message') {
        const thread = place.replyThreadTs;
        replies += 1;
        const key = `${place.key}:${replies}`;
        await deliver('chat.postMessage', { ...context, thread }, () =>
          deps.postOnce({ channel: place.channel, ...(thread ? { thread_ts: thread } : {}), ...message, unfurl_links: false, unfurl_media: false }, key),
        );
        if (thread) answeredThreads.add(`${place.channel}:${thread}`);
        return;
      }
      const responseUrl = place.responseUrl;
      if (responseUrl) {
        try {
          await withRetry(() => respond(responseUrl, message), retry, isRetryableResponse);
          return;
        } catch (error) {
          log.warn({ ...context, error: describe(error) }, 'slack: response_url failed, trying chat.postEphemeral');
        }
      }
      await deliver('chat.postEphemeral', context, () =>
        client.chat.postEphemeral({ channel: place.channel, user: place.user, ...message }),
      );
    };
    if (!pinger) return { say };
    const pingRecruiter = async (ping: HandoffPing): Promise<void> => {
      try {
        await pinger.ping(ping, place.origin);
      } catch (error) {
        status?.apiError();
        throw error;
      }
    };
    return { say, pingRecruiter };
  }

  return ioFor;
}

async function respond(responseUrl: string, message: { text: string; blocks: unknown[] }): Promise<void> {
  const response = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new ResponseUrlError(response.status);
}

class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered ${status}`);
  }
}

function isRetryableResponse(error: unknown): boolean {
  return !(error instanceof ResponseUrlError) || error.status === 429 || error.status >= 500;
}
