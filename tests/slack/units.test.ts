/** The Slack adapter's pure parts: escaping, routing, rendering, the staff lookup. */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/chat/types.js';
import { silentLogger } from '../../src/log.js';
import { createSeenSet } from '../../adapters/slack/dedupe.js';
import { escape, link, quote } from '../../adapters/slack/escape.js';
import { archiveUrl, clickPlace, parseBlockAction, parseMessageEvent, routeMessage, stripMention, type RouteFacts } from '../../adapters/slack/events.js';
import { decodeChoice, encodeChoice, renderOutgoing } from '../../adapters/slack/render.js';
import { createStaffDirectory } from '../../adapters/slack/staff.js';
import { FakeSlack } from './fake-slack.js';
import { blocksOf, flatten } from './harness.js';
import { buttonClick } from './payloads.js';
import { replyWith } from '../support/replies.js';

const BOT = 'U0CANDORBOT';
const facts = (answered: string[] = []): RouteFacts => ({
  botUserId: BOT,
  botId: 'B0CANDORBOT',
  answeredIn: (channel, ts) => answered.includes(`${channel}:${ts}`),
});
const event = (fields: Record<string, unknown>) => parseMessageEvent({ type: 'message', ts: '1.000100', channel: 'C1', user: 'U1', text: 'hi', ...fields })!;

describe('escape', () => {
  it('escapes the three characters Slack parses, so no mention or link survives', () => {
    expect(escape('<!channel> & <@U123> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;');
  });

  it('builds links and quotes around escaped text', () => {
    expect(link('https://example.com/a?b=1&c=2', 'R&D <team>')).toBe('<https://example.com/a?b=1&amp;c=2|R&amp;D &lt;team&gt;>');
    expect(quote('one\n<!here> two')).toBe('> one\n> &lt;!here&gt; two');
  });
});

describe('routing', () => {
  it('answers a mention in a thread under it, with the mention stripped', () => {
    const route = routeMessage(event({ type: 'app_mention', text: `<@${BOT}> what's the salary?` }), facts());
    expect(route).toMatchObject({
      kind: 'answer',
      text: "what's the salary?",
      replyThreadTs: '1.000100',
      conversation: { platform: 'slack', channelId: 'C1', threadId: '1.000100', isDirect: false },
      permalink: archiveUrl('C1', '1.000100'),
    });
  });

  it('keeps a mention inside a thread in that thread', () => {
    const route = routeMessage(event({ type: 'app_mention', text: `<@${BOT}> and?`, thread_ts: '0.5' }), facts());
    expect(route).toMatchObject({ kind: 'answer', replyThreadTs: '0.5', conversation: { threadId: '0.5' } });
  });

  it('answers a DM in the DM', () => {
    const route = routeMessage(event({ channel: 'D1', channel_type: 'im', text: 'salary?' }), facts());
    expect(route).toMatchObject({ kind: 'answer', replyThreadTs: null, conversation: { channelId: 'D1', threadId: null, isDirect: true } });
  });

  it('answers a plain follow-up only in a thread Candor answered in', () => {
    const followUp = event({ channel_type: 'channel', thread_ts: '0.5', text: 'and remote?' });
    expect(routeMessage(followUp, facts(['C1:0.5']))).toMatchObject({ kind: 'answer', replyThreadTs: '0.5' });
    expect(routeMessage(followUp, facts())).toMatchObject({ kind: 'ignore' });
    expect(routeMessage(event({ channel_type: 'channel' }), facts(['C1:0.5']))).toMatchObject({ kind: 'ignore' });
  });

  it('leaves a channel message with the mention to app_mention, so it is answered once', () => {
    const route = routeMessage(event({ channel_type: 'channel', thread_ts: '0.5', text: `<@${BOT}> hi` }), facts(['C1:0.5']));
    expect(route).toMatchObject({ kind: 'ignore' });
  });

  it('ignores its own messages, other bots, and edits', () => {
    expect(routeMessage(event({ channel_type: 'im', channel: 'D1', user: BOT }), facts())).toMatchObject({ kind: 'ignore', reason: 'own message' });
    expect(routeMessage(event({ channel_type: 'im', channel: 'D1', bot_id: 'B0CANDORBOT', user: undefined }), facts())).toMatchObject({
      kind: 'ignore',
      reason: 'own message',
    });
    expect(routeMessage(event({ channel_type: 'im', channel: 'D1', subtype: 'bot_message', bot_id: 'B9' }), facts())).toMatchObject({
      kind: 'ignore',
      reason: 'bot message',
    });
    expect(routeMessage(event({ channel_type: 'im', channel: 'D1', subtype: 'message_changed' }), facts())).toMatchObject({ kind: 'ignore' });
  });

  it('strips only the bot mention', () => {
    expect(stripMention(`<@${BOT}>  hi <@U2> <@${BOT}|candor>`, BOT)).toBe('hi <@U2>');
  });

  it('continues a clarify click where the clarify was', () => {
    const base = { user: 'U1', actionId: 'choose_posting_0', value: '{}', label: 'x', responseUrl: 'http://r' };
    const inThread = parseBlockAction(buttonClick({ ...base, channel: 'C1', messageTs: '2.0', threadTs: '1.0' }))!;
    expect(clickPlace(inThread)).toMatchObject({ kind: 'message', replyThreadTs: '1.0', conversation: { threadId: '1.0' } });
    const inDm = parseBlockAction(buttonClick({ ...base, channel: 'D1', messageTs: '2.0' }))!;
    expect(clickPlace(inDm)).toMatchObject({ kind: 'message', replyThreadTs: null, conversation: { threadId: null, isDirect: true } });
    const ephemeral = parseBlockAction(buttonClick({ ...base, channel: 'C1', messageTs: '2.0', ephemeral: true }))!;
    expect(clickPlace(ephemeral)).toMatchObject({ kind: 'ephemeral', responseUrl: 'http://r', conversation: { threadId: 'ephemeral:U1' } });
  });
});

describe('rendering', () => {
  it('quotes passages escaped, links the posting, names the section, offers Apply', () => {
    const rendered = renderOutgoing(
      replyWith({
        text: 'From "Lead" › Pay:\n> Salary <!channel> & more',
        posting: { id: 'lead', title: 'Lead' },
        quotes: [{ text: 'Salary <!channel> & more', postingId: 'lead', section: 'Pay', url: 'https://x.test/lead/#pay' }],
        applyUrl: 'https://apply.test/lead',
      }),
      'q',
    );
    const text = flatten(rendered as unknown as Record<string, unknown>);
    expect(text).not.toContain('<!channel>');
    expect(blocksOf(rendered as unknown as Record<string, unknown>)[0]?.text?.text).toBe(
      'From <https://x.test/lead/#pay|Lead> › *Pay*:\n> Salary &lt;!channel&gt; &amp; more',
    );
    expect(rendered.text).toContain('Apply: https://apply.test/lead');
    expect(rendered.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'apply', url: 'https://apply.test/lead' }] });
  });

  it('turns a mailto apply link into a link, not a button', () => {
    const rendered = renderOutgoing(replyWith({ text: 'x', applyUrl: 'mailto:jobs@x.test?subject=Hi' }), 'q');
    expect(rendered.blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: '*Apply:* <mailto:jobs@x.test?subject=Hi|jobs@x.test>' }] });
  });

  it('offers clarify choices as buttons carrying the question and the posting', () => {
    const rendered = renderOutgoing(
      replyWith({ kind: 'clarify', text: 'Which role?', choices: [{ id: 'a', title: 'Role A' }, { id: 'b', title: 'Role B' }] }),
      'salary <@U2>?',
    );
    const buttons = rendered.blocks.flatMap((b) => ('elements' in b && b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => ('action_id' in b ? b.action_id : null))).toEqual(['choose_posting_0', 'choose_posting_1']);
    expect(decodeChoice((buttons[1] as { value?: string }).value)).toEqual({ question: 'salary <@U2>?', postingId: 'b' });
  });

  it('keeps a button value under 2,000 characters however long the question', () => {
    const value = encodeChoice({ question: '"'.repeat(5_000), postingId: 'kubernetes-team-lead' });
    expect(value.length).toBeLessThanOrEqual(2_000);
    expect(decodeChoice(value)?.postingId).toBe('kubernetes-team-lead');
    expect(decodeChoice('not json')).toBeNull();
  });

  it('escapes notices and splits long ones into sections Slack accepts', () => {
    const notice: Notice = { kind: 'notice', text: `${'line <!here>\n'.repeat(400)}`, language: 'en' };
    const rendered = renderOutgoing(notice, '');
    expect(rendered.blocks.length).toBeGreaterThan(1);
    for (const block of rendered.blocks) expect((block as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3_000);
    expect(rendered.text).not.toContain('<!here>');
  });
});

