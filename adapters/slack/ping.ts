/**
 * The recruiter ping for a handoff: posted in the staff handoff channel (or,
 * without one, as a DM to the recruiter), naming the recruiter, the candidate,
 * the question (escaped), the posting, the engine's guesses and a link to the
 * candidate's thread, with Claim / Dismiss buttons.
 *
 * The buttons carry a handoff reference (for now the conversation key from
 * src/chat/memory.ts). Their action ids, `handoff_claim` and
 * `handoff_dismiss`, are acknowledged by the adapter and passed to
 * `onHandoffAction`; what a claim or dismissal means belongs to the handoff
 * workflow, not to this file.
 */
import type { webApi } from '@slack/bolt';
import { conversationKey } from '../../src/chat/memory.js';
import type { HandoffPing } from '../../src/chat/types.js';
import { PlatformError, describe } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import { escape, isUserId, link, mention, quote, truncate } from './escape.js';
import { sections, type SlackMessage } from './render.js';

export const HANDOFF_CLAIM = 'handoff_claim';
export const HANDOFF_DISMISS = 'handoff_dismiss';

/** Where the candidate asked, as the adapter knows it. */
export type Origin =
  | { kind: 'thread'; channel: string; threadTs: string }
  | { kind: 'direct'; channel: string }
  | { kind: 'command'; channel: string };

export interface HandoffAction {
  action: 'claim' | 'dismiss' | 'teach';
  /** The value the ping's button carried: the handoff reference. */
  reference: string;
  /** The staff member who clicked. */
  userId: string;
  /** The ping message, for updating it. */
  channelId: string | null;
  messageTs: string | null;
  raw: unknown;
}

export interface RecruiterPinger {
  ping(ping: HandoffPing, origin: Origin): Promise<void>;
}

export function createRecruiterPinger(deps: {
  client: webApi.WebClient;
  handoffChannel: string | null;
  logger: Logger;
}): RecruiterPinger {
  const { client, handoffChannel, logger } = deps;

  async function permalinkFor(ping: HandoffPing, origin: Origin): Promise<string | null> {
    if (origin.kind !== 'thread') return null;
    try {
      const result = await client.chat.getPermalink({ channel: origin.channel, message_ts: origin.threadTs });
      if (result.permalink) return result.permalink;
    } catch (error) {
      logger.warn({ channel: origin.channel, error: describe(error) }, 'slack: chat.getPermalink failed, building the link');
    }
    return ping.permalink ?? archiveUrl(origin.channel, origin.threadTs);
  }

  async function destination(ping: HandoffPing): Promise<string | null> {
    if (handoffChannel) return handoffChannel;
    const user = ping.recruiter.slackUserId;
    if (!user || !isUserId(user)) return null;
    const opened = await client.conversations.open({ users: user });
    return opened.channel?.id ?? user;
  }

  return {
    async ping(ping, origin) {
      const context = { recruiter: ping.recruiter.id, channel: handoffChannel ?? 'dm', conversation: conversationKey(ping.conversation) };
      try {
        const channel = await destination(ping);
        if (!channel) {
          throw new PlatformError('slack', `no SLACK_HANDOFF_CHANNEL and recruiter "${ping.recruiter.id}" has no slackUserId`);
        }
        const message = renderPing(ping, origin, await permalinkFor(ping, origin));
        await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      } catch (error) {
        logger.error({ ...context, error: describe(error) }, 'slack: recruiter ping failed');
        throw error instanceof PlatformError ? error : new PlatformError('slack', 'recruiter ping failed', { cause: error });
      }
    },
  };
}

export function renderPing(ping: HandoffPing, origin: Origin, permalink: string | null): SlackMessage {
  const { recruiter } = ping;
  const who =
    recruiter.slackUserId && isUserId(recruiter.slackUserId)
      ? mention(recruiter.slackUserId)
      : `${escape(recruiter.name)} (${escape(recruiter.email)})`;
  const candidate = isUserId(ping.candidate.id) ? mention(ping.candidate.id) : escape(ping.candidate.name);
  const posting = ping.posting ? escape(ping.posting.title) + (ping.posting.draft ? ' (draft)' : '') : '_not sure which posting_';
  const guesses = ping.guesses.length
    ? ping.guesses
        .slice(0, 5)
        .map((guess) => {
          const parts = [guess.posting ? escape(guess.posting.title) : 'no posting', guess.topic ? escape(guess.topic) : null].filter(Boolean);
          return `• ${parts.join(' / ')} (${Math.round(guess.confidence * 100)}%)`;
        })
        .join('\n')
    : '• none';
  const where =
    origin.kind === 'thread'
      ? permalink
        ? link(permalink, 'Open the thread')
        : 'a thread I could not link'
      : origin.kind === 'direct'
        ? 'a direct message with Candor (reply to the candidate directly)'
        : `privately, via the slash command${/^[CG][A-Z0-9]+$/.test(origin.channel) ? ` in <#${origin.channel}>` : ''}`;
  const reference = conversationKey(ping.conversation);
  const question = truncate(ping.question, 2_000);
  const body = [
    `${who}: a candidate's question needs a person.`,
    `*Question*\n${quote(question)}`,
    `*Candidate:* ${candidate}\n*Posting:* ${posting}\n*Asked in:* ${where}`,
    `*Best guesses*\n${guesses}`,
  ].join('\n\n');
  const fallback = `${who}: a candidate (${candidate}) asked "${escape(truncate(ping.question, 300))}"${permalink ? ` ${link(permalink, 'thread')}` : ''}`;
  return {
    text: fallback,
    blocks: [
      ...sections(body),
      {
        type: 'actions',
        block_id: 'handoff',
        elements: [
          { type: 'button', action_id: HANDOFF_CLAIM, text: { type: 'plain_text', text: 'Claim' }, style: 'primary', value: reference },
          { type: 'button', action_id: HANDOFF_DISMISS, text: { type: 'plain_text', text: 'Dismiss' }, value: reference },
        ],
      },
    ],
  };
}

/** The web link to a message when chat.getPermalink is unavailable. */
export function archiveUrl(channel: string, ts: string): string {
  return `https://slack.com/archives/${encodeURIComponent(channel)}/p${ts.replace('.', '')}`;
}
