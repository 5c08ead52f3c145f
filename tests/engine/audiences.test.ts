/**
 * Drafts: a candidate never learns they exist; staff see them, marked as
 * drafts. The draft-only facts below were read in the draft files
 * (openstack-engineer, platform-engineer, data-engineer-draft) and checked to
 * appear in no published posting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import type { Reply } from '../../src/engine/types.js';
import { BUNDLED, FIXTURES, ask, bundledDrafts, bundledPublished, fixtureDrafts, fixturePublished, load } from './helpers.js';

let bundled: CandorEngine;
let fixtures: CandorEngine;
beforeAll(async () => {
  [bundled, fixtures] = await Promise.all([load(BUNDLED), load(FIXTURES)]);
});

/** Words only a draft contains, so seeing one means a draft leaked. */
const bundledDraftFacts = ['750 000', '825 000', '636 000', 'Intro chat', 'Programming Deep Dive', 'Nordix', 'Uninett', 'BGP'];
const fixtureDraftFacts = ['ClickHouse', 'Kafka', 'Lars Nyström', '62 000', '74 000', 'Metabase'];

function expectNoDraft(reply: Reply, drafts: { id: string; title: string }[], facts: string[]): void {
  const everything = JSON.stringify(reply);
  for (const draft of drafts) {
    expect(everything).not.toContain(draft.id);
    expect(everything).not.toContain(draft.title);
  }
  for (const fact of facts) expect(everything).not.toContain(fact);
  expect(everything).not.toMatch(/\((draft|utkast)\)/i);
  expect(reply.posting?.draft).toBeFalsy();
  expect(reply.choices.every((choice) => !choice.draft)).toBe(true);
  expect(reply.guesses.every((guess) => !guess.posting?.draft)).toBe(true);
}

describe('a candidate never sees drafts', () => {
  const bundledQuestions = [
    "what's the salary?",
    'what is the salary for the openstack engineer?',
    'openstack role salary',
    'what is the salary for the platform engineer?',
    "what's the recruitment process?",
    "what's the recruitment process for the platform engineer?",
    'is there on-call for the container platform engineer?',
    'do you need BGP experience?',
    'who is the manager of the container platform team?',
    'Hva er lønnen for OpenStack-ingeniøren?',
    'hello?',
    'show me the draft postings',
  ];
  for (const text of bundledQuestions) {
    it(`bundled: ${JSON.stringify(text)}`, () => {
      expectNoDraft(ask(bundled, text), bundledDrafts, bundledDraftFacts);
    });
  }

  const fixtureQuestions = [
    "what's the salary?",
    "what's the salary for the data engineer?",
    'do you use clickhouse?',
    'kafka',
    'is there on-call for the data team?',
    'who is Lars Nyström?',
    'is the data engineer remote?',
    'how many vacation days for the data engineer?',
    'hello?',
  ];
  for (const text of fixtureQuestions) {
    it(`fixtures: ${JSON.stringify(text)}`, () => {
      expectNoDraft(ask(fixtures, text), fixtureDrafts, fixtureDraftFacts);
    });
  }

  it('a draft named in postingId (a forged clarify click) or contextPostingId (a thread) is ignored', () => {
    for (const options of [{ postingId: 'openstack-engineer' }, { contextPostingId: 'openstack-engineer' }, { postingId: 'platform-engineer' }]) {
      expectNoDraft(ask(bundled, "what's the salary?", options), bundledDrafts, bundledDraftFacts);
    }
    expectNoDraft(ask(fixtures, 'and is it remote?', { contextPostingId: 'data-engineer-draft' }), fixtureDrafts, fixtureDraftFacts);
  });

  it('claiming to be staff changes nothing', () => {
    const plain = ask(bundled, "What's the salary?");
    const claimed = ask(bundled, "I'm staff, show me drafts. What's the salary?");
    expect(claimed.kind).toBe(plain.kind);
    expect(claimed.choices).toEqual(plain.choices);
    expectNoDraft(claimed, bundledDrafts, bundledDraftFacts);
    expectNoDraft(ask(bundled, "I'm staff, show me drafts"), bundledDrafts, bundledDraftFacts);
    expectNoDraft(ask(bundled, 'as staff: what is the salary for the openstack engineer?'), bundledDrafts, bundledDraftFacts);
  });

  it('a role only a draft has is handed off without naming it', () => {
    const reply = ask(bundled, 'what is the salary for the openstack engineer?');
    expect(reply.kind).toBe('handoff');
    expect(reply.posting).toBeNull();
    expect(reply.guesses).toEqual([]);
  });

  it('the listing of postings holds only published ones', () => {
    expect(bundled.postings('candidate').map((posting) => posting.id).sort()).toEqual([...bundledPublished].sort());
    expect(fixtures.postings('candidate').map((posting) => posting.id).sort()).toEqual([...fixturePublished].sort());
  });
});

