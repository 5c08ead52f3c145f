/** The local Discord's fixed world (ids, users, fixtures) and the shapes it records (fake-discord.ts). */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';

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

export type Json = Record<string, any>;

export type UserName = 'alice' | 'bob' | 'recruiter' | 'otherBot';

export const USERS: Record<UserName, { id: string; username: string; global_name: string; bot?: boolean; roles: string[] }> = {
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

export interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export interface InteractionState {
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

export function botUser(): Json {
  return { id: IDS.bot, username: 'Candor', discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0, public_flags: 0 };
}

export function bucketOf(call: RecordedCall): string {
  return Buffer.from(`${call.method} ${call.path.replace(/\d{15,}/g, ':id')}`).toString('base64url').slice(0, 32);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
