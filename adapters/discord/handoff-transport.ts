/**
 * The durable handoff workflow on Discord (src/handoff/transport.ts). Pings go
 * to DISCORD_HANDOFF_CHANNEL_ID, or by DM to the recruiter without one; a
 * channel ping gets a thread on it, whose id is the ping's id, so a reply in
 * it finds the handoff (in a DM, a Discord reply to the ping does). Every
 * call addresses Discord by stored ids through REST, never by cached
 * objects, so pings are edited and answers relayed after a restart.
 *
 * Mentions: a ping mentions its recruiter and nobody else; a relay mentions
 * nobody. Text a candidate wrote is defused before it is shown.
 */
import {
  Routes,
  ThreadAutoArchiveDuration,
  type APIMessage,
  type Client,
  type RESTPatchAPIChannelMessageJSONBody,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { PlatformError, type DiscordConfig, type Handoff, type HandoffTransport, type Logger, type PingRef, type Recruiter } from '../../src/index.js';
import { discordFailure } from './failure.js';
import { FORGOTTEN_NOTE, LIMIT, NOBODY, mentionOf, messageOf, pingHeader, renderPing, threadName } from './handoff-card.js';
import { blockquote } from './render.js';
import { defuseMentions, defuseUserText, truncate, userIdOf } from './safety.js';

export interface DiscordHandoffTransportDeps {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
}

export function createDiscordHandoffTransport(deps: DiscordHandoffTransportDeps): HandoffTransport {
  const { client, config, logger } = deps;

  async function post(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<APIMessage> {
    return (await client.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
  }

  /** Where a ping for this recruiter goes: the staff channel, or a DM with them. */
  async function pingChannel(recruiter: Recruiter): Promise<{ channelId: string; dm: boolean }> {
    if (config.handoffChannelId) return { channelId: config.handoffChannelId, dm: false };
    const userId = userIdOf(recruiter.discordUserId);
    if (!userId) {
      throw new PlatformError('discord', { method: 'createDM', detail: `no DISCORD_HANDOFF_CHANNEL_ID and recruiter ${recruiter.id} has no discordUserId` });
    }
    const channel = await client.users.createDM(userId);
    return { channelId: channel.id, dm: true };
  }

  /** A failed step as the service reports it (with the handoff's id): the call and Discord's status. */
  async function failing<T>(step: string, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw discordFailure(`handoff ${step}`, error);
    }
  }

  return {
    platform: 'discord',

    ping: (card) =>
      failing(`${card.kind} ping`, async (): Promise<PingRef> => {
        const { channelId, dm } = await pingChannel(card.recruiter);
        const first = card.handoff.pings[0];
        const body: RESTPostAPIChannelMessageJSONBody = {
          ...renderPing(card, card.kind === 'first' ? 'first' : card.kind === 'escalation' ? 'escalation' : 'reminder', dm),
          content: truncate(pingHeader(card), LIMIT.content),
          allowed_mentions: mentionOf(card.recruiter),
        };
        // A reminder in the same place points at the first ping, where the thread is.
        if (card.kind !== 'first' && first && first.channelId === channelId) {
          body.message_reference = { message_id: first.messageId, fail_if_not_exists: false };
        }
        const message = await post(channelId, body);
        if (!dm && card.kind === 'first') {
          // The thread has the ping's id, so even without it (no permission) a thread started later by hand still works.
          await client.rest
            .post(Routes.threads(channelId, message.id), {
              body: { name: threadName(card), auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
            })
            .catch((error: unknown) =>
              logger.warn({ handoff: card.handoff.id, channel: channelId, message: message.id, err: error }, 'discord could not start a thread on a handoff ping'),
            );
        }
        return { channelId, messageId: message.id };
      }),

    updatePing: (card) =>
      failing('ping update', async () => {
        let failure: unknown = null;
        for (const ping of card.handoff.pings) {
          const body: RESTPatchAPIChannelMessageJSONBody =
            card.kind === 'forgotten'
              ? { content: FORGOTTEN_NOTE, embeds: [], components: [], allowed_mentions: NOBODY }
              : // The content (the mention) stays as sent; the card and its buttons show the state.
                { ...renderPing(card, ping.kind, ping.channelId !== config.handoffChannelId) };
          try {
            await client.rest.patch(Routes.channelMessage(ping.channelId, ping.messageId), { body });
          } catch (error) {
            failure ??= error;
          }
        }
        if (failure) throw failure;
      }),

    relay: (handoff, message) =>
      failing('relay', async () => {
        const where = await relayTarget(client, handoff);
        const head = `${defuseMentions(message.recruiterName)} (recruiter) answered:`;
        const context = where.dm && !handoff.conversation.isDirect ? `\n${blockquote(defuseUserText(truncate(handoff.question, 300)))}` : '';
        const parts = chunks(`${head}${context}\n${message.text}`, LIMIT.content);
        for (const [index, content] of parts.entries()) {
          const body: RESTPostAPIChannelMessageJSONBody = { content, allowed_mentions: NOBODY };
          if (index === 0 && where.replyTo) body.message_reference = { message_id: where.replyTo, fail_if_not_exists: false };
          await post(where.channelId, body);
        }
      }),

    tellCandidate: (handoff, text) =>
      failing('notice to the candidate', async () => {
        const where = await relayTarget(client, handoff);
        const body: RESTPostAPIChannelMessageJSONBody = { content: truncate(text, LIMIT.content), allowed_mentions: NOBODY };
        if (where.replyTo) body.message_reference = { message_id: where.replyTo, fail_if_not_exists: false };
        await post(where.channelId, body);
      }),
  };
}

/**
 * Where the candidate hears back: their thread, their DM, or in the channel as
 * a reply to their message. A question asked privately (`/jobs ask`, no
 * message to link to) is answered by DM, never in public.
 */
async function relayTarget(client: Client, handoff: Handoff): Promise<{ channelId: string; replyTo: string | null; dm: boolean }> {
  const conversation = handoff.conversation;
  if (conversation.isDirect) return { channelId: conversation.channelId, replyTo: null, dm: true };
  const linked = messageOf(handoff.permalink);
  if (!linked) {
    const channel = await client.users.createDM(handoff.candidateId);
    return { channelId: channel.id, replyTo: null, dm: true };
  }
  if (conversation.threadId) return { channelId: conversation.threadId, replyTo: null, dm: false };
  return { channelId: conversation.channelId, replyTo: linked.channelId === conversation.channelId ? linked.messageId : null, dm: false };
}

/** Splits text into messages of at most `max` characters, at a line or space when it can. */
export function chunks(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > max / 2 ? cut : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^[\n ]/, '');
  }
  parts.push(rest);
  return parts;
}
