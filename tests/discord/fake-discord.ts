/**
 * A local Discord for tests: the REST API under /api/v10 and a gateway
 * WebSocket on one 127.0.0.1 port, enough for the real, unmodified
 * discord.js Client to log in, receive dispatches and answer. Every REST call
 * is recorded; faults (429 with rate-limit headers, 5xx) can be injected.
 * Gateway events are built from the payloads in tests/fixtures/discord/.
 * Its routes are in fake-discord-rest.ts, its fixed world in fake-discord-data.ts.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  IDS,
  USERS,
  fixture,
  type Dispatch,
  type EditedMessage,
  type Fault,
  type InteractionState,
  type Json,
  type RecordedCall,
  type SentMessage,
  type UserName,
} from './fake-discord-data.js';
import { buttonInteraction, commandInteraction, type ClickOptions, type SlashOptions } from './fake-discord-payloads.js';
import { handleRequest } from './fake-discord-rest.js';

export { IDS, fixture, type CommandOption, type EditedMessage, type Fault, type RecordedCall, type SentMessage, type UserName } from './fake-discord-data.js';

export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly edits: EditedMessage[] = [];
  readonly gatewayLog: { op: number; t?: string | null; d?: any }[] = [];
  identifies = 0;
  resumes = 0;

  #server: Server;
  #wss: WebSocketServer;
  /** The one port for REST and the gateway. */
  port = 0;
  readonly faults: Fault[] = [];
  readonly slowCalls: Array<{ method: string; path: RegExp; delayMs: number; times: number }> = [];
  #socket: WebSocket | null = null;
  #sessionId = '';
  #seq = 0;
  #dispatches: Dispatch[] = [];
  readonly channels = new Map<string, Json>();
  readonly userMessages = new Map<string, Json>();
  /** Messages the bot posted in channels, by id (threads can start on them; they can be edited). */
  readonly botMessages = new Map<string, Json>();
  readonly dmChannels = new Map<string, string>();
  readonly interactions = new Map<string, InteractionState>();
  #ids = 0n;

  private constructor(readonly heartbeatIntervalMs: number) {
    this.#server = createServer((req, res) => void handleRequest(this, req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
    for (const channel of fixture('guild-create').channels as Json[]) {
      this.channels.set(channel.id, { ...channel, guild_id: IDS.guild });
    }
  }

  static async start(options: { heartbeatIntervalMs?: number } = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options.heartbeatIntervalMs ?? 41_250);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** For `rest.api` / DISCORD_API_URL: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
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
    this.slowCalls.push({ ...options });
  }

  /** The next `times` requests matching answer `status` instead. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault });
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
    ready.resume_gateway_url = `ws://127.0.0.1:${this.port}/resume`;
    this.dispatch('READY', ready);
    const guild = fixture('guild-create');
    guild.threads = [...this.channels.values()].filter((channel) => channel.type === 11);
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
      Object.assign(message, { id, nonce: id, author, content: options.content, channel_id: this.dmChannelFor(user.id), timestamp: new Date().toISOString() });
      if (options.replyTo) Object.assign(message, { type: 19, message_reference: { type: 0, message_id: options.replyTo.id, channel_id: options.replyTo.channel_id } });
      this.userMessages.set(id, message);
      this.dispatch('MESSAGE_CREATE', message);
      return message;
    }
    const channelId = options.channelId ?? IDS.jobs;
    const channel = this.channels.get(channelId);
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
    this.userMessages.set(id, message);
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /**
   * `/jobs ask question:...`, `/jobs postings`, or another sub-command with
   * its options; returns the interaction token to find the response by.
   */
  slashCommand(options: SlashOptions): string {
    const channelId = options.channelId ?? IDS.jobs;
    return this.#interact(channelId, (id, token) => commandInteraction(options, { id, token, channelId, channel: this.channels.get(channelId) }));
  }

  /** A click on a button of a message the bot sent; returns the interaction token. */
  clickButton(options: ClickOptions): string {
    const channelId = options.message.channel_id as string;
    return this.#interact(channelId, (id, token) => buttonInteraction(options, { id, token, channelId, channel: this.channels.get(channelId) }));
  }

  /** Dispatches an interaction made by `make` with a new id and token; returns the token. */
  #interact(channelId: string, make: (id: string, token: string) => Json): string {
    const token = `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`;
    const interaction = make(this.snowflake(), token);
    this.interactions.set(token, { id: interaction.id, channelId, ephemeral: false, original: null, acknowledged: false, payload: interaction });
    this.dispatch('INTERACTION_CREATE', interaction);
    return token;
  }

  /** The same interaction delivered again (same id and token), as a gateway may after a resume. */
  redeliver(token: string): void {
    const state = this.interactions.get(token);
    if (!state) throw new Error('no such interaction');
    this.dispatch('INTERACTION_CREATE', state.payload);
  }

  /** A message the bot posted in a channel, as it is now (after edits). */
  botMessage(id: string): Json | undefined {
    return this.botMessages.get(id);
  }

  isDmChannel(channelId: string): boolean {
    return [...this.dmChannels.values()].includes(channelId);
  }

  dmChannelFor(userId: string): string {
    let channelId = this.dmChannels.get(userId);
    if (!channelId) {
      channelId = this.snowflake();
      this.dmChannels.set(userId, channelId);
    }
    return channelId;
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


}
