/** The adapter's pure parts: clarify custom ids, rendering, mention safety. */
import { storedHandoff } from '../support/handoff.js';
import { describe, expect, it } from 'vitest';
import { createChoiceStore } from '../../adapters/discord/choices.js';
import { commandText } from '../../adapters/discord/commands.js';
import { mentionOf, pingHeader, renderPing } from '../../adapters/discord/handoff-card.js';
import { chunks } from '../../adapters/discord/handoff-transport.js';
import { renderOutgoing } from '../../adapters/discord/render.js';
import { defuseMentions, defuseUserText } from '../../adapters/discord/safety.js';
import { replyWith } from '../support/replies.js';

describe('clarify custom ids', () => {
  it('carries a short question inline, a long one by key, both within 100 characters', () => {
    const store = createChoiceStore(2);
    const short = store.customId({ postingId: 'kubernetes-team-lead', question: 'salary?' });
    expect(short).toBe('choose:kubernetes-team-lead:=salary?');
    expect(store.resolve(short)).toEqual({ postingId: 'kubernetes-team-lead', question: 'salary?' });
    const question = 'what: is the salary '.repeat(10);
    const long = store.customId({ postingId: 'kubernetes-team-lead', question });
    expect(long).toMatch(/^choose:kubernetes-team-lead:#[\w-]{8}$/);
    expect(store.resolve(long)).toEqual({ postingId: 'kubernetes-team-lead', question });
  });

  it('forgets the oldest keys past its bound, and ignores ids that are not its own', () => {
    const store = createChoiceStore(1);
    const first = store.customId({ postingId: 'a', question: 'x'.repeat(120) });
    store.customId({ postingId: 'b', question: 'y'.repeat(120) });
    expect(store.resolve(first)).toBeNull();
    expect(store.resolve('handoff_claim:1')).toBeNull();
    expect(store.resolve('choose:nonsense')).toBeNull();
  });
});

describe('rendering', () => {
  it('defuses mentions in user text and in replies that may echo it', () => {
    expect(defuseUserText('@everyone hi @here')).toBe('@\u200beveryone hi @\u200bhere');
    expect(defuseMentions('@everyone <@&123> <@!45> <@6> <#7> a@b.com')).toBe(
      '@\u200beveryone <@\u200b&123> <@\u200b!45> <@\u200b6> <#\u200b7> a@b.com',
    );
  });

  it('sends every reply with mentions parsed from nothing', () => {
    const notice = renderOutgoing({ kind: 'notice', text: '@here', language: 'en' }, { question: '', choices: createChoiceStore() });
    expect(notice).toMatchObject({ content: '@\u200bhere', allowedMentions: { parse: [], repliedUser: false } });
    const long = renderOutgoing({ kind: 'notice', text: 'x'.repeat(2500), language: 'en' }, { question: '', choices: createChoiceStore() });
    expect(long.content).toBeUndefined();
    expect(long.embeds[0]!.description).toHaveLength(2500);
  });

  it('shows a mailto apply address as text (link buttons take http only) and caps clarify buttons at 25', () => {
    const mail = renderOutgoing(replyWith({ text: 'x', applyUrl: 'mailto:jobs@example.com' }), { question: 'q', choices: createChoiceStore() });
    expect(mail.components).toEqual([]);
    expect(mail.embeds[0]!.fields).toEqual([{ name: 'Apply', value: 'jobs@example.com' }]);
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: `Posting ${i}` }));
    const clarify = renderOutgoing(replyWith({ kind: 'clarify', text: 'Which?', choices }), { question: 'q', choices: createChoiceStore() });
    expect(clarify.components).toHaveLength(5);
    expect(clarify.components.every((row) => row.components.length === 5)).toBe(true);
  });
});

describe('/jobs sub-commands', () => {
  const options = (values: Record<string, string | number>) => ({
    string: (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : null),
    integer: (name: string) => (typeof values[name] === 'number' ? (values[name] as number) : null),
  });

  it('become the text the core parses; ask stays a question', () => {
    expect(commandText('postings', options({}))).toBe('postings');
    expect(commandText('handoffs', options({}))).toBe('handoffs');
    expect(commandText('handoffs', options({ state: 'open' }))).toBe('handoffs open');
    expect(commandText('gaps', options({ days: 7 }))).toBe('gaps 7');
    expect(commandText('gaps', options({}))).toBe('gaps');
    expect(commandText('show', options({ posting: ' kubernetes team lead ', topic: 'start date' }))).toBe('show kubernetes-team-lead start date');
    expect(commandText('reload', options({}))).toBe('reload');
    expect(commandText('forget', options({}))).toBe('forget');
    expect(commandText('ask', options({ question: 'postings?' }))).toBeNull();
  });
});

describe('handoff pings', () => {
  const handoff = storedHandoff({
    state: 'claimed',
    platform: 'discord',
    candidateId: '1500000000000000001',
    conversation: { platform: 'discord', channelId: '1300000000000000001', threadId: null, isDirect: false },
    question: '@everyone <@&1400000000000000001> when can I start?',
    postingId: 'p',
    topic: 'start-date',
    confidence: 0.4,
    claimedBy: '1500000000000000003',
    claimedAt: 0,
  });

  it('name a recruiter without a Discord id by name, and mention nobody', () => {
    const recruiter = { id: 'marietta', name: '@everyone Marietta', email: 'marietta@example.com' };
    const card = { kind: 'first' as const, handoff, recruiter, posting: null, questions: [handoff.question], buttons: [], waitingMinutes: 0 };
    expect(pingHeader(card)).not.toMatch(/@everyone/);
    expect(pingHeader(card)).toContain('Marietta');
    expect(mentionOf(recruiter)).toEqual({ parse: [], replied_user: false });
  });

  it('defuse the question, show the state, and say where the answer goes', () => {
    const rendered = renderPing(
      {
        kind: 'update',
        handoff,
        recruiter: { id: 'marietta', name: 'Marietta', email: 'm@example.com' },
        posting: { id: 'p', title: '@here Posting' },
        questions: [handoff.question, 'and relocation?'],
        buttons: ['dismiss'],
        waitingMinutes: 5,
      },
      'first',
      false,
    );
    const text = JSON.stringify(rendered);
    expect(text).not.toMatch(/@everyone|@here|<@&\d/);
    const fields = Object.fromEntries(rendered.embeds[0]!.fields!.map((field) => [field.name, field.value]));
    expect(fields).toMatchObject({
      State: 'Claimed by <@1500000000000000003>',
      Where: 'Asked privately (/jobs); the answer goes to the candidate by DM',
      'Best guesses': '• @\u200bhere Posting / start-date: 40%',
    });
    expect(rendered.embeds[0]!.description).toContain('**Asked since:**\n> and relocation?');
    expect(rendered.components[0]!.components).toMatchObject([{ custom_id: 'handoff_dismiss:h1', label: 'Dismiss' }]);
  });

  it('split a long relay into messages Discord accepts', () => {
    const parts = chunks(`head\n${'word '.repeat(900)}`, 2000);
    expect(parts.length).toBe(3);
    expect(parts.every((part) => part.length <= 2000)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ').trim()).toBe(`head ${'word '.repeat(900)}`.trim());
  });
});
