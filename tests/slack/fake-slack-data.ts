/** What the local Slack (fake-slack.ts) records and is told, its fixed ids, and how it reads a request. */
import type { IncomingMessage } from 'node:http';

export interface RecordedCall {
  method: string;
  /** Form fields; `blocks` and `attachments` parsed from their JSON strings. */
  params: Record<string, unknown>;
  /** The bearer token the call carried. */
  token: string | null;
  /** What the fake answered (for chat.postMessage: the message with its ts). */
  result: Record<string, unknown>;
  seq: number;
}

export interface RecordedResponse {
  /** The response_url path id. */
  id: string;
  body: Record<string, unknown>;
  seq: number;
}

export interface Fault {
  status: 429 | 500 | 502 | 503;
  /** How many calls in a row fail. */
  times: number;
  /** Seconds, for 429. */
  retryAfter?: number;
}

export interface Delivery {
  status: number;
  body: string;
}

export interface SignOptions {
  /** 'forged' signs with the wrong secret. */
  signature?: 'valid' | 'forged';
  /** Seconds since the epoch for the timestamp header; stale = older than 5 minutes. */
  timestamp?: number;
  retryNum?: number;
  retryReason?: string;
}

export interface FakeSlackOptions {
  signingSecret?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  appId?: string;
  /** User groups and their members, for usergroups.users.list. */
  usergroups?: Record<string, string[]>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export const FAKE = {
  botUserId: 'U0CANDORBOT',
  botId: 'B0CANDORBOT',
  teamId: 'T0CANDOR',
  appId: 'A0CANDOR',
  signingSecret: 'fake-signing-secret',
} as const;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseParams(contentType: string, raw: string): Record<string, unknown> {
  const params: Record<string, unknown> = contentType.includes('application/json')
    ? (JSON.parse(raw || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'metadata']) {
    const value = params[key];
    if (typeof value === 'string') {
      try {
        params[key] = JSON.parse(value);
      } catch {
        // left as sent
      }
    }
  }
  return params;
}
