/**
 * The Slack adapter: Bolt in, the core's MessageHandler in the middle, Block
 * Kit out. Mentions are answered in a thread under the question, DMs in the
 * DM, `/jobs` privately (staff sub-commands included: the core runs them);
 * clarify buttons answer the original question for the posting picked;
 * Helpful / Ask a recruiter clicks under an answer are forwarded to the core
 * (feedback.ts). This module wires the parts; the Bolt listeners are in
 * listeners.ts.
 *
 * Its handoff seam is the Slack transport (handoff-transport.ts): the core
 * pings the recruiter, updates the ping and relays the answer through it;
 * Claim / Dismiss / Save-as-answer clicks and staff replies in a ping's
 * thread are forwarded to the core (handoff-events.ts).
 */
import type { App, CustomRoute } from '@slack/bolt';
import {
  PlatformError,
  createThreadRegistry,
  type Adapter,
  type AdapterHost,
  type AdapterStatus,
  type ConversationIO,
  type ForwardEvent,
  type HandoffTransport,
  type IncomingMessage,
  type Logger,
  type OnError,
  type SlackConfig,
  type ThreadRegistry,
} from '../../src/index.js';
import { createApp, productionRetry, type RetryPolicy, type SlackMode } from './app.js';
import { createSeenSet, type SeenSet } from './dedupe.js';
import { createHandoffEvents } from './handoff-events.js';
import { registerFeedback } from './feedback.js';
import { createSlackHandoffTransport } from './handoff-transport.js';
import { createConversationIO } from './io.js';
import { createPostOnce } from './post-once.js';
import { registerListeners } from './listeners.js';
import { createNameDirectory } from './names.js';
import { createStaffDirectory } from './staff.js';

export type { RetryPolicy } from './app.js';

export interface SlackAdapterDeps {
  config: SlackConfig;
  /** HTTP mode listens here (0 for any free port); unused in Socket Mode. */
  port: number;
  logger: Logger;
  /** Web API and response_url retries; tests pass a short one. */
  retry?: RetryPolicy;
  /** Connection state and API failures, for /readyz and /metrics. */
  status?: AdapterStatus;
  /** Routes served beside /slack/events on `port` (HTTP mode only; Socket Mode opens no port). */
  customRoutes?: CustomRoute[];
  /** The threads Candor answers in; the runtime's survives a restart (in memory without it). */
  threads?: ThreadRegistry;
}

export interface SlackAdapter extends Adapter {
  readonly handoffs: HandoffTransport;
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
  const transport = createSlackHandoffTransport({
    client,
    handoffChannel: config.handoffChannel,
    logger: log,
    pingThreads,
    answeredThreads,
    ...(status ? { status } : {}),
  });
  /** Kept after stop(), so a listener still running then reports to the funnel. */
  let host: AdapterHost | null = null;
  let running = false;
  // Events are taken only once started; a click that comes before is Slack's to deliver again.
  const forward: ForwardEvent = (event) => (host ? host.forward(event) : Promise.reject(new Error('slack adapter not started')));
  // Bolt delivers nothing before start(), so the host is there.
  const onError: OnError = (error, context) => host?.onError(error, context);
  const handoffEvents = createHandoffEvents({
    client,
    forward,
    staff,
    names: createNameDirectory({ client, logger: log }),
    handoffChannel: config.handoffChannel,
    pingThreads,
    log,
    ...(status ? { status } : {}),
  });
  const postOnce = createPostOnce({ client: onceClient, retry, ...(status ? { onFailedAttempt: () => status.apiRetry() } : {}) });
  const ioFor = createConversationIO({ client, log, retry, answeredThreads, postOnce, ...(status ? { status } : {}) });
  let port: number | null = null;

  async function run(message: IncomingMessage, io: ConversationIO): Promise<void> {
    if (!host || !running) {
      log.warn({ channel: message.conversation.channelId }, 'slack: message while stopped, dropped');
      return;
    }
    try {
      await host.message(message, io);
    } catch (error) {
      host.onError(error, { step: 'slack message', platform: 'slack', channel: message.conversation.channelId, user: message.author.id });
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
    onError,
  });
  registerFeedback(app, { forward, client, staff, log, onError });

  return {
    platform: 'slack',
    handoffs: transport,
    app,
    mode,
    listeningPort: () => port,
    async start(next) {
      host = next;
      running = true;
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
        running = false;
        throw new PlatformError('slack', { method: mode === 'http' ? 'app.start (HTTP)' : 'app.start (Socket Mode)', cause: error });
      }
    },
    async refuse() {
      if (!running) return;
      await refuseEvents();
      log.info({ mode }, 'slack: refusing new events while draining; Slack delivers them again');
    },
    async stop() {
      if (!running) return;
      running = false;
      port = null;
      // After refuse() the socket is already closed; closing it again must not fail the shutdown.
      await app.stop().catch((error: unknown) => log.debug({ err: error }, 'slack: stop after refusing'));
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
