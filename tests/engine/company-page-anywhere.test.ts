/**
 * No role named and none answers: the company page may still say it, under a
 * heading of its own ("Where we hire" says who needs a work permit). Not in
 * what it says of itself: who owns the company is no word on stock options.
 * A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Careers at Tidewater"
---

## About us

Tidewater is owned by its employees and its founders; there is no investor behind us.

## Where we hire

We sponsor work permits for every role at our Gothenburg office, and help your family move too.

## Summer internships

Our summer interns are paid 160 kr an hour.

## Key figures

We have 80 full-time employees and 30 apprentices, and 40 percent of us are women.
`,
  'designer.md': `---
title: "Product Designer"
contact: "Maja Lind"
email: "maja.lind@tidewater.example"
---

## The role

You will design the booking flow for ferries along the west coast.
`,
  'engineer.md': `---
title: "Backend Engineer"
contact: "Maja Lind"
email: "maja.lind@tidewater.example"
---

## The role

You will build the booking API in Kotlin.
`,
};

describe('the company page, when no role answers', () => {
  const board = boardFor(FILES);

  it('answers from the section that says it', () => {
    const reply = ask(board(), "I'm a US citizen. If I get an offer, is there help with the work permit?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('We sponsor work permits');
  });

  it('does not answer from what the company says of itself', () => {
    const reply = ask(board(), 'do employees get stock options?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('does not answer for every role what it says of one kind of job', () => {
    const reply = ask(board(), 'what is the hourly pay?');
    expect(reply.text).not.toContain('160 kr');
  });

  it('does not answer the working week from a sentence that uses its words of something else', () => {
    const reply = ask(board(), 'is it full-time?');
    expect(reply.text).not.toContain('80 full-time employees');
  });
});
