/**
 * Slash commands and buttons. `/jobs ask` and `/jobs postings` answer
 * ephemerally; a clarify button answers the original question for the chosen
 * posting (ephemerally when the clarify was); handoff buttons go to
 * `onHandoffAction`. Every interaction is acknowledged at once (deferred) so
 * Discord's 3-second window never matters.
 */
import {
  GuildMember,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
} from 'discord.js';
import type { Conversation, HandoffPing, IncomingMessage, MessageHandler } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { ChoiceStore } from './choices.js';
import { JOBS_COMMAND, POSTINGS_SUBCOMMAND, QUESTION_OPTION } from './commands.js';
import { HANDOFF_CLAIM, HANDOFF_DISMISS } from './ping.js';
import { NO_MENTIONS } from './safety.js';
import { createSay } from './send.js';
import { audienceOf } from './staff.js';

/** A click on a handoff ping's Claim or Dismiss button, already acknowledged (deferUpdate). */
export interface HandoffAction {
  kind: 'claim' | 'dismiss';
  /** What the ping's buttons refer to (the candidate's message id when known). */
  ref: string;
  by: { id: string; name: string };
  /** The ping message the button is on. */
  channelId: string;
  messageId: string;
  /** To edit the ping (`interaction.editReply`) or answer the clicker (`interaction.followUp`). */
  interaction: ButtonInteraction;
}

export interface InteractionListenerDeps {
  client: Client;
  config: DiscordConfig;
  logger: Logger;
  handler: MessageHandler;
  choices: ChoiceStore;
  pingRecruiter: (ping: HandoffPing) => Promise<void>;
  onHandoffAction?: (action: HandoffAction) => Promise<void>;
}

const EXPIRED = 'This choice has expired. Please ask your question again.';
const NO_HANDOFF_DESK = 'Handoff actions are not set up on this Candor.';

export function createInteractionListener(deps: InteractionListenerDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === JOBS_COMMAND) await onJobsCommand(deps, interaction);
      return;
    }
    if (!interaction.isButton()) return;
    const id = interaction.customId;
    if (id.startsWith(HANDOFF_CLAIM) || id.startsWith(HANDOFF_DISMISS)) {
      await onHandoffButton(deps, interaction);
      return;
    }
    const choice = deps.choices.resolve(id);
    if (choice) {
      await answer(deps, interaction, {
        text: choice.question,
        via: 'message',
        chosenPostingId: choice.postingId,
        ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
        permalink: interaction.message.url,
      });
    } else if (id.startsWith('choose:')) {
      await interaction.reply({ content: EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  };
}

async function onJobsCommand(deps: InteractionListenerDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const postings = interaction.options.getSubcommand(false) === POSTINGS_SUBCOMMAND;
  // `ask` is a question even when it starts with "list": only the postings sub-command is a command to the core.
  await answer(deps, interaction, {
    text: postings ? 'postings' : (interaction.options.getString(QUESTION_OPTION) ?? '').trim(),
    via: postings ? 'command' : 'message',
    ephemeral: true,
  });
}

async function answer(
  deps: InteractionListenerDeps,
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  request: { text: string; via: IncomingMessage['via']; ephemeral: boolean; chosenPostingId?: string; permalink?: string },
): Promise<void> {
  const flags = request.ephemeral ? MessageFlags.Ephemeral : undefined;
  await interaction.deferReply(flags ? { flags } : {});
  const botId = deps.client.user?.id ?? '';
  const incoming: IncomingMessage = {
    text: request.text,
    author: {
      id: interaction.user.id,
      name: memberName(interaction) ?? interaction.user.globalName ?? interaction.user.username,
      isBot: interaction.user.bot,
      isMe: interaction.user.id === botId,
    },
    conversation: conversationOf(interaction),
    audience: interaction.inGuild() ? audienceOf(interaction.member, deps.config.staffRoleIds) : 'candidate',
    via: request.via,
    raw: interaction,
  };
  if (request.chosenPostingId) incoming.chosenPostingId = request.chosenPostingId;
  if (request.permalink) incoming.permalink = request.permalink;
  const say = createSay({
    logger: deps.logger,
    context: { event: 'interactionCreate', interaction: interaction.id, channel: interaction.channelId, user: interaction.user.id },
    question: request.text,
    choices: deps.choices,
    send: (payload, first) =>
      first ? interaction.editReply(payload) : interaction.followUp(flags ? { ...payload, flags } : payload),
  });
  try {
    await deps.handler(incoming, { say, pingRecruiter: deps.pingRecruiter });
  } finally {
    // Never leave "Candor is thinking…" behind.
    if (say.sent === 0) await interaction.deleteReply().catch(() => undefined);
  }
}

async function onHandoffButton(deps: InteractionListenerDeps, interaction: ButtonInteraction): Promise<void> {
  if (!deps.onHandoffAction) {
    await interaction.reply({ content: NO_HANDOFF_DESK, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const claim = interaction.customId.startsWith(HANDOFF_CLAIM);
  await interaction.deferUpdate();
  await deps.onHandoffAction({
    kind: claim ? 'claim' : 'dismiss',
    ref: interaction.customId.slice((claim ? HANDOFF_CLAIM : HANDOFF_DISMISS).length),
    by: { id: interaction.user.id, name: memberName(interaction) ?? interaction.user.username },
    channelId: interaction.channelId,
    messageId: interaction.message.id,
    interaction,
  });
}

function conversationOf(interaction: ChatInputCommandInteraction | ButtonInteraction): Conversation {
  const channel = interaction.channel;
  const threadId = channel?.isThread() ? channel.id : null;
  return {
    platform: 'discord',
    channelId: channel?.isThread() ? (channel.parentId ?? channel.id) : (interaction.channelId ?? interaction.user.id),
    threadId,
    isDirect: !interaction.inGuild(),
  };
}

function memberName(interaction: ChatInputCommandInteraction | ButtonInteraction): string | null {
  const member = interaction.member;
  if (!member) return null;
  return member instanceof GuildMember ? member.displayName : (member.nick ?? null);
}
