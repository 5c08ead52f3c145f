/** Ways people phrase things that are easy to get wrong: alternatives, unknown things, small talk. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { BUNDLED, FIXTURES, ask, load } from './helpers.js';

let bundled: CandorEngine;
let fixtures: CandorEngine;
beforeAll(async () => {
  [bundled, fixtures] = await Promise.all([load(BUNDLED), load(FIXTURES)]);
});

describe('question shapes', () => {
  it('"X or Y?" is answered by the posting that names one of them', () => {
    const reply = ask(fixtures, 'frontend: is it React or Vue?');
    expect(reply.kind).toBe('answer');
    expect(reply.posting?.id).toBe('frontend-developer');
    expect(reply.text).toContain('React');
  });

  it('a question about something no posting mentions is handed off, not answered with a hint', () => {
    const reply = ask(bundled, 'is there a gym?');
    expect(reply.kind).toBe('handoff');
    expect(reply.recruiter).not.toBeNull();
  });

  it('small talk gets the hint and pages nobody', () => {
    for (const text of ["what's up?", 'thanks!', 'ok']) {
      const reply = ask(bundled, text);
      expect(reply.kind, text).toBe('help');
      expect(reply.recruiter, text).toBeNull();
    }
  });

  it('"tell me more" in a thread about a posting describes that role', () => {
    const reply = ask(bundled, 'tell me more', { contextPostingId: 'kubernetes-team-lead' });
    expect(reply.kind).toBe('answer');
    expect(reply.posting?.id).toBe('kubernetes-team-lead');
  });

  it('the start date is quoted alone from a section that also gives the office', () => {
    const reply = ask(fixtures, 'when does the senior backend role start?');
    expect(reply.text).toContain('1 March 2025');
    expect(reply.text).not.toContain('Kvadraturen');
  });
});

describe('a question about a thing, with no role named', () => {
  it('is answered by the posting that says it best, named in the reply', () => {
    const reply = ask(bundled, 'do you use openshift?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Openshift (OKD)');
    expect(reply.posting).not.toBeNull();
  });

  it('is handed off when no posting mentions the thing', () => {
    expect(ask(bundled, 'do you use kafka?').kind).toBe('handoff');
  });
});
