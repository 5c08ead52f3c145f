/** Test payloads built from the recorded shapes in tests/fixtures/slack/, with the fields a test cares about replaced. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtureDir = fileURLToPath(new URL('../fixtures/slack/', import.meta.url));

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${fixtureDir}${name}`, 'utf8')) as T;
}

type Json = Record<string, unknown>;

export interface MessageFields {
  text: string;
  user: string;
  channel: string;
  ts: string;
  threadTs?: string;
  botId?: string;
  subtype?: string;
  eventId?: string;
  /** On a thread reply: who posted the thread's first message. */
  parentUserId?: string;
}

/** An `app_mention` Events API envelope. */
export function mentionEnvelope(fields: MessageFields): Json {
  const envelope = fixture<Json & { event: Json }>('app_mention.json');
  return withEvent(envelope, fields, { type: 'app_mention' });
}

/** A `message` envelope: channel_type 'im' for a DM, 'group' for a private channel, 'channel' otherwise. */
export function messageEnvelope(fields: MessageFields & { channelType: 'im' | 'channel' | 'group' }): Json {
  const envelope = fixture<Json & { event: Json }>('message_im.json');
  return withEvent(envelope, fields, { type: 'message', channel_type: fields.channelType });
}

function withEvent(envelope: Json & { event: Json }, fields: MessageFields, extra: Json): Json {
  const event: Json = {
    ...envelope.event,
    ...extra,
    user: fields.user,
    text: fields.text,
    ts: fields.ts,
    event_ts: fields.ts,
    channel: fields.channel,
    blocks: [
      { type: 'rich_text', block_id: 'b1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: fields.text }] }] },
    ],
  };
  if (fields.threadTs) event.thread_ts = fields.threadTs;
  if (fields.parentUserId) event.parent_user_id = fields.parentUserId;
  if (fields.botId) event.bot_id = fields.botId;
  if (fields.subtype) event.subtype = fields.subtype;
  return {
    ...envelope,
    event,
    event_id: fields.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
    event_time: Math.floor(Number(fields.ts)),
  };
}

export interface CommandFields {
  text: string;
  user: string;
  channel: string;
  command: string;
  responseUrl: string;
}

/** Slash command form fields (strings, as Slack sends them). */
export function slashCommand(fields: CommandFields): Record<string, string> {
  const base = fixture<Record<string, string>>('slash_command.json');
  return {
    ...base,
    text: fields.text,
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    channel_id: fields.channel,
    command: fields.command,
    response_url: fields.responseUrl,
    trigger_id: `${Date.now()}.${randomUUID()}`,
  };
}

export interface ClickFields {
  user: string;
  channel: string;
  /** The message holding the button. */
  messageTs: string;
  threadTs?: string;
  ephemeral?: boolean;
  actionId: string;
  value: string;
  label: string;
  responseUrl: string;
  /** Slack gives every interaction its own; pass one to replay the same interaction. */
  triggerId?: string;
  /** The block holding the button. */
  blockId?: string;
}

/** A block_actions payload for a button click. */
export function buttonClick(fields: ClickFields): Json {
  const base = fixture<Json & { message: Json; actions: Json[] }>('block_actions.json');
  const message: Json = { ...base.message, ts: fields.messageTs };
  if (fields.threadTs) message.thread_ts = fields.threadTs;
  else delete message.thread_ts;
  return {
    ...base,
    user: { id: fields.user, username: fields.user.toLowerCase(), name: fields.user.toLowerCase(), team_id: 'T0CANDOR' },
    container: {
      type: 'message',
      message_ts: fields.messageTs,
      channel_id: fields.channel,
      is_ephemeral: fields.ephemeral ?? false,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    },
    channel: { id: fields.channel, name: fields.channel.startsWith('D') ? 'directmessage' : 'jobs' },
    // An ephemeral message is not delivered back with the click.
    ...(fields.ephemeral ? { message: undefined } : { message }),
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `${Date.now()}.${randomUUID().replace(/-/g, '')}`,
    actions: [
      {
        ...base.actions[0],
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'clarify',
        text: { type: 'plain_text', text: fields.label, emoji: true },
        value: fields.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      },
    ],
  };
}
