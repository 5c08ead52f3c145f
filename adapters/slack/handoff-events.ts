/**
 * Staff acting on handoffs in Slack: Claim / Dismiss / Save-as-answer clicks
 * on a ping, and replies in a ping's thread (in the handoff channel, or in the
 * recruiter's DM with Candor). Both are forwarded to the core as AdapterEvents
 * with the acting user as an Actor whose audience comes from the adapter's
 * staff rules; the core's sentence is shown to that user only
 * (chat.postEphemeral).
 *
 * A reply in a ping's thread is never a candidate question. Staff replies are
 * recorded (keyed by channel and message ts, so the app_mention and message
 * copies of one message, or a redelivery, count once) and relayed; anyone
 * else is told that only staff can answer, and nothing is relayed.
 */
import type { webApi } from '@slack/bolt';
import type { Actor, AdapterStatus, ForwardEvent, HandoffButton, Logger } from '../../src/index.js';
import { createSeenSet, type SeenSet } from './dedupe.js';
import { escape, mentionedUsers, plainText } from './escape.js';
import { isHuman, isSpoken, stripMention, type BlockActionBody, type MessageEvent } from './events.js';
import type { NameDirectory } from './names.js';
import type { StaffDirectory } from './staff.js';

export interface HandoffEventsDeps {
  client: webApi.WebClient;
  /** The core's door for staff events (AdapterHost.forward). */
  forward: ForwardEvent;
  staff: StaffDirectory;
  names: NameDirectory;
  handoffChannel: string | null;
  /** `channel:ts` of pings this process posted (the transport adds them). */
  pingThreads: SeenSet;
  log: Logger;
  status?: AdapterStatus;
}

export interface HandoffEvents {
  click(button: HandoffButton, body: BlockActionBody, action: { value?: string; action_ts?: string }): Promise<void>;
  /** Handles a reply in a ping's thread; false when the message is not one (route it as usual). */
  threadReply(event: MessageEvent, facts: { botUserId: string | undefined; botId: string | undefined }): Promise<boolean>;
}

export function createHandoffEvents(deps: HandoffEventsDeps): HandoffEvents {
  const { client, forward, staff, names, log, pingThreads } = deps;
  const refused = createSeenSet(5_000);

  async function tell(channel: string, user: string, thread: string | undefined, message: string): Promise<void> {
    try {
      await client.chat.postEphemeral({ channel, user, text: staffSentence(message), ...(thread ? { thread_ts: thread } : {}) });
    } catch (error) {
      deps.status?.apiError();
      log.warn({ channel, user, err: error }, 'slack: could not show a handoff result to the user');
    }
  }

  async function plainWithNames(text: string): Promise<string> {
    await Promise.all(mentionedUsers(text).map((id) => names.nameOf(id)));
    return plainText(text, (id) => names.known(id)).trim();
  }

  return {
    async click(button, body, action) {
      const user = body.user.id;
      const channel = body.container?.channel_id ?? body.channel?.id;
      const thread = body.container?.thread_ts ?? body.message?.thread_ts;
      const actor: Actor = {
        platform: 'slack',
        id: user,
        name: body.user.name ?? body.user.username ?? user,
        audience: await staff.audienceOf(user),
      };
      const eventId = body.trigger_id ?? `${user}:${action.action_ts ?? ''}:${button}`;
      const handoffId = action.value ?? '';
      const result = await forward({ type: button, handoffId, actor, eventId });
      log.info({ action: button, handoff: handoffId, user, outcome: result.outcome }, 'slack: handoff click');
      // The same interaction delivered twice already got its answer the first time.
      if (result.outcome === 'duplicate' || !channel) return;
      await tell(channel, user, thread, result.message);
    },

    async threadReply(event, facts) {
      const threadTs = event.thread_ts;
      if (!threadTs || threadTs === event.ts || !isSpoken(event) || !isHuman(event, facts) || !event.user) return false;
      const direct = event.channel_type === 'im' || event.channel.startsWith('D');
      if (!direct && event.channel !== deps.handoffChannel) return false;
      if (event.parent_user_id && facts.botUserId && event.parent_user_id !== facts.botUserId) return false;
      const user = event.user;
      const eventId = `${event.channel}:${event.ts}`;
      const audience = await staff.audienceOf(user);
      const staffMember = audience === 'staff';
      // Only a staff reply is relayed, so only its text (with names for mentions) is read.
      const text = staffMember ? await plainWithNames(stripMention(event.text ?? '', facts.botUserId)) : '';
      const actor: Actor = { platform: 'slack', id: user, name: staffMember ? await names.nameOf(user) : user, audience };
      const result = await forward({ type: 'staff-reply', ping: { platform: 'slack', messageId: threadTs }, actor, text, eventId });
      log.info({ handoff: result.handoff?.id, user, outcome: result.outcome }, 'slack: reply in a handoff thread');
      if (result.outcome === 'not-found') {
        // Not a ping's thread (staff talking, or asking Candor in a DM thread), unless it was one this process posted.
        if (!pingThreads.has(`${event.channel}:${threadTs}`)) return false;
      }
      if (result.outcome === 'duplicate') return true;
      // The app_mention and message copies of one message: a refusal is told once.
      if (!staffMember && !refused.first(eventId)) return true;
      await tell(event.channel, user, threadTs, result.message);
      return true;
    },
  };
}

/** The service's sentence, escaped, with the staff ids it names ("claimed by U…") as mentions. */
export function staffSentence(message: string): string {
  return escape(message).replace(/\bby ([UW][A-Z0-9]{2,})\b/g, 'by <@$1>');
}
