/** The adapter's pure parts: clarify custom ids, rendering, mention safety. */
import { describe, expect, it } from 'vitest';
import { createChoiceStore } from '../../adapters/discord/choices.js';
import { renderHandoffPing } from '../../adapters/discord/ping.js';
import { renderOutgoing } from '../../adapters/discord/render.js';
import { defuseMentions, defuseUserText } from '../../adapters/discord/safety.js';
import type { Reply } from '../../src/engine/types.js';

const reply = (overrides: Partial<Reply>): Reply => ({
  kind: 'answer',
  text: '',
  posting: null,
  topic: null,
  confidence: 1,
  sources: [],
  choices: [],
  recruiter: null,
  language: 'en',
  quotes: [],
  applyUrl: null,
  guesses: [],
  ...overrides,
});

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
    const mail = renderOutgoing(reply({ text: 'x', applyUrl: 'mailto:jobs@example.com' }), { question: 'q', choices: createChoiceStore() });
    expect(mail.components).toEqual([]);
    expect(mail.embeds[0]!.fields).toEqual([{ name: 'Apply', value: 'jobs@example.com' }]);
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: `Posting ${i}` }));
    const clarify = renderOutgoing(reply({ kind: 'clarify', text: 'Which?', choices }), { question: 'q', choices: createChoiceStore() });
    expect(clarify.components).toHaveLength(5);
    expect(clarify.components.every((row) => row.components.length === 5)).toBe(true);
  });

  it('names a recruiter without a Discord id by name and e-mail, and mentions nobody', () => {
    const ping = renderHandoffPing(
      {
        question: 'q',
        candidate: { id: 'terminal', name: '@everyone', isBot: false, isMe: false },
        posting: null,
        guesses: [],
        recruiter: { id: 'marietta', name: 'Marietta', email: 'marietta@example.com' },
        permalink: null,
        conversation: { platform: 'discord', channelId: '1', threadId: null, isDirect: false },
      },
      'ref',
    );
    expect(ping.content).toBe("Marietta (marietta@example.com) a candidate's question needs you.");
    expect(ping.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(JSON.stringify(ping.embeds)).not.toContain('@everyone');
  });
});
