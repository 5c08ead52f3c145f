/**
 * Slash commands and buttons. Every `/jobs` sub-command answers ephemerally
 * (`ask` is a question; the others are commands to the core); a clarify
 * button answers the original question for the chosen posting (ephemerally
 * when the clarify was); a handoff button (Claim, Dismiss, Save as answer)
 * is forwarded to the core, and the clicker is answered privately. Every
 * interaction is acknowledged at once (deferred) so Discord's 3-second
 * window never matters.
 */
import { GuildMember, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Actor, Conversation, HandoffButton, IncomingMessage } from '../../src/index.js';
import { JOBS_COMMAND, QUESTION_OPTION, commandText } from './commands.js';
import { HANDOFF_IDS } from './handoff-card.js';
import { feedbackKindOf, onFeedbackButton } from './feedback.js';
import type { ListenerDeps } from './listener-deps.js';
import { NO_MENTIONS, defuseMentions, truncate } from './safety.js';
import { createSay } from './send.js';
import { audienceOf, staffAudienceOf } from './staff.js';

const EXPIRED = 'This choice has expired. Please ask your question again.';

export function createInteractionListener(deps: ListenerDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === JOBS_COMMAND) await onJobsCommand(deps, interaction);
      return;
    }
    if (!interaction.isButton()) return;
    const id = interaction.customId;
    const feedback = feedbackKindOf(id);
    if (feedback) return onFeedbackButton(deps, interaction, feedback);
    const button = (Object.keys(HANDOFF_IDS) as HandoffButton[]).find((kind) => id.startsWith(HANDOFF_IDS[kind]));
    if (button) return onHandoffButton(deps, interaction, button);
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

async function onJobsCommand(deps: ListenerDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const options = interaction.options;
  const command = commandText(options.getSubcommand(false), {
    string: (name) => options.getString(name),
    integer: (name) => options.getInteger(name),
  });
  // `ask` is a question even when it starts with "list" or "show": only the other sub-commands are commands to the core.
  await answer(deps, interaction, {
    text: command ?? (options.getString(QUESTION_OPTION) ?? '').trim(),
    via: command === null ? 'message' : 'command',
    ephemeral: true,
  });
}

async function answer(
  deps: ListenerDeps,
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
  // An ephemeral message has no link anyone can follow; without one, a handoff's answer goes to the asker by DM.
  if (request.permalink && !request.ephemeral) incoming.permalink = request.permalink;
  const say = createSay({
    question: request.text,
    choices: deps.choices,
    send: (payload, first) =>
      first ? interaction.editReply(payload) : interaction.followUp(flags ? { ...payload, flags } : payload),
  });
  try {
    await deps.host.message(incoming, { say });
  } finally {
    // Never leave "Candor is thinking…" behind.
    if (say.sent === 0) await interaction.deleteReply().catch(() => undefined);
  }
}

/**
 * Claim, Dismiss or Save as answer on a ping: the core decides (staff only,
 * the interaction id makes a repeated delivery a duplicate) and edits the
 * ping; the clicker gets its sentence privately.
 */
async function onHandoffButton(deps: ListenerDeps, interaction: ButtonInteraction, kind: HandoffButton): Promise<void> {
  const handoffId = interaction.customId.slice(HANDOFF_IDS[kind].length);
  let acknowledged = true;
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  } catch (error) {
    // Already acknowledged (a repeated delivery) or expired: the click still counts once; nobody to answer.
    acknowledged = false;
    deps.logger.warn({ interaction: interaction.id, handoff: handoffId, err: error }, 'discord could not acknowledge a handoff button');
  }
  const actor: Actor = {
    platform: 'discord',
    id: interaction.user.id,
    name: memberName(interaction) ?? interaction.user.globalName ?? interaction.user.username,
    audience: interaction.inGuild()
      ? audienceOf(interaction.member, deps.config.staffRoleIds)
      : await staffAudienceOf(deps.client, deps.config, interaction.user.id),
  };
  const result = await deps.host.forward({ type: kind, handoffId, actor, eventId: interaction.id });
  deps.logger.info({ interaction: interaction.id, handoff: handoffId, action: kind, outcome: result.outcome, user: actor.id }, 'discord handoff action');
  if (acknowledged) await interaction.editReply({ content: truncate(defuseMentions(result.message), 2000), allowedMentions: NO_MENTIONS });
}

function conversationOf(interaction: ChatInputCommandInteraction | ButtonInteraction): Conversation {
  const channel = interaction.channel;
  // Private (ephemeral) exchanges outside a thread are each user's own: one person's /jobs question
  // must not become the posting another person's next /jobs question is about.
  const isPrivate = interaction.isChatInputCommand() || interaction.message.flags.has(MessageFlags.Ephemeral);
  const threadId = channel?.isThread() ? channel.id : isPrivate ? `private:${interaction.user.id}` : null;
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
