/**
 * The Slack adapter: Bolt in, the core's MessageHandler in the middle, Block
 * Kit out. Mentions are answered in a thread under the question, DMs in the
 * DM, `/jobs` privately; clarify buttons answer the original question for the
 * posting picked; handoffs ping the recruiter in the staff channel.
 */
import type { App, BlockButtonAction, CustomRoute } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { Adapter, ConversationIO, HandoffPing, IncomingMessage, MessageHandler, Outgoing } from '../../src/chat/types.js';
import { PlatformError, describe } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import { createApp, productionRetry, withRetry, type RetryPolicy, type SlackMode } from './app.js';
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
import { createRecruiterPinger, HANDOFF_CLAIM, HANDOFF_DISMISS, type HandoffAction, type Origin } from './ping.js';
import { CHOOSE_ACTION, decodeChoice, renderOutgoing } from './render.js';
import { createStaffDirectory } from './staff.js';

export type { HandoffAction } from './ping.js';
export type { RetryPolicy } from './app.js';

export interface SlackAdapterDeps {
  config: SlackConfig;
  /** HTTP mode listens here (0 for any free port); unused in Socket Mode. */
  port: number;
  logger: Logger;
  /** Reserved for the staff-commands issue; not read by the adapter yet. */
  staffCommands?: unknown;
  /**
   * Claim / Dismiss clicks on a recruiter ping (action ids `handoff_claim`,
   * `handoff_dismiss`). The adapter acks the click and hands it over; the
   * handoff workflow decides what it means. Without it a click is only logged.
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

type Place =
  | { kind: 'message'; channel: string; replyThreadTs: string | null; origin: Origin }
  | { kind: 'ephemeral'; channel: string; user: string; responseUrl: string | null; origin: Origin };

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
  const pinger = createRecruiterPinger({ client, handoffChannel: config.handoffChannel, logger: log });
  const seenEvents = createSeenSet(5_000);
  const seenMessages = createSeenSet(5_000);
  const answeredThreads = createSeenSet(20_000);
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

  /** Logs a failed delivery with its context (never its text) and rethrows it as a PlatformError. */
  async function deliver(call: string, context: Record<string, unknown>, task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (error) {
      status?.apiError();
      log.error({ ...context, call, error: describe(error) }, 'slack: reply failed');
      throw new PlatformError('slack', `${call} failed`, { cause: error });
    }
  }

  function ioFor(place: Place, question: string): ConversationIO {
    const say = async (outgoing: Outgoing): Promise<void> => {
      const message = renderOutgoing(outgoing, question);
      const context = { channel: place.channel, kind: outgoing.kind, place: place.kind };
      if (place.kind === 'message') {
        const thread = place.replyThreadTs;
        await deliver('chat.postMessage', { ...context, thread }, () =>
          client.chat.postMessage({
            channel: place.channel,
            ...(thread ? { thread_ts: thread } : {}),
            ...message,
            unfurl_links: false,
            unfurl_media: false,
          }),
        );
        if (thread) answeredThreads.add(`${place.channel}:${thread}`);
        return;
      }
      const responseUrl = place.responseUrl;
      if (responseUrl) {
        try {
          await withRetry(() => respond(responseUrl, message), retry, isRetryableResponse);
          return;
        } catch (error) {
          log.warn({ ...context, error: describe(error) }, 'slack: response_url failed, trying chat.postEphemeral');
        }
      }
      await deliver('chat.postEphemeral', context, () =>
        client.chat.postEphemeral({ channel: place.channel, user: place.user, ...message }),
      );
    };
    const pingRecruiter = async (ping: HandoffPing): Promise<void> => {
      try {
        await pinger.ping(ping, place.origin);
      } catch (error) {
        status?.apiError();
        throw error;
      }
    };
    return { say, pingRecruiter };
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

  for (const [actionId, action] of [
    [HANDOFF_CLAIM, 'claim'],
    [HANDOFF_DISMISS, 'dismiss'],
  ] as const) {
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: actionId }, async ({ ack, body, action: button }) => {
      await ack();
      const parsed: BlockActionBody | null = parseBlockAction(body);
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
          await app.start();
          status?.connected();
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

async function respond(responseUrl: string, message: { text: string; blocks: unknown[] }): Promise<void> {
  const response = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new ResponseUrlError(response.status);
}

class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered ${status}`);
  }
}

function isRetryableResponse(error: unknown): boolean {
  return !(error instanceof ResponseUrlError) || error.status === 429 || error.status >= 500;
}
