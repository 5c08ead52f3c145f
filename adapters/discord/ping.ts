/**
 * The handoff ping: a message in the staff channel (or, without one, a DM to
 * the recruiter) that mentions the recruiter and nobody else, with the
 * question, the candidate, the posting, the engine's guesses and a jump link.
 * Claim and Dismiss buttons carry `handoff_claim:` / `handoff_dismiss:` ids.
 * This is the ping-only path (no handoff service); with one, the durable
 * workflow in handoff-transport.ts pings instead.
 */
import { ButtonStyle, ComponentType, type APIEmbedField, type Client } from 'discord.js';
import type { HandoffPing } from '../../src/chat/types.js';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { DiscordConfig } from '../../src/config.js';
import { redactError } from './redact.js';
import { blockquote, type MessagePayload } from './render.js';
import { NO_MENTIONS, defuseMentions, defuseUserText, onlyUser, truncate, userIdOf } from './safety.js';

export const HANDOFF_CLAIM = 'handoff_claim:';
export const HANDOFF_DISMISS = 'handoff_dismiss:';
export const HANDOFF_TEACH = 'handoff_teach:';

export function createPingRecruiter(deps: {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
}): (ping: HandoffPing) => Promise<void> {
  return async (ping) => {
    const recruiterId = userIdOf(ping.recruiter.discordUserId);
    const where = deps.config.handoffChannelId ? 'channel' : 'dm';
    const context = { recruiter: ping.recruiter.id, where, channel: ping.conversation.channelId };
    try {
      const channel = deps.config.handoffChannelId
        ? await deps.client.channels.fetch(deps.config.handoffChannelId)
        : recruiterId
          ? await deps.client.users.createDM(recruiterId)
          : null;
      if (!channel) {
        deps.logger.warn(context, 'discord handoff not sent: no DISCORD_HANDOFF_CHANNEL_ID and the recruiter has no discordUserId');
        return;
      }
      if (!channel.isSendable()) throw new Error(`channel ${channel.id} does not accept messages`);
      await channel.send(renderHandoffPing(ping, handoffRef(ping)));
    } catch (cause) {
      const err = redactError(cause);
      deps.logger.error({ ...context, err }, 'discord handoff ping failed');
      throw new PlatformError('discord', 'handoff ping failed', { cause: err });
    }
  };
}

/** What the Claim and Dismiss buttons refer to: the candidate's message id when known. */
export function handoffRef(ping: HandoffPing): string {
  const messageId = ping.permalink?.match(/\/(\d+)$/)?.[1];
  return messageId ?? `${ping.conversation.channelId}-${Date.now().toString(36)}`;
}

export function renderHandoffPing(ping: HandoffPing, ref: string): MessagePayload {
  const recruiterId = userIdOf(ping.recruiter.discordUserId);
  const who = recruiterId
    ? `<@${recruiterId}>`
    : `${defuseMentions(ping.recruiter.name)} (${ping.recruiter.email})`;
  const candidate = userIdOf(ping.candidate.id)
    ? `${defuseUserText(ping.candidate.name)} (<@${ping.candidate.id}>)`
    : defuseUserText(ping.candidate.name);
  const fields: APIEmbedField[] = [
    { name: 'Candidate', value: truncate(candidate, 1024), inline: true },
    { name: 'Posting', value: truncate(ping.posting ? defuseMentions(ping.posting.title) : 'not identified', 1024), inline: true },
    { name: 'Best guesses', value: truncate(formatGuesses(ping), 1024) },
  ];
  if (ping.permalink) fields.push({ name: 'Where', value: `[Jump to the question](${ping.permalink})` });
  return {
    content: `${who} a candidate's question needs you.`,
    embeds: [
      {
        title: 'Question handed off',
        color: 0xd97706,
        description: truncate(blockquote(defuseUserText(ping.question)), 4096),
        fields,
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Claim', custom_id: truncate(`${HANDOFF_CLAIM}${ref}`, 100) },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Dismiss', custom_id: truncate(`${HANDOFF_DISMISS}${ref}`, 100) },
        ],
      },
    ],
    allowedMentions: recruiterId ? onlyUser(recruiterId) : NO_MENTIONS,
  };
}

function formatGuesses(ping: HandoffPing): string {
  if (ping.guesses.length === 0) return 'none';
  return ping.guesses
    .slice(0, 5)
    .map((guess) => {
      const what = [guess.posting ? defuseMentions(guess.posting.title) : 'no posting', guess.topic].filter(Boolean).join(' / ');
      return `• ${what}: ${Math.round(guess.confidence * 100)}%`;
    })
    .join('\n');
}
