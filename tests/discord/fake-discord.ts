/**
 * A local Discord for tests: the REST API under /api/v10 and a gateway
 * WebSocket on one 127.0.0.1 port, enough for the real, unmodified
 * discord.js Client to log in, receive dispatches and answer. Every REST call
 * is recorded; faults (429 with rate-limit headers, 5xx) can be injected.
 * Gateway events are built from the payloads in tests/fixtures/discord/.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const IDS = {
  bot: '1100000000000000001',
  application: '1100000000000000001',
  guild: '1200000000000000001',
  jobs: '1300000000000000001',
  staffChannel: '1300000000000000002',
  staffRole: '1400000000000000001',
  alice: '1500000000000000001',
  bob: '1500000000000000002',
  recruiter: '1500000000000000003',
  otherBot: '1500000000000000009',
} as const;

type Json = Record<string, any>;

export type UserName = 'alice' | 'bob' | 'recruiter' | 'otherBot';

const USERS: Record<UserName, { id: string; username: string; global_name: string; bot?: boolean; roles: string[] }> = {
  alice: { id: IDS.alice, username: 'alice', global_name: 'Alice', roles: [] },
  bob: { id: IDS.bob, username: 'bob', global_name: 'Bob', roles: [IDS.staffRole] },
  recruiter: { id: IDS.recruiter, username: 'marietta', global_name: 'Marietta', roles: [IDS.staffRole] },
  otherBot: { id: IDS.otherBot, username: 'otherbot', global_name: 'Other Bot', bot: true, roles: [] },
};

const FIXTURES = new URL('../fixtures/discord/', import.meta.url);

export function fixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Json;
}

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, URL-decoded (`/webhooks/1/tok/messages/@original`). */
  path: string;
  query: string;
  authorization: string | null;
  body: any;
  status: number;
}

/** A message the bot made visible: a channel message, or an interaction response. */
export interface SentMessage {
  via: 'channel' | 'interaction' | 'followup';
  channelId: string;
  message: Json;
  /** The request body as the bot sent it (allowed_mentions, components...). */
  body: Json;
  interactionToken?: string;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: 429 | 500 | 502 | 503;
  times: number;
  /** Seconds, for 429. */
  retryAfter?: number;
  global?: boolean;
}

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface InteractionState {
  id: string;
  channelId: string;
  ephemeral: boolean;
  original: Json | null;
  /** A second callback is refused, as Discord does (40060). */
  acknowledged: boolean;
  /** The INTERACTION_CREATE payload, for a repeated delivery. */
  payload: Json;
}

/** An edit of a message the bot sent (PATCH /channels/:id/messages/:id). */
export interface EditedMessage {
  channelId: string;
  messageId: string;
  body: Json;
  /** The message after the edit. */
  message: Json;
}

/** A sub-command option of `/jobs`, as Discord sends it. */
export interface CommandOption {
  name: string;
  /** 3 string, 4 integer. */
  type: 3 | 4;
  value: string | number;
}

