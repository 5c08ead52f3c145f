/**
 * The handoff workflow's Slack side (src/handoff/transport.ts): pings in the
 * handoff channel, or by DM to the recruiter when there is none; reminders and
 * escalations in the ping's thread (a fresh DM when an escalation goes to
 * another recruiter and there is no channel); chat.update to show a ping's
 * state; and a recruiter's answer relayed into the candidate's thread. Every
 * call is addressed by the stored channel and thread ids, so it works the
 * same after a restart.
 *
 * A ping that cannot be delivered (no handoff channel and a recruiter without
 * a Slack id) is logged and returned as an `undeliverable:` reference: the
 * service records it as sent, so the handoff still reminds and escalates (to
 * a fallback recruiter who may have a Slack id) instead of failing every
 * sweep. Updates skip such references.
 */
import type { webApi } from '@slack/bolt';
import {
  PlatformError,
  type AdapterStatus,
  type Handoff,
  type HandoffCard,
  type HandoffTransport,
  type Logger,
  type PingRef,
  type Recruiter,
  type StoredPing,
} from '../../src/index.js';
import type { SeenSet } from './dedupe.js';
import { escape, isUserId } from './escape.js';
import { archiveUrl } from './events.js';
import { renderForgotten, renderHandoffCard, renderRelay, type AskedIn } from './handoff-card.js';
import type { SlackMessage } from './render.js';

const UNDELIVERABLE = 'undeliverable:';

export function isUndeliverable(ping: PingRef): boolean {
  return ping.messageId.startsWith(UNDELIVERABLE);
}

export interface SlackHandoffTransportDeps {
  client: webApi.WebClient;
  /** SLACK_HANDOFF_CHANNEL; null pings the recruiter by DM. */
  handoffChannel: string | null;
  logger: Logger;
  status?: AdapterStatus;
  /** `channel:ts` of every ping posted by this process; a reply in such a thread is a recruiter's. */
  pingThreads?: SeenSet;
  /** Threads Candor posted in (`channel:thread_ts`): the candidate's follow-up after a relay needs no mention. */
  answeredThreads?: SeenSet;
}

