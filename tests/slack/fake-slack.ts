/**
 * A local Slack for tests: the Web API methods Candor calls (recording every
 * call, with fault injection), signed deliveries to an app's HTTP receiver
 * (events, slash commands, block_actions), response_url endpoints, and a
 * Socket Mode WebSocket server. Everything listens on 127.0.0.1, port 0.
 * Shapes follow docs.slack.dev and /work/shared/notes/platform-wire-facts.md.
 * Its Web API answers are in fake-slack-api.ts, what it records in fake-slack-data.ts.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { answer } from './fake-slack-api.js';
import { SocketMode, type EnvelopeOptions, type EnvelopeType } from './fake-slack-socket.js';
import {
  FAKE,
  parseParams,
  readBody,
  type Delivery,
  type Fault,
  type FakeSlackOptions,
  type RecordedCall,
  type RecordedResponse,
  type SignOptions,
  type SocketAck,
} from './fake-slack-data.js';

export { FAKE, type Delivery, type Fault, type FakeSlackOptions, type RecordedCall, type RecordedResponse, type SignOptions, type SocketAck } from './fake-slack-data.js';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly usergroups: Map<string, string[]>;
  readonly signingSecret: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  readonly appId: string;
  #seq = 0;
  #ts = 1_715_000_000;
  #tsCounter = 0;
  #faults = new Map<string, Fault[]>();
  #slow = new Map<string, { delayMs: number; times: number }>();
  /** Messages posted, per channel, as conversations.history and conversations.replies return them. */
  readonly messages = new Map<string, Array<Record<string, unknown>>>();
  #waiters = new Set<() => void>();
  readonly #socketMode: SocketMode;
  #server: Server;
  #wss: WebSocketServer;
  /** The one port for the Web API, the response_urls and the socket. */
  port = 0;

  private constructor(options: FakeSlackOptions) {
    this.signingSecret = options.signingSecret ?? FAKE.signingSecret;
    this.botUserId = options.botUserId ?? FAKE.botUserId;
    this.botId = options.botId ?? FAKE.botId;
    this.teamId = options.teamId ?? FAKE.teamId;
    this.appId = options.appId ?? FAKE.appId;
    this.usergroups = new Map(Object.entries(options.usergroups ?? {}));
    this.#server = createServer((req, res) => void this.#route(req, res));
    this.#wss = new WebSocketServer({ server: this.#server, path: '/socket' });
    this.#socketMode = new SocketMode(this.appId, () => this.#notify());
    this.#wss.on('connection', (socket) => this.#socketMode.accept(socket));
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL for `clientOptions.slackApiUrl` (SLACK_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url for a slash command or an action. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/response/${randomUUID()}`;
  }

  /** A new message timestamp, increasing like Slack's. */
  nextTs(): string {
    this.#tsCounter += 1;
    return `${this.#ts + this.#tsCounter}.${String(this.#tsCounter * 100).padStart(6, '0')}`;
  }

  /** The next `times` calls to `method` fail with `status`. */
  fail(method: string, fault: Fault): void {
    const queue = this.#faults.get(method) ?? [];
    queue.push({ ...fault });
    this.#faults.set(method, queue);
  }

  /**
   * The next `times` calls to `method` are carried out (a message is posted)
   * but answered only after `delayMs`, as a slow Slack does.
   */
  slow(method: string, options: { delayMs: number; times: number }): void {
    this.#slow.set(method, { ...options });
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The sequence number of the latest record; pass it as `after` to wait for what comes next. */
  get mark(): number {
    return this.#seq;
  }

  /** Resolves with the first recorded call matching, after `after`; rejects after `timeoutMs`. */
  waitForCall(match: (call: RecordedCall) => boolean, options: { after?: number; timeoutMs?: number } = {}): Promise<RecordedCall> {
    const after = options.after ?? 0;
    return this.#waitFor(() => this.calls.find((call) => call.seq > after && match(call)), options.timeoutMs, 'a matching Web API call');
  }

  waitForResponse(match: (response: RecordedResponse) => boolean, options: { after?: number; timeoutMs?: number } = {}): Promise<RecordedResponse> {
    const after = options.after ?? 0;
    return this.#waitFor(
      () => this.responses.find((response) => response.seq > after && match(response)),
      options.timeoutMs,
      'a matching response_url post',
    );
  }

  /** Polls `probe` on every new record (and every 20 ms) until it returns a value. */
  #waitFor<T>(probe: () => T | undefined, timeoutMs = 5_000, what = 'a condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const found = probe();
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const interval = setInterval(check, 20);
      const waiter = () => void check();
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(interval);
        this.#waiters.delete(waiter);
      };
      if (!check()) this.#waiters.add(waiter);
    });
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  // ---- Web API ----------------------------------------------------------

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (url.pathname.startsWith('/api/')) return this.#api(url.pathname.slice('/api/'.length), req, body, res);
    if (url.pathname.startsWith('/response/')) {
      const failed = this.#takeFault('response_url', res);
      if (failed) return;
      this.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(body || '{}'), seq: ++this.#seq });
      this.#notify();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    res.writeHead(404).end();
  }

  #api(method: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    if (this.#takeFault(method, res)) return;
    const params = parseParams(req.headers['content-type'] ?? '', raw);
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : typeof params.token === 'string' ? params.token : null;
    const result = answer(this, method, params, token);
    this.calls.push({ method, params, token, result, seq: ++this.#seq });
    this.#notify();
    const slow = this.#slow.get(method);
    const send = () => {
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    };
    if (slow && slow.times > 0) {
      slow.times -= 1;
      setTimeout(send, slow.delayMs);
      return;
    }
    send();
  }

  #takeFault(method: string, res: ServerResponse): boolean {
    const queue = this.#faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return false;
    fault.times -= 1;
    if (fault.times <= 0) queue.shift();
    this.calls.push({ method, params: {}, token: null, result: { fault: fault.status }, seq: ++this.#seq });
    this.#notify();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.status === 429) headers['retry-after'] = String(fault.retryAfter ?? 0);
    res.writeHead(fault.status, headers).end(fault.status === 429 ? '{"ok":false,"error":"ratelimited"}' : 'upstream failure');
    return true;
  }

  // ---- deliveries to the app's HTTP receiver ------------------------------

  /** POSTs an Events API envelope (JSON), signed. */
  postEvent(appUrl: string, envelope: unknown, options: SignOptions = {}): Promise<Delivery> {
    return this.#deliver(appUrl, JSON.stringify(envelope), 'application/json', options);
  }

  /** POSTs a slash command, form-encoded exactly as Slack does (no charset), signed. */
  postCommand(appUrl: string, fields: Record<string, string>, options: SignOptions = {}): Promise<Delivery> {
    return this.#deliver(appUrl, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** POSTs an interaction payload (`payload=` form field), signed. */
  postInteraction(appUrl: string, payload: unknown, options: SignOptions = {}): Promise<Delivery> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.#deliver(appUrl, body, 'application/x-www-form-urlencoded', options);
  }

  /** Headers Slack would send with `body`. */
  sign(body: string, options: SignOptions = {}): Record<string, string> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const secret = options.signature === 'forged' ? `${this.signingSecret}-forged` : this.signingSecret;
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return {
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(options.retryNum !== undefined
        ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': options.retryReason ?? 'http_timeout' }
        : {}),
    };
  }

  async #deliver(appUrl: string, body: string, contentType: string, options: SignOptions): Promise<Delivery> {
    const response = await fetch(appUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, ...this.sign(body, options) },
      body,
    });
    return { status: response.status, body: await response.text() };
  }

  // ---- Socket Mode --------------------------------------------------------

  /** How many Socket Mode connections have been opened so far. */
  get socketConnections(): number {
    return this.#socketMode.connections;
  }

  /** Waits until at least `count` Socket Mode connections have been opened. */
  waitForSocket(count = 1, timeoutMs = 5_000): Promise<true> {
    return this.#waitFor(() => (this.#socketMode.connections >= count && this.#socketMode.open > 0 ? true : undefined), timeoutMs, 'a socket connection');
  }

  /** Sends an envelope on the open socket and resolves with the client's ack (fake-slack-socket.ts). */
  sendEnvelope(type: EnvelopeType, payload: unknown, options: EnvelopeOptions = {}): Promise<SocketAck> {
    return this.#socketMode.send(type, payload, options);
  }

  /** Asks the client to reconnect, as Slack does when it recycles a connection. */
  requestReconnect(reason = 'refresh_requested'): void {
    this.#socketMode.requestReconnect(reason);
  }

  async close(): Promise<void> {
    this.#socketMode.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
