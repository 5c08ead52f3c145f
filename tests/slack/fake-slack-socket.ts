/** The Socket Mode side of the local Slack (fake-slack.ts): the connections the app opens, envelopes sent on them, their acks. */
import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { SocketAck } from './fake-slack-data.js';

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';
export type EnvelopeOptions = { retryAttempt?: number; retryReason?: string; timeoutMs?: number };

export class SocketMode {
  /** How many connections have been opened so far. */
  connections = 0;
  readonly #sockets = new Set<WebSocket>();
  readonly #acks = new Map<string, (ack: SocketAck) => void>();
  readonly #appId: string;
  readonly #notify: () => void;

  constructor(appId: string, notify: () => void) {
    this.#appId = appId;
    this.#notify = notify;
  }

  /** Connections open now. */
  get open(): number {
    return this.#sockets.size;
  }

  accept(socket: WebSocket): void {
    this.connections += 1;
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('message', (data) => {
      let ack: SocketAck;
      try {
        ack = JSON.parse(String(data)) as SocketAck;
      } catch {
        return;
      }
      this.#acks.get(ack.envelope_id)?.(ack);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.#sockets.size,
        debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.#appId },
      }),
    );
    this.#notify();
  }

  /**
   * Sends an envelope on the open socket and resolves with the client's ack
   * (rejects when none arrives in `timeoutMs`, as Slack would retry).
   */
  send(type: EnvelopeType, payload: unknown, options: EnvelopeOptions = {}): Promise<SocketAck> {
    const socket = [...this.#sockets].at(-1);
    if (!socket) return Promise.reject(new Error('fake slack: no socket connected'));
    const envelopeId = randomUUID();
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' } : {}),
    };
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#acks.delete(envelopeId);
        reject(new Error(`fake slack: no ack for ${type} envelope within ${options.timeoutMs ?? 3_000} ms`));
      }, options.timeoutMs ?? 3_000);
      this.#acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        this.#acks.delete(envelopeId);
        resolve(ack);
      });
      socket.send(JSON.stringify(envelope));
    });
  }

  /** Asks the client to reconnect, as Slack does when it recycles a connection. */
  requestReconnect(reason: string): void {
    for (const socket of this.#sockets) socket.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-slack' } }));
  }

  terminate(): void {
    for (const socket of this.#sockets) socket.terminate();
  }
}