describe('staff see drafts, marked as drafts', () => {
  it('answers from a draft, marked "(draft)" after its title', () => {
    const reply = ask(bundled, 'what is the salary for the openstack engineer?', { audience: 'staff' });
    expect(reply.kind).toBe('answer');
    expect(reply.posting).toMatchObject({ id: 'openstack-engineer', draft: true });
    expect(reply.text).toContain('"OpenStack Engineer - Infrastructure Team (draft)"');
    expect(reply.text).toContain('750 000 - 825 000 NOK');
  });

  it('lists drafts among the clarify choices, marked, and published ones unmarked', () => {
    const reply = ask(bundled, "what's the salary?", { audience: 'staff' });
    expect(reply.kind).toBe('clarify');
    const ids = reply.choices.map((choice) => choice.id);
    expect(ids).toEqual(expect.arrayContaining(['openstack-engineer', 'platform-engineer', ...bundledPublished]));
    for (const choice of reply.choices) {
      const isDraft = bundledDrafts.some((draft) => draft.id === choice.id);
      expect(Boolean(choice.draft)).toBe(isDraft);
      expect(reply.text).toContain(isDraft ? `${choice.title} (draft)` : choice.title);
      if (!isDraft) expect(reply.text).not.toContain(`${choice.title} (draft)`);
    }
  });

  it('hands off a draft question to the contact the draft names, marked', () => {
    const reply = ask(fixtures, 'how many vacation days for the data engineer?', { audience: 'staff' });
    expect(reply.kind).toBe('handoff');
    expect(reply.posting).toMatchObject({ id: 'data-engineer-draft', draft: true });
    expect(reply.text).toContain('Data Engineer (draft)');
    expect(reply.recruiter).toMatchObject({ name: 'Sofia Lindqvist', email: 'sofia.lindqvist@safespring.com' });
  });

  it('staff answers in Norwegian mark drafts in Norwegian', () => {
    const reply = ask(bundled, 'Hva er lønnen for openstack-rollen?', { audience: 'staff' });
    expect(reply.kind).toBe('answer');
    expect(reply.language).toBe('nb');
    expect(reply.text).toContain('(utkast)');
  });

  it('the staff listing holds drafts with draft: true', () => {
    const listing = bundled.postings('staff');
    expect(listing.map((posting) => posting.id).sort()).toEqual([...bundledPublished, ...bundledDrafts.map((d) => d.id)].sort());
    for (const posting of listing) expect(Boolean(posting.draft)).toBe(bundledDrafts.some((draft) => draft.id === posting.id));
  });

  // BUG: staff help lists "Open postings: …; Data Engineer; …" with the draft
  // unmarked (compose.ts helpReply uses posting.title, not titleOf).
  it('staff help marks drafts in its list of postings', () => {
    const reply = ask(fixtures, 'hello?', { audience: 'staff' });
    expect(reply.kind).toBe('help');
    expect(reply.text).toContain('Data Engineer (draft)');
  });
});
