/** A discord.js Message as Candor sees it: whether to answer it, and the IncomingMessage it becomes. */
import { ChannelType, type Message } from 'discord.js';
import type { IncomingMessage } from '../../src/index.js';
import { defuseUserText } from './safety.js';
import { audienceOf } from './staff.js';

/**
 * - `dm`: a direct message, answered in the DM;
 * - `thread`: a message in a thread Candor started or answered (or a mention in any thread), answered there;
 * - `new-thread`: a mention in a channel, answered in a thread started on it;
 * - `reply`: a mention where no thread can be started, answered as a reply;
 * - `ignore`: anything else, including every bot's messages.
 */
export type Route = 'dm' | 'thread' | 'new-thread' | 'reply' | 'ignore';

export function routeMessage(message: Message, botId: string, isOurThread: (threadId: string) => boolean): Route {
  if (message.author.bot || message.system || message.webhookId) return 'ignore';
  if (!message.inGuild()) return 'dm';
  const mentioned = message.mentions.users.has(botId);
  const channel = message.channel;
  if (channel.isThread()) {
    return mentioned || isOurThread(channel.id) || channel.ownerId === botId ? 'thread' : 'ignore';
  }
  if (!mentioned) return 'ignore';
  return channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement ? 'new-thread' : 'reply';
}

/** The message text without the bot's own mention. */
export function questionText(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toIncomingMessage(
  message: Message,
  options: { botId: string; staffRoleIds: readonly string[]; threadId: string | null },
): IncomingMessage {
  const channel = message.channel;
  const inThread = options.threadId !== null;
  const parentId = channel.isThread() ? channel.parentId : channel.id;
  return {
    text: questionText(message.content, options.botId),
    author: {
      id: message.author.id,
      name: message.member?.displayName ?? message.author.globalName ?? message.author.username,
      isBot: message.author.bot,
      isMe: message.author.id === options.botId,
    },
    conversation: {
      platform: 'discord',
      channelId: inThread ? (parentId ?? options.threadId!) : message.channelId,
      threadId: options.threadId,
      isDirect: !message.inGuild(),
    },
    audience: message.inGuild() ? audienceOf(message.member, options.staffRoleIds) : 'candidate',
    via: 'message',
    permalink: message.url,
    raw: message,
  };
}

/** A thread name from the question (Discord allows 100 characters), mentions defused. */
export function threadName(text: string): string {
  const name = defuseUserText(text.replace(/[\r\n]+/g, ' ').trim()) || 'Question';
  return name.length <= 90 ? name : `${name.slice(0, 89)}…`;
}
