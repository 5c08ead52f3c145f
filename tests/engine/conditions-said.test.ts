/**
 * "Would you sponsor a permit if I moved over to Dublin?": with a topic asked
 * outside it, the condition's own words are no words the passage must hold;
 * "extra pay if I supervise apprentices" is paid for what the condition says.
 * A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'consultant.md': `---
title: "Senior .NET Consultant"
contact: "Declan Furlong"
email: "declan@larkspur.example"
---

## About us

We moved into a bigger office on the quays last spring, and the team has doubled since.

## Visa sponsorship

For our Dublin office we can support a Critical Skills Employment Permit application for the right person.

## Pay

Salary from €75,000, and a supervision allowance for seniors who mentor a graduate.
`,
};

describe('a condition said with the question', () => {
  const board = boardFor(FILES);

  it('is no words asked when a topic is asked outside it', () => {
    const reply = ask(board(), 'would ye sponsor a work permit for the senior .NET consultant role if I moved over from Brazil?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Critical Skills Employment Permit');
  });

  it('is what extra pay is asked for', () => {
    const reply = ask(board(), 'for the .NET consultant: is there extra pay if I moved into the office on the quays?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('is what is asked of when it is a state of the asker ("if I live abroad")', () => {
    const reply = ask(board(), 'can the senior .NET consultant get a work permit if I live in the quays office?');
    expect(reply.text).not.toContain('Critical Skills');
  });
});
