/**
 * The REST side of the local Discord (fake-discord.ts): each route as
 * Discord answers it, over the fake's channels, messages and interactions.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IDS, USERS, botUser, bucketOf, fixture, readBody, type Json, type RecordedCall } from './fake-discord-data.js';
import type { FakeDiscord } from './fake-discord.js';


/** One REST request: recorded, then a fault, a slow answer or the route's answer. */
export async function handleRequest(fake: FakeDiscord, req: IncomingMessage, res: ServerResponse): Promise<void> {
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
  fake.calls.push(call);
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

  const fault = fake.faults.find((f) => f.times > 0 && f.path.test(call.path) && (!f.method || f.method === call.method));
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
    const [status, body] = route(fake, call);
    const slow = fake.slowCalls.find((s) => s.times > 0 && s.method === call.method && s.path.test(call.path));
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

export function route(fake: FakeDiscord, call: RecordedCall): [number, unknown] {
  const { method, path, body } = call;
  let m: RegExpMatchArray | null;
  if (method === 'GET' && path === '/gateway/bot') {
    return [200, { url: `ws://127.0.0.1:${fake.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }];
  }
  if (method === 'GET' && path === '/users/@me') return [200, botUser()];
  if (method === 'GET' && path === '/oauth2/applications/@me') {
    return [200, { id: IDS.application, name: 'Candor', description: '', bot_public: false, bot_require_code_grant: false, flags: 8953856, bot: botUser() }];
  }
  if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
    const channel = fake.channels.get(m[1]!);
    if (!channel && !fake.isDmChannel(m[1]!)) return [404, { message: 'Unknown Channel', code: 10003 }];
    // enforce_nonce: a second request with the same nonce gets the first message back, and nothing is posted.
    const same = body.enforce_nonce && body.nonce !== undefined ? [...fake.botMessages.values()].find((sent) => sent.channel_id === m![1] && sent.nonce === body.nonce) : undefined;
    if (same) return [200, same];
    const message: Json = { ...botMessage(fake, m[1]!, body), ...(body.nonce !== undefined ? { nonce: body.nonce } : {}) };
    fake.botMessages.set(message.id, message);
    fake.sent.push({ via: 'channel', channelId: m[1]!, message, body });
    // Discord echoes the bot's own messages on the gateway: the adapter must ignore them.
    fake.dispatch('MESSAGE_CREATE', { ...message, ...(channel ? { guild_id: IDS.guild, member: { roles: [], joined_at: message.timestamp, deaf: false, mute: false, flags: 0 } } : {}) });
    return [200, message];
  }
  if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
    const [, channelId, messageId] = m as unknown as [string, string, string];
    if (!fake.userMessages.has(messageId) && !fake.botMessages.has(messageId)) return [404, { message: 'Unknown Message', code: 10008 }];
    if (fake.channels.has(messageId)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
    const thread = fixture('thread-create');
    Object.assign(thread, { id: messageId, parent_id: channelId, name: body.name, guild_id: IDS.guild });
    thread.member.id = messageId;
    thread.thread_metadata.auto_archive_duration = body.auto_archive_duration ?? 1440;
    const { newly_created: _created, ...stored } = thread;
    fake.channels.set(messageId, stored);
    fake.dispatch('THREAD_CREATE', thread);
    return [201, stored];
  }
  if (method === 'PATCH' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
    const [, channelId, messageId] = m as unknown as [string, string, string];
    const edited = editBotMessage(fake, channelId, messageId, body);
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
    const channel = fake.channels.get(m[1]!);
    return channel ? [200, channel] : [404, { message: 'Unknown Channel', code: 10003 }];
  }
  if (method === 'POST' && path === '/users/@me/channels') {
    const user = Object.values(USERS).find((candidate) => candidate.id === body.recipient_id);
    const id = fake.dmChannelFor(body.recipient_id);
    const recipient = { id: body.recipient_id, username: user?.username ?? 'someone', discriminator: '0', global_name: user?.global_name ?? null, avatar: null };
    return [200, { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] }];
  }
  if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
    const state = fake.interactions.get(m[2]!);
    if (!state || state.id !== m[1]) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (state.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    state.acknowledged = true;
    const flags = Number(body.data?.flags ?? 0);
    state.ephemeral = (flags & 64) !== 0;
    // UPDATE_MESSAGE edits the message whose component was clicked.
    const clicked = body.type === 7 ? (state.payload.message as Json | undefined) : undefined;
    if (clicked) editBotMessage(fake, clicked.channel_id as string, clicked.id as string, body.data ?? {});
    if (body.type === 4 || body.type === 7) {
      state.original = botMessage(fake, state.channelId, body.data ?? {}, { interaction: true });
      fake.sent.push({ via: 'interaction', channelId: state.channelId, message: state.original, body: body.data ?? {}, interactionToken: m[2]! });
    }
    if (!call.query.includes('with_response=true')) return [204, undefined];
    return [200, { interaction: { id: state.id, type: 2, response_message_loading: body.type === 5, response_message_ephemeral: state.ephemeral }, resource: { type: body.type, ...(state.original ? { message: state.original } : {}) } }];
  }
  if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/))) {
    const token = m[2]!;
    const state = fake.interactions.get(token);
    if (!state) return [404, { message: 'Unknown Webhook', code: 10015 }];
    if (m[3] && method === 'PATCH') {
      state.original = { ...(state.original ?? botMessage(fake, state.channelId, {}, { interaction: true, ephemeral: state.ephemeral })), ...botMessage(fake, state.channelId, body, { interaction: true, ephemeral: state.ephemeral }), id: state.original?.id ?? fake.snowflake() };
      fake.sent.push({ via: 'interaction', channelId: state.channelId, message: state.original, body, interactionToken: token });
      return [200, state.original];
    }
    if (m[3] && method === 'DELETE') return [204, undefined];
    if (m[3] && method === 'GET') return state.original ? [200, state.original] : [404, { message: 'Unknown Message', code: 10008 }];
    if (!m[3] && method === 'POST') {
      const message = botMessage(fake, state.channelId, body, { interaction: true });
      fake.sent.push({ via: 'followup', channelId: state.channelId, message, body, interactionToken: token });
      return [200, message];
    }
  }
  if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
    const commands = (body as Json[]).map((command) => ({ ...command, id: fake.snowflake(), application_id: m![1], version: fake.snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
    return [200, commands];
  }
  return [404, { message: '404: Not Found', code: 0 }];
}

export function botMessage(fake: FakeDiscord, channelId: string, body: Json, options: { interaction?: boolean; ephemeral?: boolean } = {}): Json {
  const id = fake.snowflake();
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
    ...(reference ? { message_reference: { type: 0, channel_id: channelId, guild_id: fake.channels.has(channelId) ? IDS.guild : undefined, ...reference } } : {}),
  };
}

/** Edits a message the bot posted in a channel, as PATCH does; undefined when there is none. */
function editBotMessage(fake: FakeDiscord, channelId: string, messageId: string, body: Json): Json | undefined {
  const stored = fake.botMessages.get(messageId);
  if (!stored || stored.channel_id !== channelId) return undefined;
  const edited: Json = { ...stored, edited_timestamp: new Date().toISOString() };
  if ('content' in body) edited.content = body.content ?? '';
  if ('embeds' in body) edited.embeds = (body.embeds ?? []).map((embed: Json) => ({ type: 'rich', ...embed }));
  if ('components' in body) edited.components = body.components ?? [];
  fake.botMessages.set(messageId, edited);
  fake.edits.push({ channelId, messageId, body, message: edited });
  return edited;
}
