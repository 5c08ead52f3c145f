/**
 * A guild mention starts a thread on the question and is answered there; a
 * message in a thread Candor answered needs no mention; a DM is answered in
 * the DM. The thread exists before the core sees the question, so the
 * conversation (channel + thread) is the one follow-ups will carry.
 */
import { ThreadAutoArchiveDuration, type Client, type Message } from 'discord.js';
import type { HandoffPing, MessageHandler } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { BoundedMap } from './bounded.js';
import type { ChoiceStore } from './choices.js';
import { questionText, routeMessage, threadName, toIncomingMessage } from './messages.js';
import { redactError } from './redact.js';
import type { MessagePayload } from './render.js';
import { createSay } from './send.js';

export interface MessageListenerDeps {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
  handler: MessageHandler;
  choices: ChoiceStore;
  pingRecruiter: (ping: HandoffPing) => Promise<void>;
}

export function createMessageListener(deps: MessageListenerDeps): (message: Message) => Promise<void> {
  const ourThreads = new BoundedMap<string, true>(10_000);
  return async (message) => {
    const botId = deps.client.user?.id;
    if (!botId) return;
    const route = routeMessage(message, botId, (id) => ourThreads.has(id));
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
        deps.logger.warn({ ...context, err: redactError(error) }, 'discord could not start a thread; replying in the channel');
      }
    }
    if (threadId) ourThreads.set(threadId, true);

    const incoming = toIncomingMessage(message, { botId, staffRoleIds: deps.config.staffRoleIds, threadId });
    const say = createSay({
      logger: deps.logger,
      context: { ...context, thread: threadId },
      question: incoming.text,
      choices: deps.choices,
      send: (payload) => send(payload),
    });
    await deps.handler(incoming, { say, pingRecruiter: deps.pingRecruiter });
  };
}
