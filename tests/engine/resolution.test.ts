/**
 * Which posting a question is about: named by title parts, typos, aliases,
 * team, abbreviations or a Norwegian compound; carried over from the thread;
 * picked from a clarify. Each expected passage was read in the posting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { BUNDLED, FIXTURES, ask, load } from './helpers.js';

let bundled: CandorEngine;
let fixtures: CandorEngine;
beforeAll(async () => {
  [bundled, fixtures] = await Promise.all([load(BUNDLED), load(FIXTURES)]);
});

/** [question, posting id, words of the passage that answers it] */
type Case = [string, string, string];

function check(engine: () => CandorEngine, cases: Case[]) {
  for (const [text, postingId, expected] of cases) {
    it(`${JSON.stringify(text)} → ${postingId}`, () => {
      const reply = ask(engine(), text);
      expect(reply.kind).toBe('answer');
      expect(reply.posting?.id).toBe(postingId);
      expect(reply.text).toContain(expected);
    });
  }
}

describe('title parts', () => {
  check(() => fixtures, [
    ['what does the network engineer earn?', 'cloud-network-engineer', '60 000 – 75 000 SEK'],
    ['is there on-call for the devops?', 'devops-engineer', 'one week in eight'],
    ['what is the salary for the frontend developer?', 'frontend-developer', '680 000 – 820 000 kroner'],
  ]);
  check(() => bundled, [['what are the requirements for the tech lead?', 'container-platform-tech-lead', 'Who are you?']]);
});

describe('typos', () => {
  check(() => bundled, [
    ['how much travel for the kubernets role?', 'kubernetes-team-lead', 'We gather the team approximately every quarter'],
    ['is there on-call for the kubernets lead?', 'kubernetes-team-lead', 'approximately every 6th week'],
  ]);
  check(() => fixtures, [['is there travel for the cloud netwrk engineer?', 'cloud-network-engineer', 'two or three days a month']]);
});

describe('aliases from knowledge/', () => {
  check(() => bundled, [
    ['is there on-call in the k8s team?', 'kubernetes-team-lead', 'approximately every 6th week'],
    ['Blir det reising i k8s-teamet?', 'kubernetes-team-lead', 'We gather the team approximately every quarter'],
    ['who is the manager for the infra engineer?', 'infrastrukturingenior', 'nærmeste leder være Anders Bruvik'],
  ]);
});

describe('team names', () => {
  check(() => fixtures, [
    ['is there on-call in the customer portal team?', 'senior-backend-engineer', 'There is no on-call in this role.'],
    ['is there on-call in the Delivery and Operations team?', 'devops-engineer', 'one week in eight'],
    ['who is the manager in the network team?', 'cloud-network-engineer', 'Karin Holm'],
  ]);

  it('a team two published postings share ("container platform") is about one of the two, never a third', () => {
    const reply = ask(bundled, 'who is the manager of the container platform team?');
    const about = reply.kind === 'clarify' ? reply.choices.map((choice) => choice.id) : [reply.posting?.id];
    expect(about.length).toBeGreaterThan(0);
    for (const id of about) expect(['container-platform-tech-lead', 'kubernetes-team-lead']).toContain(id);
  });
});

describe('abbreviations', () => {
  check(() => fixtures, [
    ['is there on-call for the sr backend eng?', 'senior-backend-engineer', 'There is no on-call in this role.'],
    ["what's the stack for sr backend eng?", 'senior-backend-engineer', 'PostgreSQL as our main datastore'],
    ['is there on-call for the sr. backend engineer?', 'senior-backend-engineer', 'There is no on-call in this role.'],
  ]);
});

describe('Norwegian compounds', () => {
  check(() => fixtures, [
    ['hva er lønnen for frontendutvikler?', 'frontend-developer', '680 000 – 820 000 kroner'],
    ['lønn frontendutvikler', 'frontend-developer', '680 000 – 820 000 kroner'],
    ['Hvor jobber frontendutvikleren?', 'frontend-developer', 'Stillingen er hybrid'],
    ['is the frontendutvikler remote?', 'frontend-developer', 'Stillingen er hybrid'],
  ]);
});

describe('a thread follow-up (contextPostingId)', () => {
  it('"and is it remote?" answers for the posting the thread is about', () => {
    const devops = ask(fixtures, 'and is it remote?', { contextPostingId: 'devops-engineer' });
    expect(devops.kind).toBe('answer');
    expect(devops.posting?.id).toBe('devops-engineer');
    expect(devops.text).toContain('Yes, as long as you live in Sweden.');

    const backend = ask(fixtures, 'and is it remote?', { contextPostingId: 'senior-backend-engineer' });
    expect(backend.kind).toBe('answer');
    expect(backend.posting?.id).toBe('senior-backend-engineer');
    expect(backend.text).toContain('This role is not fully remote');
  });

  it('without the thread the same words ask which role', () => {
    const reply = ask(fixtures, 'and is it remote?');
    expect(reply.kind).toBe('clarify');
    expect(reply.posting).toBeNull();
  });

  it('a role named in the follow-up wins over the thread', () => {
    const reply = ask(fixtures, 'is the frontend developer remote?', { contextPostingId: 'devops-engineer' });
    expect(reply.posting?.id).toBe('frontend-developer');
    expect(reply.text).not.toContain('as long as you live in Sweden');
  });

  it('follow-up on the tech lead thread answers from the tech lead posting', () => {
    const reply = ask(bundled, 'and is it remote?', { contextPostingId: 'container-platform-tech-lead' });
    expect(reply.kind).toBe('answer');
    expect(reply.posting?.id).toBe('container-platform-tech-lead');
    expect(reply.text).toContain('remote/hybrid working model');
  });
});

describe('a clarify choice (postingId)', () => {
  it('picking DevOps after "what\'s the salary?" answers from DevOps', () => {
    const clarify = ask(fixtures, "what's the salary?");
    expect(clarify.kind).toBe('clarify');
    const devops = clarify.choices.find((choice) => choice.id === 'devops-engineer');
    expect(devops).toBeDefined();
    const reply = ask(fixtures, "what's the salary?", { postingId: devops!.id });
    expect(reply.kind).toBe('answer');
    expect(reply.posting?.id).toBe('devops-engineer');
    expect(reply.text).toContain('55 000 – 68 000 SEK per month');
  });

  it('every choice of the bundled salary clarify leads to that posting', () => {
    const clarify = ask(bundled, "what's the salary?");
    for (const choice of clarify.choices) {
      const reply = ask(bundled, "what's the salary?", { postingId: choice.id });
      expect(['answer', 'handoff']).toContain(reply.kind);
      expect(reply.posting?.id).toBe(choice.id);
    }
    // The tech lead posting has no pay text: picking it hands off rather than borrowing a sibling's.
    expect(ask(bundled, "what's the salary?", { postingId: 'container-platform-tech-lead' }).kind).toBe('handoff');
    expect(ask(bundled, "what's the salary?", { postingId: 'infrastrukturingenior' }).text).toContain('markedslønn');
  });
});
