/**
 * Helpful and Ask a recruiter under every answer in Slack. A click goes to
 * the core's FeedbackDesk as {questionId, kind, userId}; the asker sees the
 * buttons replaced by the core's acknowledgement (chat.update, or the
 * response_url for a private `/jobs` answer); anyone else is told privately
 * (chat.postEphemeral) that the buttons are the asker's.
 */
import type { App, BlockButtonAction, RespondFn, webApi } from '@slack/bolt';
import type { Language } from '../../src/content/types.js';
import { describe } from '../../src/errors.js';
import { buttonLabel } from '../../src/feedback/phrases.js';
import { FEEDBACK_ACTIONS, FEEDBACK_KINDS, type FeedbackDesk, type FeedbackResult } from '../../src/feedback/types.js';
import type { Logger } from '../../src/log.js';
import { escape } from './escape.js';
import type { Block } from './render.js';

const BLOCK_ID = 'feedback';

/** The two buttons, each carrying the answer's question id. */
export function feedbackBlock(questionId: string, language: Language): Block {
  return {
    type: 'actions',
    block_id: BLOCK_ID,
    elements: FEEDBACK_KINDS.map((kind) => ({
      type: 'button' as const,
      action_id: FEEDBACK_ACTIONS[kind],
      text: { type: 'plain_text' as const, text: buttonLabel(language, kind) },
      value: questionId,
    })),
  };
}

export interface FeedbackListenerDeps {
  feedback: FeedbackDesk;
  client: webApi.WebClient;
  log: Logger;
}

export function registerFeedback(app: App, deps: FeedbackListenerDeps): void {
  const { client, log } = deps;
  for (const kind of FEEDBACK_KINDS) {
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: FEEDBACK_ACTIONS[kind] }, async ({ ack, body, action, respond }) => {
      await ack();
      const user = body.user.id;
      const channel = body.container?.channel_id ?? body.channel?.id;
      try {
        const result = await deps.feedback.click({ questionId: action.value ?? '', kind, userId: user });
        log.info({ action: kind, question: action.value, user, outcome: result.outcome }, 'slack: feedback click');
        if (result.outcome === 'recorded' || result.outcome === 'already') await acknowledge(body, result, respond);
        else if (channel) {
          const thread = body.container?.thread_ts ?? body.message?.thread_ts;
          await client.chat.postEphemeral({ channel, user, text: escape(result.text), ...(thread ? { thread_ts: thread } : {}) });
        }
      } catch (error) {
        // The click is not counted when its handoff failed (the core reported it): the asker can click again.
        log.error({ action: kind, question: action.value, user, error: describe(error) }, 'slack: feedback click failed');
      }
    });
  }

  /** The answer as it was, its buttons replaced by the acknowledgement. */
  async function acknowledge(body: BlockButtonAction, result: FeedbackResult, respond: RespondFn): Promise<void> {
    const note: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: escape(result.text) }] };
    const message = body.message;
    const blocks = Array.isArray(message?.blocks) ? (message.blocks as Block[]).filter((block) => block.block_id !== BLOCK_ID) : null;
    const channel = body.container?.channel_id ?? body.channel?.id;
    if (!blocks) {
      // A private answer is not sent back with the click: say it below it instead.
      await respond({ response_type: 'ephemeral', replace_original: false, text: escape(result.text) });
      return;
    }
    const text = typeof message?.text === 'string' ? message.text : escape(result.text);
    if (body.container?.is_ephemeral || !channel || !message?.ts) {
      await respond({ replace_original: true, text, blocks: [...blocks, note] });
      return;
    }
    await client.chat.update({ channel, ts: message.ts, text, blocks: [...blocks, note] });
  }
}
