/**
 * The staff side of the Slack rig for the handoff contract: a ping is the
 * message Candor posted in the handoff channel, its current look the last
 * chat.update of it; staff click its buttons (block_actions) and reply in
 * its thread (a message event); Candor answers them with chat.postEphemeral.
 */
import type { HandoffButton } from '../../src/handoff/transport.js';
import type { SeenPing, StaffSide } from '../contract/harness.js';
import type { FakeSlack, RecordedCall } from './fake-slack.js';
import { blocksOf, flatten } from './visible.js';
import { buttonClick, messageEnvelope } from './payloads.js';

const BUTTONS: Record<string, HandoffButton> = { handoff_claim: 'claim', handoff_dismiss: 'dismiss', handoff_teach: 'teach' };

export interface StaffRig {
  fake: FakeSlack;
  deliverEvent(envelope: unknown): Promise<unknown>;
  deliverInteraction(payload: unknown): Promise<unknown>;
}

export function createSlackStaffSide(rig: () => StaffRig, channel: string, users: { staff: string; candidate: string }): StaffSide {
  function seenPing(ping: RecordedCall): SeenPing {
    const ts = String(ping.result.ts);
    const now = (): Record<string, unknown> => rig().fake.callsTo('chat.update').filter((call) => call.params.ts === ts && call.result.ok === true).at(-1)?.params ?? ping.params;
    const elements = () => blocksOf(now()).filter((block) => block.type === 'actions').flatMap((block) => block.elements ?? []);
    /** What Candor tells `user` privately after `act`. */
    async function told(user: string, act: () => Promise<unknown>): Promise<string> {
      const mark = rig().fake.mark;
      await act();
      const answer = await rig().fake.waitForCall((call) => call.method === 'chat.postEphemeral' && call.params.user === user, { after: mark });
      return String(answer.params.text).replace(/&amp;/g, '&');
    }
    return {
      text: () => flatten(now()),
      buttons: () => elements().map((element) => BUTTONS[element.action_id ?? '']!).filter(Boolean),
      click(button, options = {}) {
        const user = options.staff === false ? users.candidate : users.staff;
        const element = elements().find((candidate) => BUTTONS[candidate.action_id ?? ''] === button);
        if (!element) return Promise.reject(new Error(`slack staff side: no ${button} button`));
        const click = buttonClick({
          user,
          channel,
          messageTs: ts,
          actionId: element.action_id!,
          value: element.value!,
          label: button,
          blockId: 'handoff',
          responseUrl: rig().fake.responseUrl(),
        });
        return told(user, () => rig().deliverInteraction(click));
      },
      reply(text) {
        const { fake } = rig();
        const envelope = messageEnvelope({ text, user: users.staff, channel, ts: fake.nextTs(), threadTs: ts, parentUserId: fake.botUserId, channelType: 'channel' });
        return told(users.staff, () => rig().deliverEvent(envelope));
      },
    };
  }

  return {
    async ping(question) {
      const ping = await rig().fake.waitForCall(
        (call) => call.method === 'chat.postMessage' && call.result.ok === true && call.params.channel === channel && !call.params.thread_ts && flatten(call.params).includes(question),
      );
      return seenPing(ping);
    },
    inThread(thread) {
      const [where = '', threadTs = ''] = thread.split('/');
      return rig()
        .fake.callsTo('chat.postMessage')
        .filter((call) => call.result.ok === true && call.params.channel === where && (threadTs === '' || call.params.thread_ts === threadTs))
        .map((call) => flatten(call.params).replace(/&amp;/g, '&'));
    },
  };
}