export function createSlackHandoffTransport(deps: SlackHandoffTransportDeps): HandoffTransport {
  const { client, handoffChannel, logger, status } = deps;
  const permalinks = new Map<string, string>();

  /** A failed call, as the service reports it (with the handoff's id): the method and Slack's status. */
  async function call<T>(method: string, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      status?.apiError();
      throw new PlatformError('slack', { method, cause: error });
    }
  }

  async function post(channel: string, message: SlackMessage, thread?: { ts: string; broadcast: boolean }): Promise<string> {
    const common = { channel, ...message, unfurl_links: false, unfurl_media: false };
    const result = await call('chat.postMessage', () =>
      client.chat.postMessage(thread ? { ...common, thread_ts: thread.ts, reply_broadcast: thread.broadcast } : common),
    );
    if (!result.ts) throw new PlatformError('slack', { method: 'chat.postMessage', detail: 'no ts in the answer' });
    return result.ts;
  }

  async function dmChannel(userId: string): Promise<string> {
    const opened = await call('conversations.open', () => client.conversations.open({ users: userId }));
    const id = opened.channel?.id;
    if (!id) throw new PlatformError('slack', { method: 'conversations.open', detail: 'no channel in the answer' });
    return id;
  }

  /** The link to the candidate's thread: Slack's permalink when it gives one (cached), else the stored or built link. */
  async function askedIn(handoff: Handoff): Promise<AskedIn> {
    const { conversation } = handoff;
    if (conversation.threadId?.startsWith('ephemeral:')) return { kind: 'command', channel: conversation.channelId };
    if (conversation.isDirect || !conversation.threadId) return { kind: 'direct' };
    const key = `${conversation.channelId}:${conversation.threadId}`;
    const cached = permalinks.get(key);
    if (cached) return { kind: 'thread', permalink: cached };
    try {
      const result = await client.chat.getPermalink({ channel: conversation.channelId, message_ts: conversation.threadId });
      if (result.permalink) {
        if (permalinks.size >= 1_000) permalinks.delete(permalinks.keys().next().value!);
        permalinks.set(key, result.permalink);
        return { kind: 'thread', permalink: result.permalink };
      }
    } catch (error) {
      logger.warn({ channel: conversation.channelId, err: error }, 'slack: chat.getPermalink failed, using the stored link');
    }
    return { kind: 'thread', permalink: handoff.permalink ?? archiveUrl(conversation.channelId, conversation.threadId) };
  }

  /** The first ping that reached Slack: reminders and escalations go in its thread. */
  function rootOf(handoff: Handoff): StoredPing | undefined {
    return handoff.pings.find((ping) => !isUndeliverable(ping));
  }

  /** Does this ping sit in the root's thread (a reminder or escalation posted there) rather than stand alone? */
  function inRootThread(ping: StoredPing, root: StoredPing | undefined): boolean {
    return root !== undefined && ping !== root && ping.messageId !== root.messageId && ping.channelId === root.channelId;
  }

  function recruiterFor(card: HandoffCard, ping: StoredPing): Recruiter | null {
    return ping.recruiterId === card.recruiter.id ? card.recruiter : null;
  }

  function remember(channel: string, ts: string): PingRef {
    deps.pingThreads?.add(`${channel}:${ts}`);
    return { channelId: channel, messageId: ts };
  }

  return {
    platform: 'slack',

    async ping(card) {
      const { handoff, recruiter } = card;
      const kind = card.kind === 'reminder' || card.kind === 'escalation' ? card.kind : 'first';
      const context = { handoff: handoff.id, kind, recruiter: recruiter.id };
      const root = rootOf(handoff);
      const where = await askedIn(handoff);
      // A reminder or escalation joins the first ping's thread when that is where this recruiter looks:
      // the handoff channel, or this recruiter's own DM.
      const threadable = kind !== 'first' && root !== undefined && (handoffChannel !== null ? root.channelId === handoffChannel : root.recruiterId === recruiter.id);
      if (threadable && root) {
        const message = renderHandoffCard(card, { kind, layout: 'compact', recruiter, askedIn: where });
        const ts = await post(root.channelId, message, { ts: root.messageId, broadcast: true });
        return remember(root.channelId, ts);
      }
      let channel = handoffChannel;
      if (!channel) {
        const user = recruiter.slackUserId;
        if (!user || !isUserId(user)) {
          logger.error(
            context,
            'slack: cannot deliver a handoff ping: no SLACK_HANDOFF_CHANNEL and the recruiter has no Slack id (knowledge/recruiters.yaml, key `slack`)',
          );
          return { channelId: '', messageId: `${UNDELIVERABLE}${handoff.id}:${kind}:${recruiter.id}` };
        }
        channel = await dmChannel(user);
      }
      const message = renderHandoffCard(card, { kind, layout: 'full', recruiter, askedIn: where });
      return remember(channel, await post(channel, message));
    },

    async updatePing(card) {
      const { handoff } = card;
      const root = rootOf(handoff);
      const where = card.kind === 'forgotten' ? null : await askedIn(handoff);
      const failures: unknown[] = [];
      for (const ping of handoff.pings) {
        if (isUndeliverable(ping)) continue;
        const message =
          where === null
            ? renderForgotten(handoff)
            : renderHandoffCard(card, {
                kind: ping.kind,
                layout: inRootThread(ping, root) ? 'compact' : 'full',
                recruiter: recruiterFor(card, ping),
                askedIn: where,
              });
        try {
          await call('chat.update', () =>
            client.chat.update({ channel: ping.channelId, ts: ping.messageId, ...message }),
          );
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw failures[0];
    },

    relay: (handoff, message) => toCandidate(handoff, renderRelay(message)),

    tellCandidate(handoff, text) {
      const escaped = escape(text);
      return toCandidate(handoff, { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped } }] });
    },
  };

  /** Where the candidate hears back: their thread or DM; privately asked (slash command), a DM. */
  async function toCandidate(handoff: Handoff, rendered: SlackMessage): Promise<void> {
    const { conversation } = handoff;
    if (conversation.threadId?.startsWith('ephemeral:')) {
      // Asked privately with the slash command: the answer arrives as a DM, still only for them.
      await post(await dmChannel(handoff.candidateId), rendered);
      return;
    }
    const thread = conversation.isDirect ? null : conversation.threadId;
    await post(conversation.channelId, rendered, thread ? { ts: thread, broadcast: false } : undefined);
    if (thread) deps.answeredThreads?.add(`${conversation.channelId}:${thread}`);
  }
}

