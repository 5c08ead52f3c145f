/**
 * The words of questions nobody tuned for, on a board written here with no
 * company knowledge: the company's name from its page, who is asking before
 * a colon, sick pay, "how long", a salary range with no word of pay, the unit
 * of a count, "who pays".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Careers at Harbourlight Labs"
---

## Benefits for everyone

- Holidays: 28 days' leave plus public holidays
- Pension: in Ireland we pay 7% into a PRSA for you
- Sick pay: 15 days at full pay each year
- Learning: a yearly course budget
- Private health insurance with Vhi, for you and your family

Questions? Write to people@harbourlightlabs.example.
`,
  'platform-engineer.md': `---
title: "Platform Engineer"
location: "Leeds"
salary_min: 60000
salary_max: 70000
recruiter: "Ola Reyes"
recruiter_email: "ola.reyes@harbourlightlabs.example"
---

## The package

- £60,000 to £70,000, depending on experience
- Share options
- The company-wide benefits: pension, private health insurance and the rest

## The team

Platform is six squads, with engineers in Leeds and York.

## Vetting

Every engineer goes through BPSS vetting before starting, and it can take up to six weeks.

## Working here

We meet in person once a quarter in Leeds, and we pay your travel and hotel for it.
`,
  'account-executive.md': `---
title: "Account Executive"
department: "Sales"
location: "Leeds or York"
---

## Pay

On-target earnings of £95,000, half of it base, and private health insurance like everyone here.

## Where

You choose whether you belong to the Leeds or the York office.
`,
  'support-agent.md': `---
title: "Support Agent"
location: "Cork"
recruiter: "Nell Byrne"
recruiter_email: "nell.byrne@harbourlightlabs.example"
---

## Hours

You work shifts: 7:00 to 15:00 one week and 11:00 to 19:00 the next, with one Saturday in four.

## Where

The phones are in the Cork office, so this role is fully office-based.

## Salary

€34,000 a year, with 30 semesterdagar and a PRSA.

We cover private health insurance from your first day.
`,
  'salesforce-contractor.md': `---
title: "Salesforce Developer (Contract)"
location: "Leeds"
rate: "£500 – £560 per day"
recruiter: "Ola Reyes"
recruiter_email: "ola.reyes@harbourlightlabs.example"
---

## The client

A housing association; we announce the second phase in March.
`,
  'draft-head-of-data.md': `---
title: "Head of Data"
draft: true
---

## Pay

Base salary £120,000.
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('the company', () => {
  it('knows its name from the careers page title, so "at Harbourlight" asks nothing more', () => {
    const reply = ask(board, 'How much holiday do you get at Harbourlight?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain("28 days' leave");
  });

  it('answers a benefit from the company page when postings only name it', () => {
    const reply = ask(board, 'do you offer private health insurance?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Vhi');
  });

  it('answers sick pay from the company page, company-wide', () => {
    const reply = ask(board, 'what sick pay do you offer?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('15 days at full pay');
  });
});

describe('what is asked', () => {
  it('reads who is asking before a colon as no part of the question', () => {
    const reply = ask(board, 'Hiring team here: what base salary did we put in the Head of Data draft?', { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('£120,000');
  });

  it('answers "how long" with a span of time', () => {
    const reply = ask(board, 'How long does the vetting take for the platform engineer?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('up to six weeks');
  });

  it('reads "who pays for it?" as whether it is paid, not as who', () => {
    const reply = ask(board, 'Platform engineer: do you ever meet in person, and who pays for getting there?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('we pay your travel and hotel');
  });

  it('takes shifts for working hours and a Saturday for a weekend', () => {
    const reply = ask(board, 'what are the shifts like for the support agent? do i have to work weekends');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('7:00 to 15:00');
  });
});

describe('contacts', () => {
  it('reads "hiring contact" as the contact, not as hiring', () => {
    const reply = ask(board, "who's listed as hiring contact on the support agent post?", { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Nell Byrne');
  });
});

describe('counts', () => {
  it('answers how many of the thing a passage counts', () => {
    const reply = ask(board, 'how many squads does platform have, for the platform engineer?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('six squads');
  });

  it('does not take a count of one thing for a count of another it names', () => {
    const reply = ask(board, 'platform engineer: how many engineers are in each squad?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('remote work', () => {
  it('answers working from home "some days" with an office-based role', () => {
    const reply = ask(board, 'can the support agent work from home some days?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('fully office-based');
  });
});

describe('rates and dates', () => {
  it('reads a rate by the day as pay', () => {
    const reply = ask(board, "what's the day rate on the salesforce contract?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('£500 – £560 per day');
  });

  it('does not give a month for "what date"', () => {
    const reply = ask(board, 'what date in march is the second phase announced for the salesforce contract?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('which posting', () => {
  it('names a posting by the team only it is in ("the sales role")', () => {
    const reply = ask(board, 'whats the OTE on the sales role');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('£95,000');
  });

  it('reads two places that name the posting, and nothing else asked, as asking where it is', () => {
    const reply = ask(board, 'Account executive – must I sit in Leeds, or can I be in York?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Leeds or the York office');
  });
});

describe('the passage that answers', () => {
  it('quotes a salary range that names no word of pay over the front matter', () => {
    const reply = ask(board, 'how much does the platform engineer role pay?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('£60,000 to £70,000');
  });

  it('counts "30 semesterdagar" as vacation days', () => {
    const reply = ask(board, 'How many vacation days does the support agent get?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('30 semesterdagar');
  });

  it('knows a PRSA for a pension', () => {
    const reply = ask(board, 'what about pension?', { contextPostingId: 'support-agent' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('support-agent');
  });
});
