/**
 * A guild mention starts a thread on the question and is answered there; a
 * message in a thread Candor answered needs no mention; a DM is answered in
 * the DM. The thread exists before the core sees the question, so the
 * conversation (channel + thread) is the one follow-ups will carry.
 *
 * A message in a thread of the handoff channel is a recruiter's answer, never
 * a question: it is forwarded to the core, which records it and relays it to
 * the candidate. Without a handoff channel, pings go by DM and a staff
 * member's Discord reply to a ping is the answer.
 */
import { ThreadAutoArchiveDuration, type Message } from 'discord.js';
import type { Actor } from '../../src/index.js';
import type { ListenerDeps } from './listener-deps.js';
import { questionText, routeMessage, threadName, toIncomingMessage } from './messages.js';
import type { MessagePayload } from './render.js';
import { NO_MENTIONS, truncate } from './safety.js';
import { createSay } from './send.js';
import { audienceOf, staffAudienceOf } from './staff.js';

export function createMessageListener(deps: ListenerDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = deps.client.user?.id;
    if (!botId) return;
    if (await recruiterAnswer(deps, message, botId)) return;
    const route = routeMessage(message, botId, (id) => deps.threads.has('discord', id));
    if (route === 'ignore') return;
    const context = { event: 'messageCreate', guild: message.guildId, channel: message.channelId, message: message.id, user: message.author.id };

    let threadId: string | null = message.channel.isThread() ? message.channel.id : null;
    let send = (payload: MessagePayload): Promise<unknown> => message.reply(payload);
    if (route === 'new-thread') {
      try {
        const thread = await message.startThread({
          name: threadName(questionText(message.content, botId)),
          autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
        });
        threadId = thread.id;
        send = (payload) => thread.send(payload);
      } catch (error) {
        // Missing Create Public Threads permission, or a message that already has a thread: reply in place.
        deps.logger.warn({ ...context, err: error }, 'discord could not start a thread; replying in the channel');
      }
    }
    if (threadId) deps.threads.add('discord', threadId);

    const incoming = toIncomingMessage(message, { botId, staffRoleIds: deps.config.staffRoleIds, threadId });
    const say = createSay({
      question: incoming.text,
      choices: deps.choices,
      nonceBase: message.id,
      send: (payload) => send(payload),
    });
    await deps.host.message(incoming, { say });
  };
}

/**
 * A recruiter's answer to a handoff, if this message is one: true when it was
 * handled here (and must not be treated as a question).
 *
 * - In a thread of the handoff channel: every human message; the thread's id
 *   is its ping's id. A thread that is no ping (anymore) is left alone unless
 *   Candor started it.
 * - Without a handoff channel, in a DM: a staff member's reply to a ping.
 */
async function recruiterAnswer(deps: ListenerDeps, message: Message, botId: string): Promise<boolean> {
  if (message.author.bot || message.system || message.webhookId) return false;
  const channel = message.channel;
  const handoffChannel = deps.config.handoffChannelId;
  let pingId: string;
  let audience: Actor['audience'];
  if (message.inGuild() && channel.isThread() && handoffChannel && channel.parentId === handoffChannel) {
    pingId = channel.id;
    audience = audienceOf(message.member, deps.config.staffRoleIds);
  } else if (!message.inGuild() && !handoffChannel && message.reference?.messageId) {
    // Only staff can answer; anyone else replying to Candor in a DM is asking a question.
    audience = await staffAudienceOf(deps.client, deps.config, message.author.id);
    if (audience !== 'staff') return false;
    pingId = message.reference.messageId;
  } else {
    return false;
  }
  const actor: Actor = {
    platform: 'discord',
    id: message.author.id,
    name: message.member?.displayName ?? message.author.globalName ?? message.author.username,
    audience,
  };
  const text = audience === 'staff' ? questionText(message.content, botId) : '';
  const result = await deps.host.forward({ type: 'staff-reply', ping: { platform: 'discord', messageId: pingId }, actor, text, eventId: message.id });
  deps.logger.info(
    { event: 'messageCreate', channel: message.channelId, message: message.id, user: actor.id, ping: pingId, outcome: result.outcome },
    'discord handoff reply',
  );
  if (result.outcome === 'not-found') {
    // A DM reply to something that is not a ping is a question; a thread in the handoff channel never is.
    if (!message.inGuild()) return false;
    if (!(channel.isThread() && channel.ownerId === botId)) return true;
  }
  if (result.outcome === 'duplicate') return true;
  await message
    .reply({ content: truncate(result.message, 2000), allowedMentions: NO_MENTIONS })
    .catch((error: unknown) => deps.logger.warn({ message: message.id, err: error }, 'discord could not answer a handoff reply'));
  return true;
}
