/**
 * What a posting nearly answers, asked around a condition or in a measure:
 * "headset at home if I work from home", "the training budget, how much",
 * "the salary in kronor", "flexitime". Each hands off, while the question the
 * passage does answer still gets it. A board written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobba hos Ljusnet"
---

Ljusnet driver elnätet i tre kommuner.
`,
  'kundservice.md': `---
title: "Kundservicemedarbetare"
kontakt: "Emma Nordin"
epost: "emma.nordin@ljusnet.example"
---

## Villkor

- Lön: enligt kollektivavtalet för tjänstemän, med individuell lönesättning.
- Du kan jobba hemifrån två dagar i veckan.
- En tillsvidareanställning på 37 timmar i veckan.
- Vi träffas hela avdelningen varje kvartal, och det finns en utbildningsbudget för alla.
- Första veckan går du vår interna kurs i elsäkerhet.
- Förmånscykel via bruttolöneavdrag.

## The systems

We are moving our billing from the old system to a new one this spring.
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('a topic said only as the condition', () => {
  it('hands off the things asked under it that the posting never names', () => {
    const reply = ask(board, 'får man headset och skärm hem om man jobbar hemifrån?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Emma Nordin');
  });

  it('still answers the topic asked for itself', () => {
    const reply = ask(board, 'kan man jobba hemifrån?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('två dagar i veckan');
  });
});

describe('a measure asked of a topic the posting only mentions', () => {
  it('hands off how much the training budget is, when the posting only says there is one', () => {
    const reply = ask(board, 'how much is the yearly training budget?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('hands off the salary asked in kronor, when the posting gives no sum', () => {
    const reply = ask(board, 'vad är lönen i kronor?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('hands off flexitime, which the weekly hours do not answer', () => {
    const reply = ask(board, 'har man flextid?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('answers the weekly hours', () => {
    const reply = ask(board, 'hur många timmar i veckan är det?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('37 timmar');
  });
});

describe('a thing named beside its topic', () => {
  it('hands off whether the course is paid for, when the posting only says there is one', () => {
    const reply = ask(board, 'betalar ni för kursen i elsäkerhet?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('hands off a company car, which a benefit bike is not', () => {
    const reply = ask(board, 'får man en egen förmånsbil?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('hands off help with moving, which systems moving to a new one is not', () => {
    const reply = ask(board, 'do you help with moving if I come from abroad?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});
