/**
 * A remote-first startup's postings, written here with no company knowledge:
 * pay in a table by region, a senior and a staff role alike, a recruiter and
 * a hiring manager both named, questions typed the way people chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Careers at Tackline"
---

Tackline builds scheduling software. We work remotely across North America and Europe.
`,
  'senior-platform-engineer.md': `---
title: "Senior Software Engineer, Platform"
recruiter:
  name: "Jo Okafor"
  email: "jo@tackline.example"
---

## What we offer

| Level | US base | EU base |
|---|---|---|
| Senior I | $160,000 – $175,000 | €92,000 – €101,000 |

Relocation is not offered for this role.
`,
  'staff-platform-engineer.md': `---
title: "Staff Software Engineer, Platform"
hiring_manager:
  name: "Sigrid Hal"
  email: "sigrid@tackline.example"
recruiter:
  name: "Ben Ruiz"
  email: "ben@tackline.example"
---

## What we offer

Compensation: we share the range in the first call.

Relocation: if you move to our Oslo hub, we cover relocation up to $15,000.

This role has no direct reports.
`,
  'new-grad.md': `---
title: "Software Engineer, New Grad (2026)"
---

## About the program

Bootcamp grads and self-taught engineers are welcome.

Applications for the 2026 cohort close on November 30, 2025.
`,
  'account-executive.md': `---
title: "Account Executive"
---

## Compensation

Base $95,000 plus uncapped commission.
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('a table of pay', () => {
  it('answers from the column the question names ("EU pay")', () => {
    const reply = ask(board, "what's the EU base pay for the senior platform role?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('EU base: €92,000 – €101,000');
  });
});

describe('what a word does in its sentence', () => {
  it('reads "I would like the salary range" as asking for it, not as a comparison', () => {
    const reply = ask(board, 'Hi! I would like the EU base salary range for the senior platform role please?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('€92,000');
  });
});

describe('roles alike', () => {
  it('takes "staff" for the Staff role', () => {
    const reply = ask(board, 'would I have direct reports in the staff platform role?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('staff-platform-engineer');
  });

  it('takes the role the asking sentence names, not the one the asker compares it with', () => {
    const reply = ask(board, 'for the senior platform role do you help with relocation? I know the staff one does');
    expect(reply.posting?.id ?? reply.recruiter?.email, reply.text).not.toBe('staff-platform-engineer');
    expect(reply.text).not.toContain('$15,000');
  });

  it('hands off to the recruiter, not the hiring manager', () => {
    const reply = ask(board, 'does the staff platform role sponsor visas?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ email: 'ben@tackline.example' });
  });
});

describe('chatty questions', () => {
  it('reads the question before a second sentence that has no question mark', () => {
    const reply = ask(board, 'is there a salary range for the staff engineer posting? couldnt find one');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('we share the range in the first call');
  });

  it('does not take people named without a number for the team', () => {
    const reply = ask(board, 'does the new grad role take bootcamp people?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Bootcamp grads');
  });

  it('finds a deadline in "applications close on"', () => {
    const reply = ask(board, 'when do apps close for the new grad thing?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('November 30, 2025');
  });

  it('answers "is commission capped?" from "uncapped commission"', () => {
    const reply = ask(board, 'account executive: is commission capped?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('uncapped commission');
  });
});
