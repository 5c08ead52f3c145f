/**
 * Slack payloads to the core's IncomingMessage. Routing is a pure function of
 * the event and a few facts (the bot's ids, the threads Candor answered in),
 * so every rule is testable without a server:
 *
 * - `app_mention` in a channel: answered in a thread under the question.
 * - `message` in a DM: answered in the DM.
 * - `message` in a channel thread Candor answered in: a follow-up, same thread.
 * - any other channel message (including a mention, which also arrives as
 *   `app_mention`) is not for Candor.
 */
import { z } from 'zod';
import type { Author, Conversation } from '../../src/index.js';

const messageEvent = z.object({
  type: z.enum(['app_mention', 'message']),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  /** On a reply in a thread: who posted the thread's first message. */
  parent_user_id: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
});

export type MessageEvent = z.infer<typeof messageEvent>;

/** Message subtypes that are a person (or bot) saying something; edits, joins and deletions are not. */
const SPOKEN_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share', 'bot_message']);

export interface RouteFacts {
  botUserId: string | undefined;
  botId: string | undefined;
  /** Has Candor answered in this thread? */
  answeredIn(channel: string, threadTs: string): boolean;
}

export type Route =
  | { kind: 'ignore'; reason: string }
  | {
      kind: 'answer';
      text: string;
      author: Author;
      conversation: Conversation;
      /** Where replies go: the thread to post in, or null for the DM itself. */
      replyThreadTs: string | null;
      permalink?: string;
    };

export function parseMessageEvent(event: unknown): MessageEvent | null {
  const parsed = messageEvent.safeParse(event);
  return parsed.success ? parsed.data : null;
}

/** A person (or bot) saying something, not an edit, a join or a deletion. */
export function isSpoken(event: MessageEvent): boolean {
  return SPOKEN_SUBTYPES.has(event.subtype);
}

/** A person's message (not Candor's, not another bot's). */
export function isHuman(event: MessageEvent, facts: Pick<RouteFacts, 'botUserId' | 'botId'>): boolean {
  const author = authorOf(event, { ...facts, answeredIn: () => false });
  return event.user !== undefined && !author.isBot && !author.isMe;
}

export function routeMessage(event: MessageEvent, facts: RouteFacts): Route {
  if (!isSpoken(event)) return { kind: 'ignore', reason: `subtype ${event.subtype}` };
  const author = authorOf(event, facts);
  if (author.isMe) return { kind: 'ignore', reason: 'own message' };
  if (author.isBot) return { kind: 'ignore', reason: 'bot message' };
  const direct = event.channel_type === 'im' || event.channel.startsWith('D');
  const text = stripMention(event.text ?? '', facts.botUserId);

  if (event.type === 'app_mention') {
    // A DM never arrives as app_mention; if it ever did, message.im answers it.
    if (direct) return { kind: 'ignore', reason: 'mention in a DM' };
    return inThread(event, author, text, event.thread_ts ?? event.ts);
  }
  if (direct) {
    return {
      kind: 'answer',
      text,
      author,
      conversation: { platform: 'slack', channelId: event.channel, threadId: null, isDirect: true },
      replyThreadTs: event.thread_ts ?? null,
    };
  }
  if (facts.botUserId && (event.text ?? '').includes(`<@${facts.botUserId}`)) {
    return { kind: 'ignore', reason: 'mention (handled as app_mention)' };
  }
  if (event.thread_ts && facts.answeredIn(event.channel, event.thread_ts)) {
    return inThread(event, author, text, event.thread_ts);
  }
  return { kind: 'ignore', reason: 'channel message not for Candor' };
}

function inThread(event: MessageEvent, author: Author, text: string, threadTs: string): Route {
  return {
    kind: 'answer',
    text,
    author,
    conversation: { platform: 'slack', channelId: event.channel, threadId: threadTs, isDirect: false },
    replyThreadTs: threadTs,
    permalink: archiveUrl(event.channel, threadTs),
  };
}

function authorOf(event: MessageEvent, facts: RouteFacts): Author {
  const id = event.user ?? event.bot_id ?? 'unknown';
  const isMe =
    (facts.botUserId !== undefined && event.user === facts.botUserId) ||
    (facts.botId !== undefined && event.bot_id === facts.botId);
  const isBot = isMe || event.bot_id !== undefined || event.subtype === 'bot_message';
  return { id, name: id, isBot, isMe };
}

/** Removes `<@BOT>` (and `<@BOT|name>`) wherever it is; other mentions stay for the core to clean. */
export function stripMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text
    .split(`<@${botUserId}>`)
    .join(' ')
    .replace(new RegExp(`<@${escapeRegExp(botUserId)}\\|[^>]*>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const slashCommand = z.object({
  user_id: z.string(),
  user_name: z.string().optional(),
  channel_id: z.string(),
  text: z.string().optional(),
  response_url: z.string().optional(),
});

export type SlashCommand = z.infer<typeof slashCommand>;

export function parseSlashCommand(body: unknown): SlashCommand | null {
  const parsed = slashCommand.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/**
 * A slash command's exchange is private to its user, so its conversation is
 * per user and channel: one person's /jobs context never leaks into another's.
 */
export function commandConversation(channelId: string, userId: string): Conversation {
  return { platform: 'slack', channelId, threadId: `ephemeral:${userId}`, isDirect: channelId.startsWith('D') };
}

const blockAction = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().optional(),
  user: z.object({ id: z.string(), username: z.string().optional(), name: z.string().optional() }),
  container: z
    .object({
      message_ts: z.string().optional(),
      channel_id: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .optional(),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  response_url: z.string().optional(),
});

export type BlockActionBody = z.infer<typeof blockAction>;

export function parseBlockAction(body: unknown): BlockActionBody | null {
  const parsed = blockAction.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** Where a click on a clarify button continues the exchange. */
export type ClickPlace =
  | { kind: 'ephemeral'; conversation: Conversation; channel: string; responseUrl: string | null }
  | { kind: 'message'; conversation: Conversation; channel: string; replyThreadTs: string | null; permalink?: string };

export function clickPlace(body: BlockActionBody): ClickPlace | null {
  const channel = body.container?.channel_id ?? body.channel?.id;
  if (!channel) return null;
  if (body.container?.is_ephemeral) {
    return {
      kind: 'ephemeral',
      conversation: commandConversation(channel, body.user.id),
      channel,
      responseUrl: body.response_url ?? null,
    };
  }
  const threadTs = body.container?.thread_ts ?? body.message?.thread_ts;
  if (channel.startsWith('D')) {
    return {
      kind: 'message',
      conversation: { platform: 'slack', channelId: channel, threadId: null, isDirect: true },
      channel,
      replyThreadTs: threadTs ?? null,
    };
  }
  const root = threadTs ?? body.container?.message_ts ?? body.message?.ts;
  if (!root) return null;
  return {
    kind: 'message',
    conversation: { platform: 'slack', channelId: channel, threadId: root, isDirect: false },
    channel,
    replyThreadTs: root,
    permalink: archiveUrl(channel, root),
  };
}

/** The web link to a message when chat.getPermalink is unavailable. */
export function archiveUrl(channel: string, ts: string): string {
  return `https://slack.com/archives/${encodeURIComponent(channel)}/p${ts.replace('.', '')}`;
}
