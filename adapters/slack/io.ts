/**
 * Sending back to where a question came from: a channel thread or DM
 * (chat.postMessage), or privately for a slash command (its response_url,
 * then chat.postEphemeral). A reply that fails after the retries is thrown to
 * the core as a PlatformError naming the call and Slack's status; the core
 * reports it with the conversation's ids, never its text.
 */
import type { webApi } from '@slack/bolt';
import { PlatformError, type AdapterStatus, type ConversationIO, type Logger, type Outgoing } from '../../src/index.js';
import { withRetry, type RetryPolicy } from './app.js';
import type { SeenSet } from './dedupe.js';
import { renderOutgoing } from './render.js';
import type { PostArgs } from './post-once.js';

export type Place =
  /** `key`: what the replies answer (the question's channel and ts, or the click), so each is posted at most once. */
  | { kind: 'message'; channel: string; replyThreadTs: string | null; key: string }
  | { kind: 'ephemeral'; channel: string; user: string; responseUrl: string | null };

export interface ConversationIODeps {
  client: webApi.WebClient;
  log: Logger;
  retry: RetryPolicy;
  /** Threads Candor has answered in (`channel:thread_ts`): follow-ups there need no mention. */
  answeredThreads: SeenSet;
  status?: AdapterStatus;
  /** chat.postMessage at most once per reply (post-once.ts). */
  postOnce: (args: PostArgs, key: string) => Promise<void>;
}

/** `question` is what the reply answers; clarify buttons carry it back. */
export function createConversationIO(deps: ConversationIODeps): (place: Place, question: string) => ConversationIO {
  const { client, log, retry, answeredThreads, status } = deps;

  async function deliver(method: string, task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (error) {
      status?.apiError();
      throw new PlatformError('slack', { method, cause: error });
    }
  }

  function ioFor(place: Place, question: string): ConversationIO {
    let replies = 0;
    const say = async (outgoing: Outgoing): Promise<void> => {
      const message = renderOutgoing(outgoing, question);
      if (place.kind === 'message') {
        const thread = place.replyThreadTs;
        replies += 1;
        const key = `${place.key}:${replies}`;
        await deliver('chat.postMessage', () =>
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
          log.warn({ channel: place.channel, kind: outgoing.kind, err: error }, 'slack: response_url failed, trying chat.postEphemeral');
        }
      }
      await deliver('chat.postEphemeral', () =>
        client.chat.postEphemeral({ channel: place.channel, user: place.user, ...message }),
      );
    };
    return { say };
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
  override readonly name = 'ResponseUrlError';
  constructor(readonly status: number) {
    super(`response_url answered ${status}`);
  }
}

function isRetryableResponse(error: unknown): boolean {
  return !(error instanceof ResponseUrlError) || error.status === 429 || error.status >= 500;
}