export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly edits: EditedMessage[] = [];
  readonly gatewayLog: { op: number; t?: string | null; d?: any }[] = [];
  identifies = 0;
  resumes = 0;

  #server: Server;
  #wss: WebSocketServer;
  #port = 0;
  #faults: Fault[] = [];
  #slow: Array<{ method: string; path: RegExp; delayMs: number; times: number }> = [];
  #socket: WebSocket | null = null;
  #sessionId = '';
  #seq = 0;
  #dispatches: Dispatch[] = [];
  #channels = new Map<string, Json>();
  #userMessages = new Map<string, Json>();
  /** Messages the bot posted in channels, by id (threads can start on them; they can be edited). */
  #botMessages = new Map<string, Json>();
  #dmChannels = new Map<string, string>();
  #interactions = new Map<string, InteractionState>();
  #ids = 0n;

  private constructor(readonly heartbeatIntervalMs: number) {
    this.#server = createServer((req, res) => void this.#onRequest(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
    for (const channel of fixture('guild-create').channels as Json[]) {
      this.#channels.set(channel.id, { ...channel, guild_id: IDS.guild });
    }
  }

  static async start(options: { heartbeatIntervalMs?: number } = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options.heartbeatIntervalMs ?? 41_250);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** For `rest.api` / DISCORD_API_URL: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get connected(): boolean {
    return this.#socket !== null;
  }

  async stop(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next `times` requests matching are carried out (a message is posted) but answered only after `delayMs`. */
  slow(options: { method: string; path: RegExp; delayMs: number; times: number }): void {
    this.#slow.push({ ...options });
  }

  /** The next `times` requests matching answer `status` instead. */
  fail(fault: Fault): void {
    this.#faults.push({ ...fault });
  }

  snowflake(): string {
    const time = BigInt(Date.now() - 1_420_070_400_000) << 22n;
    this.#ids += 1n;
    return (time + (this.#ids % 4096n)).toString();
  }

  // ---- gateway --------------------------------------------------------------

  /** Sends a dispatch with the next sequence number; kept for replay on RESUME. */
  dispatch(t: string, d: unknown): number {
    const payload: Dispatch = { op: 0, t, s: ++this.#seq, d };
    this.#dispatches.push(payload);
    this.#socket?.send(JSON.stringify(payload));
    return payload.s;
  }

  /** op 7: the client closes, reconnects to resume_gateway_url and RESUMEs. Dispatches meanwhile are replayed. */
  requestReconnect(): void {
    const socket = this.#socket;
    this.#socket = null;
    socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  #onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["gateway-fake",{}]'] } }));
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: any };
      this.gatewayLog.push({ op: payload.op, d: payload.op === 2 || payload.op === 6 ? { ...payload.d, token: '[redacted]' } : payload.d });
      switch (payload.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11 }));
          break;
        case 2:
          this.identifies += 1;
          this.#identify(socket);
          break;
        case 6:
          this.resumes += 1;
          this.#resume(socket, payload.d as { session_id: string; seq: number });
          break;
        default:
          break;
      }
    });
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = null;
    });
  }

  #identify(socket: WebSocket): void {
    this.#sessionId = randomBytes(16).toString('hex');
    this.#seq = 0;
    this.#dispatches = [];
    this.#socket = socket;
    const ready = fixture('ready');
    ready.session_id = this.#sessionId;
    ready.resume_gateway_url = `ws://127.0.0.1:${this.#port}/resume`;
    this.dispatch('READY', ready);
    const guild = fixture('guild-create');
    guild.threads = [...this.#channels.values()].filter((channel) => channel.type === 11);
    this.dispatch('GUILD_CREATE', guild);
  }

  #resume(socket: WebSocket, d: { session_id: string; seq: number }): void {
    if (d.session_id !== this.#sessionId) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    for (const missed of this.#dispatches.filter((dispatch) => dispatch.s > d.seq)) socket.send(JSON.stringify(missed));
    this.#socket = socket;
    this.dispatch('RESUMED', { _trace: ['["gateway-fake",{}]'] });
  }

  // ---- events users cause ---------------------------------------------------

  /** A user writes a message: in #jobs (mentioning the bot unless told not to), in a thread, or in a DM. */
  userMessage(options: {
    content: string;
    user?: UserName;
    channelId?: string;
    dm?: boolean;
    mentionBot?: boolean;
    /** Discord's Reply: the message this one answers. */
    replyTo?: Json;
  }): Json {
    const user = USERS[options.user ?? 'alice'];
    const author = { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name, avatar: null, public_flags: 0, ...(user.bot ? { bot: true } : {}) };
    const id = this.snowflake();
    if (options.dm) {
      const message = fixture('message-create-dm');
      Object.assign(message, { id, nonce: id, author, content: options.content, channel_id: this.#dmChannelFor(user.id), timestamp: new Date().toISOString() });
      if (options.replyTo) Object.assign(message, { type: 19, message_reference: { type: 0, message_id: options.replyTo.id, channel_id: options.replyTo.channel_id } });
      this.#userMessages.set(id, message);
      this.dispatch('MESSAGE_CREATE', message);
      return message;
    }
    const channelId = options.channelId ?? IDS.jobs;
    const channel = this.#channels.get(channelId);
    const mention = options.mentionBot ?? channel?.type !== 11;
    const message = fixture('message-create');
    Object.assign(message, {
      id,
      nonce: id,
      author,
      channel_id: channelId,
      channel_type: channel?.type ?? 0,
      content: mention ? `<@${IDS.bot}> ${options.content}` : options.content,
      timestamp: new Date().toISOString(),
      mention_everyone: /@(everyone|here)\b/.test(options.content),
    });
    message.member.roles = user.roles;
    if (!mention) message.mentions = [];
    if (options.replyTo) {
      Object.assign(message, { type: 19, message_reference: { type: 0, message_id: options.replyTo.id, channel_id: options.replyTo.channel_id, guild_id: IDS.guild } });
    }
    this.#userMessages.set(id, message);
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /**
   * `/jobs ask question:...`, `/jobs postings`, or another sub-command with
   * its options; returns the interaction token to find the response by.
   */
  slashCommand(options: { sub: string; question?: string; options?: CommandOption[]; user?: UserName; channelId?: string }): string {
    const user = USERS[options.user ?? 'alice'];
    const interaction = fixture('interaction-create-command');
    const token = this.#interactionToken();
    const channelId = options.channelId ?? IDS.jobs;
    interaction.id = this.snowflake();
    interaction.token = token;
    interaction.channel_id = channelId;
    interaction.channel = { ...interaction.channel, ...this.#channels.get(channelId), id: channelId };
    interaction.member.user = { ...interaction.member.user, id: user.id, username: user.username, global_name: user.global_name };
    interaction.member.roles = user.roles;
    const subOptions = options.sub === 'ask' ? [{ type: 3, name: 'question', value: options.question ?? '' }] : (options.options ?? []);
    interaction.data.options = [{ type: 1, name: options.sub, ...(subOptions.length ? { options: subOptions } : {}) }];
    this.#interactions.set(token, { id: interaction.id, channelId, ephemeral: false, original: null, acknowledged: false, payload: interaction });
    this.dispatch('INTERACTION_CREATE', interaction);
    return token;
  }

  /** A click on a button of a message the bot sent; returns the interaction token. */
  clickButton(options: { message: Json; customId: string; user?: UserName }): string {
    const user = USERS[options.user ?? 'alice'];
    const interaction = fixture('interaction-create-button');
    const token = this.#interactionToken();
    const channelId = options.message.channel_id as string;
    const channel = this.#channels.get(channelId);
    interaction.id = this.snowflake();
    interaction.token = token;
    interaction.message = options.message;
    interaction.data = { ...interaction.data, custom_id: options.customId };
    interaction.channel_id = channelId;
    if (channel) {
      interaction.channel = { ...channel, permissions: interaction.channel.permissions };
    } else {
      // A DM: no guild, the user instead of a member.
      delete interaction.guild_id;
      delete interaction.guild;
      delete interaction.member;
      interaction.user = { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name, avatar: null };
      interaction.channel = { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [interaction.user] };
      interaction.context = 1;
      interaction.authorizing_integration_owners = { '0': IDS.guild };
    }
    if (interaction.member) {
      interaction.member.user = { ...interaction.member.user, id: user.id, username: user.username, global_name: user.global_name };
      interaction.member.roles = user.roles;
    }
    this.#interactions.set(token, { id: interaction.id, channelId, ephemeral: false, original: null, acknowledged: false, payload: interaction });
    this.dispatch('INTERACTION_CREATE', interaction);
    return token;
  }

  /** The same interaction delivered again (same id and token), as a gateway may after a resume. */
  redeliver(token: string): void {
    const state = this.#interactions.get(token);
    if (!state) throw new Error('no such interaction');
    this.dispatch('INTERACTION_CREATE', state.payload);
  }

  /** A message the bot posted in a channel, as it is now (after edits). */
  botMessage(id: string): Json | undefined {
    return this.#botMessages.get(id);
  }

  isDmChannel(channelId: string): boolean {
    return [...this.#dmChannels.values()].includes(channelId);
  }

  #dmChannelFor(userId: string): string {
    let channelId = this.#dmChannels.get(userId);
    if (!channelId) {
      channelId = this.snowflake();
      this.#dmChannels.set(userId, channelId);
    }
    return channelId;
  }

  #interactionToken(): string {
    return `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`;
  }

  // ---- waiting ---------------------------------------------------------------

  /** Polls until `find` returns something, or fails naming what it waited for. */
  async waitFor<T>(find: () => T | undefined | null | false, what: string, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  // ---- REST -----------------------------------------------------------------

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
      query: url.search,
      authorization: req.headers.authorization ?? null,
      body: raw && String(req.headers['content-type']).startsWith('application/json') ? JSON.parse(raw) : raw || null,
      status: 0,
    };
    this.calls.push(call);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, {
        'x-ratelimit-limit': '50',
        'x-ratelimit-remaining': '49',
        'x-ratelimit-reset-after': '1',
        'x-ratelimit-bucket': bucketOf(call),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!url.pathname.startsWith('/api/v10/')) return reply(404, { message: '404: Not Found', code: 0 });

    const fault = this.#faults.find((f) => f.times > 0 && f.path.test(call.path) && (!f.method || f.method === call.method));
    if (fault) {
      fault.times -= 1;
      if (fault.status === 429) {
        const after = fault.retryAfter ?? 0.05;
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: after, global: Boolean(fault.global), code: 0 },
          {
            'retry-after': String(after),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(after),
            'x-ratelimit-scope': fault.global ? 'global' : 'user',
            ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
          },
        );
      }
      return reply(fault.status, { message: `${fault.status}: Server Error`, code: 0 });
    }

    try {
      const [status, body] = this.#route(call);
      const slow = this.#slow.find((s) => s.times > 0 && s.method === call.method && s.path.test(call.path));
      if (slow) {
        slow.times -= 1;
        setTimeout(() => {
          if (!res.destroyed) reply(status, body);
        }, slow.delayMs);
        return;
      }
      reply(status, body);
    } catch (error) {
      reply(500, { message: String(error), code: 0 });
    }
  }

  #route(call: RecordedCall): [number, unknown] {
    const { method, path, body } = call;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `ws://127.0.0.1:${this.#port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/users/@me') return [200, botUser()];
    if (method === 'GET' && path === '/oauth2/applications/@me') {
      return [200, { id: IDS.application, name: 'Candor', description: '', bot_public: false, bot_require_code_grant: false, flags: 8953856, bot: botUser() }];
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const channel = this.#channels.get(m[1]!);
      if (!channel && !this.isDmChannel(m[1]!)) return [404, { message: 'Unknown Channel', code: 10003 }];
      // enforce_nonce: a second request with the same nonce gets the first message back, and nothing is posted.
      const same = body.enforce_nonce && body.nonce !== undefined ? [...this.#botMessages.values()].find((sent) => sent.channel_id === m![1] && sent.nonce === body.nonce) : undefined;
      if (same) return [200, same];
      const message: Json = { ...this.#botMessage(m[1]!, body), ...(body.nonce !== undefined ? { nonce: body.nonce } : {}) };
      this.#botMessages.set(message.id, message);
      this.sent.push({ via: 'channel', channelId: m[1]!, message, body });
      // Discord echoes the bot's own messages on the gateway: the adapter must ignore them.
      this.dispatch('MESSAGE_CREATE', { ...message, ...(channel ? { guild_id: IDS.guild, member: { roles: [], joined_at: message.timestamp, deaf: false, mute: false, flags: 0 } } : {}) });
      return [200, message];
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      const [, channelId, messageId] = m as unknown as [string, string, string];
      if (!this.#userMessages.has(messageId) && !this.#botMessages.has(messageId)) return [404, { message: 'Unknown Message', code: 10008 }];
      if (this.#channels.has(messageId)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
      const thread = fixture('thread-create');
      Object.assign(thread, { id: messageId, parent_id: channelId, name: body.name, guild_id: IDS.guild });
      thread.member.id = messageId;
      thread.thread_metadata.auto_archive_duration = body.auto_archive_duration ?? 1440;
      const { newly_created: _created, ...stored } = thread;
      this.#channels.set(messageId, stored);
      this.dispatch('THREAD_CREATE', thread);
      return [201, stored];
    }
    if (method === 'PATCH' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      const [, channelId, messageId] = m as unknown as [string, string, string];
      const edited = this.#edit(channelId, messageId, body);
      return edited ? [200, edited] : [404, { message: 'Unknown Message', code: 10008 }];
    }
    if (method === 'GET' && (m = path.match(/^\/guilds\/(\d+)\/members\/(\d+)$/))) {
      const user = Object.values(USERS).find((candidate) => candidate.id === m![2]);
      if (m[1] !== IDS.guild || !user) return [404, { message: 'Unknown Member', code: 10007 }];
      const { roles, ...profile } = user;
      return [
        200,
        {
          user: { ...profile, discriminator: '0', avatar: null, public_flags: 0 },
          roles,
          nick: null,
          avatar: null,
          joined_at: '2025-02-01T12:00:00.000000+00:00',
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
        },
      ];
    }
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)$/))) {
      const channel = this.#channels.get(m[1]!);
      return channel ? [200, channel] : [404, { message: 'Unknown Channel', code: 10003 }];
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const user = Object.values(USERS).find((candidate) => candidate.id === body.recipient_id);
      const id = this.#dmChannelFor(body.recipient_id);
      const recipient = { id: body.recipient_id, username: user?.username ?? 'someone', discriminator: '0', global_name: user?.global_name ?? null, avatar: null };
      return [200, { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] }];
    }
    if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const state = this.#interactions.get(m[2]!);
      if (!state || state.id !== m[1]) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (state.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      state.acknowledged = true;
      const flags = Number(body.data?.flags ?? 0);
      state.ephemeral = (flags & 64) !== 0;
      // UPDATE_MESSAGE edits the message whose component was clicked.
      const clicked = body.type === 7 ? (state.payload.message as Json | undefined) : undefined;
      if (clicked) this.#edit(clicked.channel_id as string, clicked.id as string, body.data ?? {});
      if (body.type === 4 || body.type === 7) {
        state.original = this.#botMessage(state.channelId, body.data ?? {}, { interaction: true });
        this.sent.push({ via: 'interaction', channelId: state.channelId, message: state.original, body: body.data ?? {}, interactionToken: m[2]! });
      }
      if (!call.query.includes('with_response=true')) return [204, undefined];
      return [200, { interaction: { id: state.id, type: 2, response_message_loading: body.type === 5, response_message_ephemeral: state.ephemeral }, resource: { type: body.type, ...(state.original ? { message: state.original } : {}) } }];
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/))) {
      const token = m[2]!;
      const state = this.#interactions.get(token);
      if (!state) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (m[3] && method === 'PATCH') {
        state.original = { ...(state.original ?? this.#botMessage(state.channelId, {}, { interaction: true, ephemeral: state.ephemeral })), ...this.#botMessage(state.channelId, body, { interaction: true, ephemeral: state.ephemeral }), id: state.original?.id ?? this.snowflake() };
        this.sent.push({ via: 'interaction', channelId: state.channelId, message: state.original, body, interactionToken: token });
        return [200, state.original];
      }
      if (m[3] && method === 'DELETE') return [204, undefined];
      if (m[3] && method === 'GET') return state.original ? [200, state.original] : [404, { message: 'Unknown Message', code: 10008 }];
      if (!m[3] && method === 'POST') {
        const message = this.#botMessage(state.channelId, body, { interaction: true });
        this.sent.push({ via: 'followup', channelId: state.channelId, message, body, interactionToken: token });
        return [200, message];
      }
    }
    if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const commands = (body as Json[]).map((command) => ({ ...command, id: this.snowflake(), application_id: m![1], version: this.snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      return [200, commands];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** Edits a message the bot posted in a channel, as PATCH does; undefined when there is none. */
  #edit(channelId: string, messageId: string, body: Json): Json | undefined {
    const stored = this.#botMessages.get(messageId);
    if (!stored || stored.channel_id !== channelId) return undefined;
    const edited: Json = { ...stored, edited_timestamp: new Date().toISOString() };
    if ('content' in body) edited.content = body.content ?? '';
    if ('embeds' in body) edited.embeds = (body.embeds ?? []).map((embed: Json) => ({ type: 'rich', ...embed }));
    if ('components' in body) edited.components = body.components ?? [];
    this.#botMessages.set(messageId, edited);
    this.edits.push({ channelId, messageId, body, message: edited });
    return edited;
  }

  #botMessage(channelId: string, body: Json, options: { interaction?: boolean; ephemeral?: boolean } = {}): Json {
    const id = this.snowflake();
    const reference = body.message_reference;
    return {
      id,
      type: reference ? 19 : options.interaction ? 20 : 0,
      channel_id: channelId,
      author: botUser(),
      content: body.content ?? '',
      embeds: (body.embeds ?? []).map((embed: Json) => ({ type: 'rich', ...embed })),
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: (Number(body.flags ?? 0) | (options.ephemeral ? 64 : 0)),
      ...(reference ? { message_reference: { type: 0, channel_id: channelId, guild_id: this.#channels.has(channelId) ? IDS.guild : undefined, ...reference } } : {}),
    };
  }
}

function botUser(): Json {
  return { id: IDS.bot, username: 'Candor', discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0, public_flags: 0 };
}

function bucketOf(call: RecordedCall): string {
  return Buffer.from(`${call.method} ${call.path.replace(/\d{15,}/g, ':id')}`).toString('base64url').slice(0, 32);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
