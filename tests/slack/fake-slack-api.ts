/** The Web API methods the local Slack (fake-slack.ts) answers, as Slack answers them. */
import { randomUUID } from 'node:crypto';
import type { FakeSlack } from './fake-slack.js';

export function answer(fake: FakeSlack, method: string, params: Record<string, unknown>, token: string | null): Record<string, unknown> {
  const botToken = token?.startsWith('xoxb-') ?? false;
  switch (method) {
    case 'auth.test':
      if (!botToken) return { ok: false, error: 'invalid_auth' };
      return {
        ok: true,
        url: 'https://candor-test.slack.com/',
        team: 'Candor Test',
        user: 'candor',
        team_id: fake.teamId,
        user_id: fake.botUserId,
        bot_id: fake.botId,
        is_enterprise_install: false,
      };
    case 'apps.connections.open':
      if (!token?.startsWith('xapp-')) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${fake.port}/socket?ticket=${randomUUID()}` };
    case 'chat.postMessage': {
      const ts = fake.nextTs();
      const message = {
        type: 'message',
        user: fake.botUserId,
        bot_id: fake.botId,
        app_id: fake.appId,
        text: params.text ?? '',
        ts,
        ...(params.thread_ts ? { thread_ts: params.thread_ts } : {}),
        ...(params.blocks ? { blocks: params.blocks } : {}),
        ...(params.metadata ? { metadata: params.metadata } : {}),
      };
      const channel = String(params.channel ?? '');
      fake.messages.set(channel, [...(fake.messages.get(channel) ?? []), message]);
      return { ok: true, channel: params.channel, ts, message };
    }
    case 'conversations.history':
    case 'conversations.replies': {
      const all = fake.messages.get(String(params.channel ?? '')) ?? [];
      const thread = method === 'conversations.replies' ? String(params.ts ?? '') : null;
      const found = all.filter((message) => thread === null || message.thread_ts === thread || message.ts === thread);
      const withMetadata = String(params.include_all_metadata) === 'true';
      return { ok: true, messages: found.map(({ metadata, ...rest }) => (withMetadata && metadata ? { ...rest, metadata } : rest)), has_more: false };
    }
    case 'chat.update':
      if (!params.channel || !params.ts) return { ok: false, error: 'message_not_found' };
      return { ok: true, channel: params.channel, ts: params.ts, text: params.text ?? '', message: { text: params.text ?? '', ...(params.blocks ? { blocks: params.blocks } : {}) } };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: fake.nextTs() };
    case 'chat.getPermalink': {
      const channel = String(params.channel ?? '');
      const ts = String(params.message_ts ?? '');
      return { ok: true, channel, permalink: `https://candor-test.slack.com/archives/${channel}/p${ts.replace('.', '')}` };
    }
    case 'conversations.open': {
      const users = String(params.users ?? '');
      return { ok: true, channel: { id: `D${users.replace(/^U/, '')}` } };
    }
    case 'users.info': {
      const user = String(params.user ?? '');
      return { ok: true, user: { id: user, name: user.toLowerCase(), real_name: `User ${user}`, is_bot: false } };
    }
    case 'usergroups.users.list': {
      const group = String(params.usergroup ?? '');
      const users = fake.usergroups.get(group);
      return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
    }
    default:
      return { ok: false, error: 'unknown_method' };
  }
}