describe('staff directory', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start({ usergroups: { S1: ['U2'] } });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('trusts listed ids and the user group, caching the group for its TTL', async () => {
    let now = 0;
    const client = new webApi.WebClient('xoxb-x', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const staff = createStaffDirectory({ client, staffUserIds: ['U1'], usergroup: 'S1', logger: silentLogger(), ttlMs: 1_000, now: () => now });
    expect(await staff.audienceOf('U1')).toBe('staff');
    expect(await staff.audienceOf('U2')).toBe('staff');
    expect(await staff.audienceOf('U3')).toBe('candidate');
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(1);
    now = 2_000;
    expect(await staff.audienceOf('U2')).toBe('staff');
    expect(fake.callsTo('usergroups.users.list')).toHaveLength(2);
  });

  it('fails closed when the group cannot be read', async () => {
    const client = new webApi.WebClient('xoxb-x', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const staff = createStaffDirectory({ client, staffUserIds: [], usergroup: 'S404', logger: silentLogger() });
    expect(await staff.audienceOf('U2')).toBe('candidate');
  });
});

describe('seen set', () => {
  it('remembers a bounded number of keys', () => {
    const seen = createSeenSet(2);
    expect(seen.first('a')).toBe(true);
    expect(seen.first('a')).toBe(false);
    seen.add('b');
    seen.add('c');
    expect(seen.has('a')).toBe(false);
    expect(seen.first('c')).toBe(false);
  });
});
