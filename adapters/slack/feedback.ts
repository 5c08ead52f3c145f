/**
 * Helpful and Ask a recruiter under every answer in Slack. A click is
 * forwarded to the core as a feedback event; the asker sees the
 * buttons replaced by the core's acknowledgement (chat.update, or the
 * response_url for a private `/jobs` answer); anyone else is told privately
 * (chat.postEphemeral) that the buttons are the asker's.
 */
import type { App, BlockButtonAction, RespondFn, types, webApi } from '@slack/bolt';
import { FEEDBACK_ACTIONS, FEEDBACK_KINDS, buttonLabel, type ForwardEvent, type Language, type Logger, type OnError } from '../../src/index.js';
import { escape } from './escape.js';
import type { StaffDirectory } from './staff.js';

type Block = types.KnownBlock;

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
  forward: ForwardEvent;
  client: webApi.WebClient;
  staff: StaffDirectory;
  log: Logger;
  onError: OnError;
}

export function registerFeedback(app: App, deps: FeedbackListenerDeps): void {
  const { client, log } = deps;
  for (const kind of FEEDBACK_KINDS) {
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: FEEDBACK_ACTIONS[kind] }, async ({ ack, body, action, respond }) => {
      await ack();
      const user = body.user.id;
      const channel = body.container?.channel_id ?? body.channel?.id;
      try {
        const actor = { platform: 'slack' as const, id: user, name: body.user.name ?? user, audience: await deps.staff.audienceOf(user) };
        const eventId = body.trigger_id ?? `${user}:${action.action_ts}:${kind}`;
        const result = await deps.forward({ type: 'feedback', kind, questionId: action.value ?? '', actor, eventId });
        log.info({ action: kind, question: action.value, user, outcome: result.outcome }, 'slack: feedback click');
        if (result.outcome === 'done' || result.outcome === 'duplicate') await acknowledge(body, result.message, respond);
        else if (channel) {
          const thread = body.container?.thread_ts ?? body.message?.thread_ts;
          await client.chat.postEphemeral({ channel, user, text: escape(result.message), ...(thread ? { thread_ts: thread } : {}) });
        }
      } catch (error) {
        // The click is not counted when its handoff failed: the asker can click again.
        deps.onError(error, { step: 'slack feedback click', platform: 'slack', action: kind, question: action.value, user });
      }
    });
  }

  /** The answer as it was, its buttons replaced by the acknowledgement. */
  async function acknowledge(body: BlockButtonAction, said: string, respond: RespondFn): Promise<void> {
    const note: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: escape(said) }] };
    const message = body.message;
    const blocks = Array.isArray(message?.blocks) ? (message.blocks as Block[]).filter((block) => block.block_id !== BLOCK_ID) : null;
    const channel = body.container?.channel_id ?? body.channel?.id;
    if (!blocks) {
      // A private answer is not sent back with the click: say it below it instead.
      await respond({ response_type: 'ephemeral', replace_original: false, text: escape(said) });
      return;
    }
    const text = typeof message?.text === 'string' ? message.text : escape(said);
    if (body.container?.is_ephemeral || !channel || !message?.ts) {
      await respond({ replace_original: true, text, blocks: [...blocks, note] });
      return;
    }
    await client.chat.update({ channel, ts: message.ts, text, blocks: [...blocks, note] });
  }
}
