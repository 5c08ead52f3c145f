/**
 * What three more employers' postings, read blind, showed: English role
 * names for Nordic titles, compounds across title words, what the candidate
 * is to send, a thing asked beside a place, the stack named by its parts,
 * twins in two cities. Written here, with no company knowledge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb hos Kustlinje"
---

Kustlinje bygger programvara för hamnar och rederier, med kontor i Göteborg, Stockholm och Oslo.
`,
  'faltservicetekniker.md': `---
title: "Fältservicetekniker Väst"
location: "Göteborg"
contact:
  name: "Mikael Åberg"
  email: "ma@kustlinje.example"
---

## Om tjänsten

Du installerar och servar terminaler ombord. Tillträde 1 mars 2027.

## Beredskap

Du ingår i beredskapen en vecka av fem, tillsammans med 12 tekniker.
`,
  'driftingenjor.md': `---
title: "Driftingenjör"
location: "Stockholm"
---

## Krav

- Svenska är inget krav, vi pratar engelska i teamet.

## Bakgrundskontroll

Innan anställning gör vi ett utdrag ur belastningsregistret och en kreditupplysning.
`,
  'supportspecialist.md': `---
title: "Supportspecialist, föräldravikariat"
location: "Göteborg"
---

## Lön

32 000–35 000 kr i månaden. Tillträde 1 april 2027.
`,
  'interim-engineering-manager.md': `---
title: "Interim Engineering Manager"
location: "Stockholm"
---

## The assignment

Six months, leading two teams through a platform migration.

## How to apply

Send your CV, two references and your hourly rate to karin@kustlinje.example.
`,
  'frontend-developer.md': `---
title: "Frontend Developer"
location: "Stockholm"
---

## The role

You'll build features for the port dashboard in React and TypeScript.

## Where and when

The office is in Södermalm, and we meet there on Tuesdays; you work from home the rest of the week. Full-time, 40 hours a week.
`,
  'data-engineer.md': `---
title: "Data Engineer"
location: "Remote (UK or Ireland)"
---

## Salary

Competitive, reviewed every year.
`,
  'utvikler-oslo.md': `---
tittel: "Utvikler"
sted: "Oslo"
---

## Vi tilbyr

- Lønnsspenn 700 000–950 000 kr
- Hybrid arbeidshverdag
`,
  'utvecklare-malmo.md': `---
titel: "Utvecklare"
ort: "Malmö"
---

## Vi erbjuder

- Marknadsmässig lön
- Hybridarbete
`,
  'sommarjobb.md': `---
title: "Sommarjobb 2027"
location: "Oslo och Bergen"
---

## Om sommarjobbet

Åtta veckor i ett riktigt team, för studenter inom data och design.
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('which posting', () => {
  it('names a Nordic compound title by the role it ends in, asked in English', () => {
    const reply = ask(board, 'When does the field technician job start?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('1 mars 2027');
  });

  it('names a title written in a neighbour language ("driftsingeniør" for "Driftingenjör")', () => {
    const reply = ask(board, 'Må jeg kunne svensk for å søke stillingen som driftsingeniør?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Svenska är inget krav');
  });

  it('names a title by a word that heads one of its words and ends another ("supportvikariatet")', () => {
    const reply = ask(board, 'Vad är lönen för supportvikariatet?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('32 000–35 000 kr');
  });

  it('takes the role compared with ("like the Oslo one") for no role asked about', () => {
    const reply = ask(board, 'Is the developer job in Malmö hybrid, like the Oslo one?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('utvecklare-malmo');
  });

  it('asks which role when the same role in two cities answers differently', () => {
    const reply = ask(board, 'Hva tjener en utvikler hos dere?');
    expect(reply.kind, reply.text).toBe('clarify');
  });
});

describe('what is asked', () => {
  it('hands off a thing the postings never name, asked of a place ("dogs at the office")', () => {
    expect(ask(board, 'Are dogs allowed at the office?').kind).toBe('handoff');
  });

  it('hands off what the company would pay for when no posting names it', () => {
    expect(ask(board, 'Do you pay for home broadband in the remote frontend developer job?').kind).toBe('handoff');
  });

  it('hands off "part time?" where the posting only gives full-time hours', () => {
    expect(ask(board, 'Can the frontend developer job be done part time?').kind).toBe('handoff');
  });

  it('hands off "A or B?" when the postings name neither', () => {
    expect(ask(board, 'For the data engineer, would I be paid in euro or sterling?').kind).toBe('handoff');
  });

  it('counts "abroad" as a thing asked', () => {
    expect(ask(board, 'Can I work from abroad for a few weeks a year as frontend developer?').kind).toBe('handoff');
  });

  it('answers background checks from the passage on them, in any language', () => {
    const reply = ask(board, 'Do you do a background check for the driftingenjör job?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('belastningsregistret');
  });
});

describe('near misses', () => {
  it('does not take "send us your hourly rate" for the rate paid', () => {
    expect(ask(board, 'What hourly rate do you pay for the interim engineering manager?').kind).toBe('handoff');
  });

  it('does not take hybrid work for a home-office allowance ("hemmakontorsbidrag")', () => {
    expect(ask(board, 'Får utvecklaren i Malmö hemmakontorsbidrag?').kind).toBe('handoff');
  });

  it('wants an amount for "how much is the on-call allowance", not a head count', () => {
    expect(ask(board, 'Hur mycket är beredskapsersättningen för fältservicetekniker?').kind).toBe('handoff');
  });

  it('does not answer with what the asker ruled out ("not only Oslo/Bergen")', () => {
    const reply = ask(board, 'Finns det sommarjobb i Stockholm också, inte bara Oslo/Bergen?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('the stack', () => {
  it('finds the stack in a passage that names two technologies', () => {
    const reply = ask(board, "What's the tech stack for the frontend developer?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('React and TypeScript');
  });
});
