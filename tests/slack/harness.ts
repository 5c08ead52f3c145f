/**
 * The Slack rig for the shared contract suite (tests/contract/harness.ts):
 * the real Bolt App, built by createSlackAdapter, talking to FakeSlack over
 * HTTP (signed Events API posts) or Socket Mode (a local WebSocket).
 * SeenReply.text is what Slack would show, flattened (visible.ts).
 */
import type { SlackConfig } from '../../src/config.js';
import { createSlackAdapter, type RetryPolicy, type SlackAdapter, type SlackAdapterDeps } from '../../adapters/slack/index.js';
import type { AskOptions, ContractHarness, SeenReply } from '../contract/harness.js';
import { captureLogs, type LogRecord } from '../support/log-capture.js';
import type { Connect } from '../support/runtime.js';
import type { Logger } from '../../src/log.js';
import { FakeSlack, type Delivery, type RecordedCall, type SignOptions, type SocketAck } from './fake-slack.js';
import { buttonClick, mentionEnvelope, messageEnvelope, slashCommand } from './payloads.js';
import { createSlackStaffSide } from './staff-side.js';
import { blocksOf, flatten, isHandoffActions, seen } from './visible.js';

export { blocksOf, flatten } from './visible.js';

export const USERS = { candidate: 'U0CANDID', staff: 'U0STAFF1', other: 'U0OTHER9' } as const;
export const CHANNELS = { jobs: 'C0JOBS', handoff: 'C0HANDOFF' } as const;

/** Fast, bounded retries so fault tests take milliseconds. */
export const TEST_RETRY: RetryPolicy = { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 10, maxRetryTime: 2_000, requestTimeout: 2_000 };

export interface SlackHarnessOptions {
  /** Staff channel for handoffs; null sends recruiter pings by DM. */
  handoffChannel?: string | null;
  staffUsergroup?: string | null;
  usergroups?: Record<string, string[]>;
  retry?: RetryPolicy;
  /** Extra staff user ids beside USERS.staff. */
  staffUserIds?: string[];
  status?: SlackAdapterDeps['status'];
  customRoutes?: SlackAdapterDeps['customRoutes'];
  threads?: SlackAdapterDeps['threads'];
  /** The installation key the captured logs hash user ids with. */
  idKey?: string;
}

export interface SlackHarness extends ContractHarness {
  readonly mode: 'http' | 'socket';
  readonly fake: FakeSlack;
  readonly adapter: SlackAdapter;
  /** The logger the adapter writes to; give it to the core too, and its error lines land in `logs`. */
  readonly logger: Logger;
  /** Every log line the adapter wrote, parsed. */
  readonly logs: LogRecord[];
  /** The same lines as written. */
  readonly logLines: string[];
  /** The app's Events URL (HTTP mode). */
  appUrl(): string;
  /** Delivers an Events API envelope the way the mode does (signed POST or socket envelope). */
  deliverEvent(envelope: unknown, options?: SignOptions): Promise<Delivery | SocketAck>;
  deliverCommand(fields: Record<string, string>, options?: SignOptions): Promise<Delivery | SocketAck>;
  deliverInteraction(payload: unknown, options?: SignOptions): Promise<Delivery | SocketAck>;
  /** `/jobs text` as a user; resolves with the private (response_url) reply. */
  command(text: string, options?: { staff?: boolean; user?: string }): Promise<SeenReply>;
  /** Successful chat.postMessage calls so far. */
  posted(): RecordedCall[];
}

