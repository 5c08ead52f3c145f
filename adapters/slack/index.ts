/**
 * The Slack adapter: Bolt in, the core's MessageHandler in the middle, Block
 * Kit out. Mentions are answered in a thread under the question, DMs in the
 * DM, `/jobs` privately (staff sub-commands included: the core runs them);
 * clarify buttons answer the original question for the posting picked.
 *
 * With a HandoffService, the adapter registers its Slack transport
 * (handoff-transport.ts): the service pings the recruiter, updates the ping
 * and relays the answer; Claim / Dismiss / Save-as-answer clicks and staff
 * replies in a ping's thread go to the service (handoff-events.ts). Without
 * one, a handoff is a one-shot ping (ping.ts) and clicks go to
 * `onHandoffAction`.
 */
import type { App, BlockButtonAction, CustomRoute } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { Adapter, ConversationIO, IncomingMessage, MessageHandler } from '../../src/chat/types.js';
import { PlatformError, describe } from '../../src/errors.js';
import type { HandoffService } from '../../src/handoff/service.js';
import type { HandoffButton } from '../../src/handoff/transport.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import { createApp, productionRetry, type RetryPolicy, type SlackMode } from './app.js';
import { createSeenSet } from './dedupe.js';
import {
  clickPlace,
  commandConversation,
  parseBlockAction,
  parseMessageEvent,
  parseSlashCommand,
  routeMessage,
  type BlockActionBody,
} from './events.js';
import { HANDOFF_ACTIONS } from './handoff-card.js';
import { createHandoffEvents } from './handoff-events.js';
import { createSlackHandoffTransport } from './handoff-transport.js';
import { createConversationIO, type Place } from './io.js';
import { createNameDirectory } from './names.js';
import { createRecruiterPinger, type HandoffAction } from './ping.js';
import { CHOOSE_ACTION, decodeChoice } from './render.js';
import { createStaffDirectory } from './staff.js';

export type { HandoffAction } from './ping.js';
export type { RetryPolicy } from './app.js';

export interface SlackAdapterDeps {
  config: SlackConfig;
  /** HTTP mode listens here (0 for any free port); unused in Socket Mode. */
  port: number;
  logger: Logger;
  /**
   * The durable handoff workflow. The adapter registers its Slack transport
   * with it at once (before runtime.start() recovers pending work), routes
   * ping clicks and staff replies in ping threads to it, and stops offering
   * the one-shot ping (io.pingRecruiter): the handler's `handoffs.open` pings.
   */
  handoffs?: HandoffService;
  /**
   * Without `handoffs`: Claim / Dismiss clicks on a one-shot ping (action ids
   * `handoff_claim`, `handoff_dismiss`), acked and handed over. Without either,
   * a click is only logged.
   */
  onHandoffAction?: (action: HandoffAction) => Promise<void> | void;
  /** Web API and response_url retries; tests pass a short one. */
  retry?: RetryPolicy;
  /** Connection state and API failures, for /readyz and /metrics. */
  status?: AdapterStatus;
  /** Routes served beside /slack/events on `port` (HTTP mode only; Socket Mode opens no port). */
  customRoutes?: CustomRoute[];
}

export interface SlackAdapter extends Adapter {
  readonly app: App;
  readonly mode: SlackMode;
  /** The HTTP port actually listened on (HTTP mode, after start), else null. */
  listeningPort(): number | null;
}

/** Bolt does not export the extended error handler's argument type; the last `error` overload takes it. */
type ExtendedErrorArgs = Parameters<Parameters<App['error']>[0]>[0];

