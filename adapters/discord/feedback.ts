/**
 * Helpful and Ask a recruiter under every answer on Discord: a row of two
 * buttons whose custom ids are `feedback_helpful:<question id>` and
 * `feedback_handoff:<question id>`. A click is forwarded to the core as a
 * feedback event; the asker's answer gets the acknowledgement in place of
 * the row (an update of the message); anyone else gets an ephemeral reply.
 */
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type ButtonInteraction } from 'discord.js';
import { FEEDBACK_ACTIONS, FEEDBACK_KINDS, buttonLabel, type FeedbackKind, type Language } from '../../src/index.js';
import type { ListenerDeps } from './listener-deps.js';
import { NO_MENTIONS, defuseMentions, truncate } from './safety.js';
import { audienceOf } from './staff.js';

const PREFIX: Record<FeedbackKind, string> = { helpful: `${FEEDBACK_ACTIONS.helpful}:`, handoff: `${FEEDBACK_ACTIONS.handoff}:` };

/** The row of two buttons, each carrying the answer's question id. */
export function feedbackRow(questionId: string, language: Language): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: FEEDBACK_KINDS.map((kind) => ({
      type: ComponentType.Button,
      style: kind === 'helpful' ? ButtonStyle.Success : ButtonStyle.Secondary,
      label: buttonLabel(language, kind),
      custom_id: truncate(`${PREFIX[kind]}${questionId}`, 100),
    })),
  };
}

/** The kind a custom id is a feedback button of, or null. */
export function feedbackKindOf(customId: string): FeedbackKind | null {
  return FEEDBACK_KINDS.find((kind) => customId.startsWith(PREFIX[kind])) ?? null;
}

export async function onFeedbackButton(deps: ListenerDeps, interaction: ButtonInteraction, kind: FeedbackKind): Promise<void> {
  const questionId = interaction.customId.slice(PREFIX[kind].length);
  const actor = {
    platform: 'discord' as const,
    id: interaction.user.id,
    name: interaction.user.globalName ?? interaction.user.username,
    audience: interaction.inGuild() ? audienceOf(interaction.member, deps.config.staffRoleIds) : ('candidate' as const),
  };
  const result = await deps.host.forward({ type: 'feedback', kind, questionId, actor, eventId: interaction.id });
  deps.logger.info({ interaction: interaction.id, question: questionId, action: kind, outcome: result.outcome, user: actor.id }, 'discord feedback click');
  const text = truncate(defuseMentions(result.message), 2000);
  if (result.outcome !== 'done' && result.outcome !== 'duplicate') {
    await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // The answer stays; its feedback row gives way to the acknowledgement.
  const rows = interaction.message.components.flatMap((row) => {
    const json = row.toJSON() as { type: number; components?: Array<{ custom_id?: string }> };
    return json.type === ComponentType.ActionRow && !json.components?.some((button) => button.custom_id && feedbackKindOf(button.custom_id)) ? [json] : [];
  });
  await interaction.update({ content: text, components: rows as APIActionRowComponent<APIButtonComponent>[], allowedMentions: NO_MENTIONS });
}
