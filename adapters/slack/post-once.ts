/**
 * chat.postMessage at most once per reply. A request that timed out or got a
 * 5xx may still have reached Slack and posted; re-sending it blindly gives
 * the candidate the answer twice. So each reply carries a key of its own in
 * its message metadata (the question's place and ts, and which reply to it),
 * and before any retry Candor reads the thread (or DM) for a message with
 * that key: found, it was posted and is not sent again. A 429 never posted,
 * so it is retried after its Retry-After without a look. The client used here
 * must not retry by itself (retries: 0, see app.ts).
 */
import type { webApi } from '@slack/bolt';
import { withRetry, type RetryPolicy } from './app.js';

export const REPLY_EVENT_TYPE = 'candor_reply';

export interface PostOnceDeps {
  /** A WebClient that never retries on its own. */
  client: webApi.WebClient;
  retry: RetryPolicy;
  /** Told of every failed attempt, retried or not. */
  onFailedAttempt?: () => void;
}

export type PostArgs = webApi.ChatPostMessageArguments & { channel: string; thread_ts?: string };

export function createPostOnce(deps: PostOnceDeps): (args: PostArgs, key: string) => Promise<void> {
  const { client, retry } = deps;

  /** Has a message with this key reached the thread (or the DM)? Null when Slack cannot tell us. */
  async function posted(args: PostArgs, key: string): Promise<boolean | null> {
    try {
      const page = args.thread_ts
        ? await client.conversations.replies({ channel: args.channel, ts: args.thread_ts, include_all_metadata: true, limit: 200 })
        : await client.conversations.history({ channel: args.channel, include_all_metadata: true, limit: 50 });
      return (page.messages ?? []).some((message) => {
        const metadata = (message as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
        return metadata?.event_type === REPLY_EVENT_TYPE && metadata.event_payload?.key === key;
      });
    } catch {
      return null;
    }
  }

  return async (args, key) => {
    const body = { ...args, metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { key } } } as webApi.ChatPostMessageArguments;
    let uncertain: unknown = null;
    await withRetry(
      async () => {
        if (uncertain !== null) {
          const found = await posted(args, key);
          // Slack cannot say whether the last attempt posted: giving up risks one lost reply, sending risks a second copy.
          if (found === null) throw new UncertainPostError(uncertain);
          if (found) return;
        }
        try {
          await client.chat.postMessage(body);
        } catch (error) {
          deps.onFailedAttempt?.();
          if (mayHavePosted(error)) uncertain = error;
          throw error;
        }
      },
      retry,
      (error) => !(error instanceof UncertainPostError) && isRetryable(error),
      delayFor,
    );
  };
}

class UncertainPostError extends Error {
  override readonly name = 'UncertainPostError';
  constructor(cause: unknown) {
    super('the reply may have been posted and Slack could not be asked whether it was; not sent again', { cause });
  }
}

const codeOf = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** A timeout, a dropped connection or a 5xx: the request may have reached Slack. */
function mayHavePosted(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'slack_webapi_request_error' || code === 'slack_webapi_http_error';
}

function isRetryable(error: unknown): boolean {
  const code = codeOf(error);
  if (code === 'slack_webapi_http_error') return ((error as { statusCode?: number }).statusCode ?? 500) >= 500;
  return code === 'slack_webapi_request_error' || code === 'slack_webapi_rate_limited_error';
}

/** A 429's Retry-After, in ms; otherwise the policy's backoff. */
function delayFor(error: unknown): number | null {
  const retryAfter = (error as { retryAfter?: number } | null)?.retryAfter;
  return codeOf(error) === 'slack_webapi_rate_limited_error' && typeof retryAfter === 'number' ? retryAfter * 1000 : null;
}