export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { config, logger } = deps;
  const log = logger.child({ platform: 'slack' });
  const retry = deps.retry ?? productionRetry;
  const status = deps.status;
  const { app, mode, socket } = createApp({
    config,
    port: deps.port,
    logger,
    retry,
    ...(deps.customRoutes ? { customRoutes: deps.customRoutes } : {}),
    ...(status ? { onFailedAttempt: () => status.apiRetry() } : {}),
  });
  if (socket && status) {
    socket.client.on('connected', () => status.connected());
    socket.client.on('reconnecting', () => status.disconnected('socket reconnecting'));
  }
  const client = app.client;
  const staff = createStaffDirectory({ client, staffUserIds: config.staffUserIds, usergroup: config.staffUsergroup, logger: log });
  const seenEvents = createSeenSet(5_000);
  const seenMessages = createSeenSet(5_000);
  const answeredThreads = createSeenSet(20_000);
  const pingThreads = createSeenSet(20_000);
  const handoffs = deps.handoffs;
  if (handoffs) {
    handoffs.register(
      createSlackHandoffTransport({ client, handoffChannel: config.handoffChannel, logger: log, pingThreads, answeredThreads, ...(status ? { status } : {}) }),
    );
  }
  const handoffEvents = handoffs
    ? createHandoffEvents({
        client,
        handoffs,
        staff,
        names: createNameDirectory({ client, logger: log }),
        handoffChannel: config.handoffChannel,
        pingThreads,
        log,
        ...(status ? { status } : {}),
      })
    : null;
  const pinger = handoffs ? undefined : createRecruiterPinger({ client, handoffChannel: config.handoffChannel, logger: log });
  const ioFor = createConversationIO({ client, log, retry, answeredThreads, ...(pinger ? { pinger } : {}), ...(status ? { status } : {}) });
  let handler: MessageHandler | null = null;
  let port: number | null = null;

  async function run(message: IncomingMessage, io: ConversationIO): Promise<void> {
    if (!handler) {
      log.warn({ channel: message.conversation.channelId }, 'slack: message before start, dropped');
      return;
    }
    try {
      await handler(message, io);
    } catch (error) {
      log.error({ channel: message.conversation.channelId, user: message.author.id, error: describe(error) }, 'slack: handler failed');
    }
  }

  const answeredIn = (channel: string, threadTs: string): boolean => answeredThreads.has(`${channel}:${threadTs}`);

  async function onMessageEvent(args: { event: unknown; body: unknown; context: { botUserId?: string; botId?: string; retryNum?: number } }): Promise<void> {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seenEvents.first(eventId)) {
      log.debug({ eventId, retryNum: args.context.retryNum }, 'slack: duplicate event ignored');
      return;
    }
    const event = parseMessageEvent(args.event);
    if (!event) return;
    if (handoffEvents) {
      const facts = { botUserId: args.context.botUserId, botId: args.context.botId };
      try {
        if (await handoffEvents.threadReply(event, facts)) return;
      } catch (error) {
        log.error({ channel: event.channel, thread: event.thread_ts, error: describe(error) }, 'slack: handoff reply failed');
        return;
      }
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
    const place: Place = { kind: 'message', channel: event.channel, replyThreadTs: route.replyThreadTs, origin: route.origin };
    await run(message, ioFor(place, message.text));
  }

  app.event('app_mention', onMessageEvent);
  app.event('message', onMessageEvent);

  app.command(config.command, async ({ command, ack }) => {
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
      origin: { kind: 'command', channel: parsed.channel_id },
    };
    await run(message, ioFor(place, message.text));
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
        ? { kind: 'ephemeral', channel: where.channel, user, responseUrl: where.responseUrl, origin: where.origin }
        : { kind: 'message', channel: where.channel, replyThreadTs: where.replyThreadTs, origin: where.origin };
    await run(message, ioFor(place, message.text));
  });

  // The Apply button is a link; Slack still reports the click, which must be acked.
  app.action({ type: 'block_actions', action_id: 'apply' }, async ({ ack }) => {
    await ack();
  });

  for (const action of Object.keys(HANDOFF_ACTIONS) as HandoffButton[]) {
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: HANDOFF_ACTIONS[action] }, async ({ ack, body, action: button }) => {
      await ack();
      const parsed: BlockActionBody | null = parseBlockAction(body);
      if (handoffEvents) {
        if (!parsed) {
          log.warn({ action }, 'slack: handoff click without a usable payload, ignored');
          return;
        }
        try {
          await handoffEvents.click(action, parsed, button);
        } catch (error) {
          log.error({ action, handoff: button.value, error: describe(error) }, 'slack: handoff action failed');
        }
        return;
      }
      const handoff: HandoffAction = {
        action,
        reference: button.value ?? '',
        userId: parsed?.user.id ?? body.user.id,
        channelId: parsed?.container?.channel_id ?? parsed?.channel?.id ?? null,
        messageTs: parsed?.container?.message_ts ?? parsed?.message?.ts ?? null,
        raw: body,
      };
      if (!deps.onHandoffAction) {
        log.info({ action, reference: handoff.reference, user: handoff.userId }, 'slack: handoff click, no handoff workflow attached');
        return;
      }
      try {
        await deps.onHandoffAction(handoff);
      } catch (error) {
        log.error({ action, reference: handoff.reference, error: describe(error) }, 'slack: handoff action failed');
      }
    });
  }

  app.error(async ({ error, body }: ExtendedErrorArgs) => {
    const type = (body as { type?: unknown } | undefined)?.type;
    log.error({ error: describe(error), code: error.code, type: typeof type === 'string' ? type : undefined }, 'slack: listener error');
  });

  return {
    platform: 'slack',
    app,
    mode,
    listeningPort: () => port,
    async start(next) {
      handler = next;
      try {
        await app.init();
        if (mode === 'http') {
          const server = await app.start(deps.port);
          const address = server.address();
          port = typeof address === 'object' && address ? address.port : deps.port;
          status?.connected();
          log.info({ mode, port }, 'slack: listening for events over HTTP');
        } else {
          await app.start(); // the socket's 'connected' event has told `status`
          log.info({ mode }, 'slack: connected over Socket Mode');
        }
      } catch (error) {
        handler = null;
        throw new PlatformError('slack', `could not start (${describe(error)})`, { cause: error });
      }
    },
    async stop() {
      if (!handler) return;
      handler = null;
      port = null;
      await app.stop();
      status?.disconnected('stopped');
    },
  };
}
