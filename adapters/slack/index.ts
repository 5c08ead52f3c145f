/**
 * The Slack adapter: Bolt in, the core's MessageHandler in the middle, Block
 * Kit out. Mentions are answered in a thread under the question, DMs in the
 * DM, `/jobs` privately (staff sub-commands included: the core runs them);
 * clarify buttons answer the original question for the posting picked. This
 * module wires the parts; the Bolt listeners are in listeners.ts.
 *
 * With a HandoffService, the adapter registers its Slack transport
 * (handoff-transport.ts): the service pings the recruiter, updates the ping
 * and relays the answer; Claim / Dismiss / Save-as-answer clicks and staff
 * replies in a ping's thread go to the service (handoff-events.ts). Without
 * one, a handoff is a one-shot ping (ping.ts) and clicks go to
 * `onHandoffAction`.
 */
import type { App, CustomRoute } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { Adapter, ConversationIO, IncomingMessage, MessageHandler } from '../../src/chat/types.js';
import { PlatformError, describe } from '../../src/errors.js';
import type { HandoffService } from '../../src/handoff/service.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus } from '../../src/ops/adapter-status.js';
import { createApp, productionRetry, type RetryPolicy, type SlackMode } from './app.js';
import { createSeenSet, type SeenSet } from './dedupe.js';
import { createThreadRegistry, type ThreadRegistry } from '../../src/chat/memory.js';
import { createHandoffEvents } from './handoff-events.js';
import { registerFeedback } from './feedback.js';
import type { FeedbackDesk } from '../../src/feedback/types.js';
import { createSlackHandoffTransport } from './handoff-transport.js';
import { createConversationIO } from './io.js';
import { createPostOnce } from './post-once.js';
import { registerListeners } from './listeners.js';
import { createNameDirectory } from './names.js';
import { createRecruiterPinger, type HandoffAction } from './ping.js';
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
  /** The threads Candor answers in; the runtime's survives a restart (in memory without it). */
  threads?: ThreadRegistry;
  /** Where Helpful / Ask a recruiter clicks under answers go (action ids `feedback_helpful`, `feedback_handoff`). */
  feedback?: FeedbackDesk;
}

export interface SlackAdapter extends Adapter {
  readonly app: App;
  readonly mode: SlackMode;
  /** The HTTP port actually listened on (HTTP mode, after start), else null. */
  listeningPort(): number | null;
}

export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { config, logger } = deps;
  const log = logger.child({ platform: 'slack' });
  const retry = deps.retry ?? productionRetry;
  const status = deps.status;
  const { app, mode, socket, onceClient, refuseEvents } = createApp({
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
  const answeredThreads = threadSet(deps.threads ?? createThreadRegistry());
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
  const postOnce = createPostOnce({ client: onceClient, retry, ...(status ? { onFailedAttempt: () => status.apiRetry() } : {}) });
  const ioFor = createConversationIO({ client, log, retry, answeredThreads, postOnce, ...(pinger ? { pinger } : {}), ...(status ? { status } : {}) });
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

  registerListeners(app, {
    command: config.command,
    log,
    staff,
    answeredThreads,
    ioFor,
    dispatch: run,
    handoffEvents,
    onHandoffAction: deps.onHandoffAction,
  });
  if (deps.feedback) registerFeedback(app, { feedback: deps.feedback, client, log });

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
    async refuse() {
      if (!handler) return;
      await refuseEvents();
      log.info({ mode }, 'slack: refusing new events while draining; Slack delivers them again');
    },
    async stop() {
      if (!handler) return;
      handler = null;
      port = null;
      // After refuse() the socket is already closed; closing it again must not fail the shutdown.
      await app.stop().catch((error: unknown) => log.debug({ error: describe(error) }, 'slack: stop after refusing'));
      status?.disconnected('stopped');
    },
  };
}
/** The registry as the SeenSet of `channel:thread_ts` keys the listeners and transports use. */
function threadSet(threads: ThreadRegistry): SeenSet {
  return {
    has: (key) => threads.has('slack', key),
    add: (key) => threads.add('slack', key),
    first(key) {
      if (threads.has('slack', key)) return false;
      threads.add('slack', key);
      return true;
    },
  };
}
