/**
 * What the Slack app listens to: messages and mentions, the slash command,
 * clarify clicks, the Apply link and clicks on handoff pings. Each is turned
 * into an IncomingMessage for the core, or forwarded as a staff event; a
 * failure in any of them goes to the error funnel.
 * Commands and clicks are acked first: Slack retries what is not acked
 * within three seconds.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { ConversationIO, HandoffButton, IncomingMessage, Logger, OnError } from '../../src/index.js';
import { createSeenSet, type SeenSet } from './dedupe.js';
import {
  clickPlace,
  commandConversation,
  parseBlockAction,
  parseMessageEvent,
  parseSlashCommand,
  routeMessage,
} from './events.js';
import { HANDOFF_ACTIONS } from './handoff-card.js';
import type { HandoffEvents } from './handoff-events.js';
import type { Place } from './io.js';
import { CHOOSE_ACTION, decodeChoice } from './render.js';
import type { StaffDirectory } from './staff.js';

export interface ListenerDeps {
  /** The slash command, e.g. `/jobs`. */
  command: string;
  log: Logger;
  staff: StaffDirectory;
  /** Threads Candor has answered in (`channel:thread_ts`): follow-ups there need no mention. */
  answeredThreads: SeenSet;
  ioFor: (place: Place, question: string) => ConversationIO;
  /** Runs the core's handler on a message; drops it before start. */
  dispatch: (message: IncomingMessage, io: ConversationIO) => Promise<void>;
  /** Ping clicks and replies in ping threads. */
  handoffEvents: HandoffEvents;
  onError: OnError;
}

/** Bolt does not export the extended error handler's argument type; the last `error` overload takes it. */
type ExtendedErrorArgs = Parameters<Parameters<App['error']>[0]>[0];

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { log, staff, answeredThreads, ioFor, handoffEvents, onError } = deps;
  const seenEvents = createSeenSet(5_000);
  const seenMessages = createSeenSet(5_000);

  const answeredIn = (channel: string, threadTs: string): boolean => answeredThreads.has(`${channel}:${threadTs}`);

  async function onMessageEvent(args: { event: unknown; body: unknown; context: { botUserId?: string; botId?: string; retryNum?: number } }): Promise<void> {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seenEvents.first(eventId)) {
      log.debug({ eventId, retryNum: args.context.retryNum }, 'slack: duplicate event ignored');
      return;
    }
    const event = parseMessageEvent(args.event);
    if (!event) return;
    try {
      if (await handoffEvents.threadReply(event, { botUserId: args.context.botUserId, botId: args.context.botId })) return;
    } catch (error) {
      onError(error, { step: 'slack handoff reply', platform: 'slack', channel: event.channel, thread: event.thread_ts });
      return;
    }
    const route = routeMessage(event, { botUserId: args.context.botUserId, botId: args.context.botId, answeredIn });
    if (route.kind === 'ignore') return;
    if (!seenMessages.first(`${event.channel}:${event.ts}`)) return;
    const message: IncomingMessage = {
      text: route.text,
      author: route.author,
      conversation: route.conversation,
      audience: await staff.audienceOf(route.author.id),
      via: 'message',
      ...(route.permalink ? { permalink: route.permalink } : {}),
      raw: args.event,
    };
    const place: Place = { kind: 'message', channel: event.channel, replyThreadTs: route.replyThreadTs, key: `${event.channel}:${event.ts}` };
    await deps.dispatch(message, ioFor(place, message.text));
  }

  app.event('app_mention', onMessageEvent);
  app.event('message', onMessageEvent);

  app.command(deps.command, async ({ command, ack }) => {
    await ack();
    const parsed = parseSlashCommand(command);
    if (!parsed) return;
    const message: IncomingMessage = {
      text: (parsed.text ?? '').trim(),
      author: { id: parsed.user_id, name: parsed.user_name ?? parsed.user_id, isBot: false, isMe: false },
      conversation: commandConversation(parsed.channel_id, parsed.user_id),
      audience: await staff.audienceOf(parsed.user_id),
      via: 'command',
      raw: command,
    };
    const place: Place = {
      kind: 'ephemeral',
      channel: parsed.channel_id,
      user: parsed.user_id,
      responseUrl: parsed.response_url ?? null,
    };
    await deps.dispatch(message, ioFor(place, message.text));
  });

  app.action<BlockButtonAction>({ type: 'block_actions', action_id: CHOOSE_ACTION }, async ({ ack, body, action }) => {
    await ack();
    const choice = decodeChoice(action.value);
    const parsed = parseBlockAction(body);
    const where = parsed && clickPlace(parsed);
    if (!choice || !parsed || !where) {
      log.warn({ action: action.action_id }, 'slack: clarify click without a usable value or place, ignored');
      return;
    }
    const user = parsed.user.id;
    const message: IncomingMessage = {
      text: choice.question,
      author: { id: user, name: parsed.user.username ?? parsed.user.name ?? user, isBot: false, isMe: false },
      conversation: where.conversation,
      audience: await staff.audienceOf(user),
      via: where.kind === 'ephemeral' ? 'command' : 'message',
      chosenPostingId: choice.postingId,
      ...(where.kind === 'message' && where.permalink ? { permalink: where.permalink } : {}),
      raw: body,
    };
    const place: Place =
      where.kind === 'ephemeral'
        ? { kind: 'ephemeral', channel: where.channel, user, responseUrl: where.responseUrl }
        : {
            kind: 'message',
            channel: where.channel,
            replyThreadTs: where.replyThreadTs,
            key: `${where.channel}:${parsed.trigger_id ?? `${user}:${action.action_ts}`}`,
          };
    await deps.dispatch(message, ioFor(place, message.text));
  });

  // The Apply button is a link; Slack still reports the click, which must be acked.
  app.action({ type: 'block_actions', action_id: 'apply' }, async ({ ack }) => {
    await ack();
  });

  for (const action of Object.keys(HANDOFF_ACTIONS) as HandoffButton[]) {
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: HANDOFF_ACTIONS[action] }, async ({ ack, body, action: button }) => {
      await ack();
      const parsed = parseBlockAction(body);
      if (!parsed) {
        log.warn({ action }, 'slack: handoff click without a usable payload, ignored');
        return;
      }
      try {
        await handoffEvents.click(action, parsed, button);
      } catch (error) {
        onError(error, { step: 'slack handoff click', platform: 'slack', action, handoff: button.value });
      }
    });
  }

  app.error(async ({ error, body }: ExtendedErrorArgs) => {
    const type = (body as { type?: unknown } | undefined)?.type;
    onError(error, { step: 'slack listener', platform: 'slack', ...(typeof type === 'string' ? { type } : {}) });
  });
}
