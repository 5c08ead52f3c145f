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
  ButtonStyle,
  ComponentType,
  Routes,
  ThreadAutoArchiveDuration,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  type APIMessage,
  type Client,
  type RESTPatchAPIChannelMessageJSONBody,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { age } from '../../src/chat/staff-commands.js';
import type { DiscordConfig } from '../../src/config.js';
import { PlatformError } from '../../src/errors.js';
import type { Handoff, PingRef, StoredPing } from '../../src/handoff/store.js';
import type { HandoffButton, HandoffCard, HandoffTransport } from '../../src/handoff/transport.js';
import type { Recruiter } from '../../src/knowledge/types.js';
import type { Logger } from '../../src/log.js';
import { HANDOFF_CLAIM, HANDOFF_DISMISS, HANDOFF_TEACH } from './ping.js';
import { redactError } from './redact.js';
import { defuseMentions, defuseUserText, truncate } from './safety.js';

const SNOWFLAKE = /^\d{15,21}$/;
const LIMIT = { content: 2000, title: 256, description: 4096, fieldValue: 1024, footer: 2048, threadName: 100 };
const NOBODY: APIAllowedMentions = { parse: [], replied_user: false };
const COLOR: Record<Handoff['state'], number> = { open: 0xd97706, claimed: 0x2563eb, answered: 0x059669, dismissed: 0x64748b };

