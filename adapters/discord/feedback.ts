/**
 * Helpful and Ask a recruiter under every answer on Discord: a row of two
 * buttons whose custom ids are `feedback_helpful:<question id>` and
 * `feedback_handoff:<question id>`. A click goes to the core's FeedbackDesk;
 * the asker's answer gets the acknowledgement in place of the row (an
 * update of the message); anyone else gets an ephemeral reply.
 */
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type ButtonInteraction } from 'discord.js';
import type { Language } from '../../src/content/types.js';
import { buttonLabel } from '../../src/feedback/phrases.js';
import { FEEDBACK_ACTIONS, FEEDBACK_KINDS, type FeedbackDesk, type FeedbackKind } from '../../src/feedback/types.js';
import type { Logger } from '../../src/log.js';
import { NO_MENTIONS, defuseMentions, truncate } from './safety.js';

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

export async function onFeedbackButton(feedback: FeedbackDesk, interaction: ButtonInteraction, kind: FeedbackKind, logger: Logger): Promise<void> {
  const questionId = interaction.customId.slice(PREFIX[kind].length);
  const result = await feedback.click({ questionId, kind, userId: interaction.user.id });
  logger.info({ interaction: interaction.id, question: questionId, action: kind, outcome: result.outcome, user: interaction.user.id }, 'discord feedback click');
  const text = truncate(defuseMentions(result.text), 2000);
  if (result.outcome !== 'recorded' && result.outcome !== 'already') {
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