export function createSlackHarness(mode: 'http' | 'socket', options: SlackHarnessOptions = {}): SlackHarness {
  let fake: FakeSlack | null = null;
  let adapter: SlackAdapter | null = null;
  const { logger, records: logs, lines } = captureLogs('debug', options.idKey ? { idKey: options.idKey } : {});
  const handoffChannel = options.handoffChannel === undefined ? CHANNELS.handoff : options.handoffChannel;

  const need = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`slack harness: ${what} before start()`);
    return value;
  };
  const theFake = () => need(fake, 'fake slack');
  const theAdapter = () => need(adapter, 'adapter');

  const appUrl = () => `http://127.0.0.1:${need(theAdapter().listeningPort(), 'HTTP port')}/slack/events`;

  async function deliverEvent(envelope: unknown, sign: SignOptions = {}): Promise<Delivery | SocketAck> {
    if (mode === 'http') return theFake().postEvent(appUrl(), envelope, sign);
    return theFake().sendEnvelope('events_api', envelope, { retryAttempt: sign.retryNum ?? 0, retryReason: sign.retryReason ?? '' });
  }
  async function deliverCommand(fields: Record<string, string>, sign: SignOptions = {}): Promise<Delivery | SocketAck> {
    if (mode === 'http') return theFake().postCommand(appUrl(), fields, sign);
    return theFake().sendEnvelope('slash_commands', fields);
  }
  async function deliverInteraction(payload: unknown, sign: SignOptions = {}): Promise<Delivery | SocketAck> {
    if (mode === 'http') return theFake().postInteraction(appUrl(), payload, sign);
    return theFake().sendEnvelope('interactive', payload);
  }

  /** Waits for Candor's reply in a channel (and thread), posted after `after`. */
  async function replyIn(channel: string, threadTs: string | null, after: number, user: string): Promise<SeenReply> {
    const call = await theFake().waitForCall(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.result.ok === true &&
        c.params.channel === channel &&
        (threadTs === null || c.params.thread_ts === threadTs),
      { after },
    );
    const ts = String(call.result.ts);
    const thread = typeof call.params.thread_ts === 'string' ? call.params.thread_ts : null;
    return seen(call.params, `${channel}/${thread ?? ''}`, async (button) => {
      const mark = theFake().mark;
      await deliverInteraction(
        buttonClick({
          user,
          channel,
          messageTs: ts,
          ...(thread ? { threadTs: thread } : {}),
          actionId: button.actionId,
          value: button.value,
          label: button.label,
          responseUrl: theFake().responseUrl(),
        }),
      );
      return replyIn(channel, thread, mark, user);
    }, async (button) => {
      const mark = theFake().mark;
      const click = buttonClick({ user, channel, messageTs: ts, ...(thread ? { threadTs: thread } : {}), ...button, blockId: 'feedback', responseUrl: theFake().responseUrl() });
      // Slack sends the clicked message along, as it shows.
      await deliverInteraction({ ...click, message: { ...(click.message as object), text: call.params.text, blocks: call.params.blocks } });
      const shown = await theFake().waitForCall((c) => (c.method === 'chat.update' && c.params.ts === ts) || c.method === 'chat.postEphemeral', { after: mark });
      return flatten(shown.params);
    });
  }

  /** Waits for the response_url post for `responseUrl`. */
  async function responseAt(responseUrl: string, channel: string, after: number, user: string): Promise<SeenReply> {
    const id = responseUrl.split('/').at(-1)!;
    const response = await theFake().waitForResponse((r) => r.id === id, { after });
    return seen(response.body, `${channel}/ephemeral`, async (button) => {
      const next = theFake().responseUrl();
      const mark = theFake().mark;
      await deliverInteraction(
        buttonClick({
          user,
          channel,
          messageTs: theFake().nextTs(),
          ephemeral: true,
          actionId: button.actionId,
          value: button.value,
          label: button.label,
          responseUrl: next,
        }),
      );
      return responseAt(next, channel, mark, user);
    }, async (button) => {
      const next = theFake().responseUrl();
      const mark = theFake().mark;
      await deliverInteraction(buttonClick({ user, channel, messageTs: theFake().nextTs(), ephemeral: true, ...button, blockId: 'feedback', responseUrl: next }));
      const id = next.split('/').at(-1)!;
      return flatten((await theFake().waitForResponse((r) => r.id === id, { after: mark })).body);
    });
  }

  const nextTs = () => theFake().nextTs();

  const harness: SlackHarness = {
    mode,
    get fake() {
      return theFake();
    },
    get adapter() {
      return theAdapter();
    },
    logger,
    logs,
    logLines: lines,
    appUrl,
    deliverEvent,
    deliverCommand,
    deliverInteraction,

    async start(connect: Connect) {
      fake = await FakeSlack.start({ usergroups: options.usergroups ?? {} });
      const config: SlackConfig = {
        botToken: 'xoxb-test-token',
        appToken: mode === 'socket' ? 'xapp-test-token' : null,
        signingSecret: mode === 'http' ? fake.signingSecret : null,
        apiUrl: fake.apiUrl,
        handoffChannel,
        staffUserIds: [USERS.staff, ...(options.staffUserIds ?? [])],
        staffUsergroup: options.staffUsergroup ?? null,
        command: '/jobs',
      };
      adapter = createSlackAdapter({
        config,
        port: 0,
        logger,
        retry: options.retry ?? TEST_RETRY,
        ...(options.status ? { status: options.status } : {}),
        ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
        ...(options.threads ? { threads: options.threads } : {}),
      });
      await connect(adapter);
    },

    async ask(text: string, ask: AskOptions = {}) {
      const f = theFake();
      const user = ask.staff ? USERS.staff : USERS.candidate;
      const mark = f.mark;
      const ts = nextTs();
      if (ask.thread) {
        const [channel = '', threadTs = ''] = ask.thread.split('/');
        if (channel.startsWith('D')) {
          await deliverEvent(messageEnvelope({ text, user, channel, ts, channelType: 'im' }));
          return replyIn(channel, null, mark, user);
        }
        await deliverEvent(messageEnvelope({ text, user, channel, ts, threadTs, channelType: 'channel' }));
        return replyIn(channel, threadTs, mark, user);
      }
      if (ask.direct) {
        const channel = `D${user.slice(1)}`;
        await deliverEvent(messageEnvelope({ text, user, channel, ts, channelType: 'im' }));
        return replyIn(channel, null, mark, user);
      }
      await deliverEvent(mentionEnvelope({ text: `<@${f.botUserId}> ${text}`, user, channel: CHANNELS.jobs, ts }));
      return replyIn(CHANNELS.jobs, ts, mark, user);
    },

    async command(text: string, opts: { staff?: boolean; user?: string } = {}) {
      const f = theFake();
      const user = opts.user ?? (opts.staff ? USERS.staff : USERS.candidate);
      const responseUrl = f.responseUrl();
      const mark = f.mark;
      await deliverCommand(slashCommand({ text, user, channel: CHANNELS.jobs, command: '/jobs', responseUrl }));
      return responseAt(responseUrl, CHANNELS.jobs, mark, user);
    },

    pings() {
      const f = theFake();
      return f
        .callsTo('chat.postMessage')
        .filter((call) => call.result.ok === true)
        .filter((call) => (handoffChannel ? call.params.channel === handoffChannel : blocksOf(call.params).some(isHandoffActions)))
        .map((call) => flatten(call.params));
    },

    posted() {
      return theFake()
        .callsTo('chat.postMessage')
        .filter((call) => call.result.ok === true);
    },

    async stop() {
      await adapter?.stop();
      await fake?.close();
      adapter = null;
      fake = null;
    },
  };
  if (handoffChannel) harness.staff = createSlackStaffSide(() => harness, handoffChannel, USERS);
  return harness;
}