export const FORGOTTEN_NOTE = 'This handoff was deleted: the candidate asked Candor to forget them.';

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
    const userId = recruiter.discordUserId;
    if (!userId || !SNOWFLAKE.test(userId)) {
      throw new PlatformError('discord', `no DISCORD_HANDOFF_CHANNEL_ID and recruiter ${recruiter.id} has no discordUserId`);
    }
    const channel = await client.users.createDM(userId);
    return { channelId: channel.id, dm: true };
  }

  async function failing<T>(step: string, context: Record<string, unknown>, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (error instanceof PlatformError) throw error;
      throw new PlatformError('discord', `handoff ${step} failed (${Object.entries(context).map(([k, v]) => `${k} ${String(v)}`).join(', ')})`, {
        cause: redactError(error),
      });
    }
  }

  return {
    platform: 'discord',

    ping: (card) =>
      failing(`${card.kind} ping`, { handoff: card.handoff.id }, async (): Promise<PingRef> => {
        const { channelId, dm } = await pingChannel(card.recruiter);
        const first = card.handoff.pings[0];
        const body: RESTPostAPIChannelMessageJSONBody = {
          ...renderPing(card, card.kind === 'first' ? 'first' : card.kind === 'escalation' ? 'escalation' : 'reminder', dm),
          content: truncate(header(card), LIMIT.content),
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
              logger.warn({ handoff: card.handoff.id, channel: channelId, message: message.id, err: redactError(error) }, 'discord could not start a thread on a handoff ping'),
            );
        }
        return { channelId, messageId: message.id };
      }),

    updatePing: (card) =>
      failing('ping update', { handoff: card.handoff.id }, async () => {
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
      failing('relay', { handoff: handoff.id }, async () => {
        const where = await relayTarget(client, handoff);
        const head = `${defuseMentions(message.recruiterName)} (recruiter) answered:`;
        const context = where.dm && !handoff.conversation.isDirect ? `\n${quote(defuseUserText(truncate(handoff.question, 300)))}` : '';
        const parts = chunks(`${head}${context}\n${message.text}`, LIMIT.content);
        for (const [index, content] of parts.entries()) {
          const body: RESTPostAPIChannelMessageJSONBody = { content, allowed_mentions: NOBODY };
          if (index === 0 && where.replyTo) body.message_reference = { message_id: where.replyTo, fail_if_not_exists: false };
          await post(where.channelId, body);
        }
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

/** The channel and message of a Discord message link. */
function messageOf(permalink: string | null): { channelId: string; messageId: string } | null {
  const match = permalink?.match(/\/channels\/(?:@me|\d+)\/(\d+)\/(\d+)$/);
  return match ? { channelId: match[1]!, messageId: match[2]! } : null;
}

function who(recruiter: Recruiter): string {
  const id = recruiter.discordUserId;
  return id && SNOWFLAKE.test(id) ? `<@${id}>` : `${defuseMentions(recruiter.name)} (${recruiter.email})`;
}

function mentionOf(recruiter: Recruiter): APIAllowedMentions {
  const id = recruiter.discordUserId;
  return id && SNOWFLAKE.test(id) ? { parse: [], users: [id], replied_user: false } : NOBODY;
}

function header(card: HandoffCard): string {
  const waited = age(card.waitingMinutes * 60_000);
  switch (card.kind) {
    case 'reminder':
      return `${who(card.recruiter)} reminder: this candidate's question has waited ${waited} of working time and nobody has claimed it.`;
    case 'escalation':
      return `${who(card.recruiter)} escalated to you: nobody has claimed this candidate's question after ${waited} of working time.`;
    default:
      return `${who(card.recruiter)} a candidate's question needs you.`;
  }
}

/** The card (embed) and its buttons, without content. */
export function renderPing(
  card: HandoffCard,
  kind: StoredPing['kind'],
  dm: boolean,
): { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const { handoff } = card;
  const posting = card.posting ? defuseMentions(card.posting.title) : 'not identified';
  const fields: APIEmbedField[] = [
    { name: 'Candidate', value: SNOWFLAKE.test(handoff.candidateId) ? `<@${handoff.candidateId}>` : 'unknown', inline: true },
    { name: 'Posting', value: truncate(posting, LIMIT.fieldValue), inline: true },
    { name: 'Topic', value: truncate(handoff.topic ?? 'not identified', LIMIT.fieldValue), inline: true },
    { name: 'Best guesses', value: truncate(guesses(handoff, card.posting), LIMIT.fieldValue) },
    { name: 'Where', value: where(handoff) },
    { name: 'State', value: truncate(state(card), LIMIT.fieldValue) },
  ];
  const howToAnswer = dm
    ? 'Reply to this message (Reply) to answer'
    : kind === 'first'
      ? 'Reply in this thread to answer'
      : 'Reply in the thread on the first ping to answer';
  return {
    embeds: [
      {
        title: 'Question handed off',
        color: COLOR[handoff.state],
        description: truncate(questions(card.questions), LIMIT.description),
        fields,
        footer: { text: truncate(`Handoff ${handoff.id} · ${howToAnswer}: Candor relays it to the candidate.`, LIMIT.footer) },
      },
    ],
    components: buttons(handoff.id, card.buttons),
  };
}

function buttons(id: string, which: HandoffButton[]): APIActionRowComponent<APIButtonComponent>[] {
  if (which.length === 0) return [];
  const button = {
    claim: { style: ButtonStyle.Success, label: 'Claim', prefix: HANDOFF_CLAIM },
    dismiss: { style: ButtonStyle.Secondary, label: 'Dismiss', prefix: HANDOFF_DISMISS },
    teach: { style: ButtonStyle.Primary, label: 'Save as answer', prefix: HANDOFF_TEACH },
  } as const;
  return [
    {
      type: ComponentType.ActionRow,
      components: which.map((kind) => ({
        type: ComponentType.Button,
        style: button[kind].style,
        label: button[kind].label,
        custom_id: truncate(`${button[kind].prefix}${id}`, 100),
      })),
    },
  ];
}

function questions(list: string[]): string {
  const [first = '', ...more] = list.map((question) => quote(defuseUserText(question)));
  return more.length === 0 ? first : [first, '**Asked since:**', ...more].join('\n');
}

/** The engine's guesses with their confidence; without any, what it settled on and how sure it was. */
function guesses(handoff: Handoff, posting: HandoffCard['posting']): string {
  const line = (title: string | null, topic: string | null, confidence: number) =>
    `• ${[title ? defuseMentions(title) : 'no posting', topic].filter(Boolean).join(' / ')}: ${Math.round(confidence * 100)}%`;
  if (handoff.guesses.length > 0) {
    return handoff.guesses
      .slice(0, 5)
      .map((guess) => line(guess.posting?.title ?? null, guess.topic, guess.confidence))
      .join('\n');
  }
  if (!posting && !handoff.topic) return 'none';
  return line(posting?.title ?? null, handoff.topic, handoff.confidence);
}

function where(handoff: Handoff): string {
  if (handoff.conversation.isDirect) {
    return handoff.permalink ? `[Jump to the question](${handoff.permalink}) (a DM with Candor)` : 'A DM with Candor';
  }
  if (!messageOf(handoff.permalink)) return 'Asked privately (/jobs); the answer goes to the candidate by DM';
  return `[Jump to the question](${handoff.permalink})`;
}

function state(card: HandoffCard): string {
  const { handoff } = card;
  const person = (id: string | null) => (id && SNOWFLAKE.test(id) ? `<@${id}>` : (id ?? 'someone'));
  switch (handoff.state) {
    case 'open': {
      const flag = handoff.escalatedAt !== null ? ', escalated' : handoff.remindedAt !== null ? ', reminded' : '';
      return `Open: waiting ${age(card.waitingMinutes * 60_000)} of working time${flag}`;
    }
    case 'claimed':
      return `Claimed by ${person(handoff.claimedBy)}`;
    case 'answered':
      return `Answered by ${person(handoff.answeredBy)}${handoff.taughtAt !== null ? ' · saved as an answer' : ''}`;
    case 'dismissed':
      return `Dismissed by ${person(handoff.dismissedBy)}`;
  }
}

function threadName(card: HandoffCard): string {
  return truncate(`Handoff ${card.handoff.id}${card.posting ? ` · ${card.posting.title}` : ''}`, LIMIT.threadName);
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
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
