/**
 * Questions that a posting nearly answers: the topic is there, but not the
 * month, the count or the thing asked. A wrong quote is worse than a
 * handoff, so each of these hands off, while the question the passage does
 * answer still gets it. Written here, with no company knowledge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { ask } from './helpers.js';

const DESIGNER = `---
title: "Junior Designer"
---

Join a small studio that designs ticketing apps.

- Contract type: 6 months contract | Part-time
- Start: 1 August 2027
- We pay for your internet at home.

## How to apply

Send us your portfolio. We read every application and reply within ten working days.

## The team

You join a team of 8 people: four designers, three developers and a product lead.

Questions? Write to Siri Dahl at siri@studio.example.
`;

const LEAD = `---
title: "Designleder"
---

Vi søker en designleder til studioet vårt.

## Lønn og kompensasjon

Vi tilbyr fastlønn, bonus og et ledertillegg.

Bonusen utgjør 30 prosent av overskuddet og deles flatt mellom alle ansatte.

Spørsmål? Kontakt Ola Nordmann på ola@studio.example.
`;

const pensionPosting = (title: string, pension: string) => `---
title: "${title}"
---

## Benefits

${pension}

Questions? Write to Siri Dahl at siri@studio.example.
`;

const COMPANY_PAGE = `---
title: "Careers at Studio"
---

## Benefits for everyone

Everyone gets 30 days of vacation a year. Some benefits depend on the country you are employed in, such as pension: each posting says what applies to that role.
`;

let dir: string;
let studio: CandorEngine;
let countries: CandorEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'candor-near-'));
  for (const folder of ['studio', 'countries', 'knowledge']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'studio', 'junior-designer.md'), DESIGNER);
  writeFileSync(join(dir, 'studio', 'designleder.md'), LEAD);
  for (const title of ['Backend Developer', 'Product Manager', 'Illustrator']) writeFileSync(join(dir, 'studio', `${title.toLowerCase().replace(' ', '-')}.md`), `---\ntitle: "${title}"\n---\n\nBuild ticketing apps with us.\n`);
  writeFileSync(join(dir, 'countries', '_index.md'), COMPANY_PAGE);
  writeFileSync(join(dir, 'countries', 'designer-oslo.md'), pensionPosting('Designer in Oslo', 'Pension: 7 % of your salary from day one.'));
  writeFileSync(join(dir, 'countries', 'designer-stockholm.md'), pensionPosting('Designer in Stockholm', 'Pension according to the ITP collective agreement.'));
  writeFileSync(join(dir, 'countries', 'designer-london.md'), pensionPosting('Designer in London', 'A workplace pension with 5 % employer contribution.'));
  const knowledgeDir = join(dir, 'knowledge');
  [studio, countries] = await Promise.all([loadEngine({ contentDir: join(dir, 'studio'), knowledgeDir }), loadEngine({ contentDir: join(dir, 'countries'), knowledgeDir })]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a month asked must be the month the passage names', () => {
  it('hands off "can I start in January instead of August?" when the posting says August', () => {
    const reply = ask(studio, 'Can I start in January instead of August as a junior designer?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ email: 'siri@studio.example' });
  });

  it('answers "when can I start?" and "can I start in August?" with the start date', () => {
    for (const question of ['When can I start as a junior designer?', 'Can I start in August as a junior designer?']) {
      const reply = ask(studio, question);
      expect(reply.kind, reply.text).toBe('answer');
      expect(reply.text).toContain('1 August 2027');
    }
  });
});

describe('a figure asked must be the figure the passage gives', () => {
  it('hands off "is the team 6 people?" when the posting says a team of 8 (and 6 months elsewhere)', () => {
    const reply = ask(studio, 'Is the junior designer team 6 people?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('answers "is the team 8 people?" with the line on the team', () => {
    const reply = ask(studio, 'Is the junior designer team 8 people?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('a team of 8 people');
  });
});

describe('paying for a thing is not pay', () => {
  it('answers "do you pay for internet?" from the line on internet', () => {
    const reply = ask(studio, 'Do you pay for internet at home as a junior designer?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('We pay for your internet at home');
  });

  it('hands off "what is the pay for the junior designer?": the posting gives no salary', () => {
    const reply = ask(studio, "What's the pay for the junior designer role?");
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('a passage that gives back only what the asker said', () => {
  it('hands off "can it be extended after the 6 months?" rather than quote the 6 months', () => {
    const reply = ask(studio, 'Can the part-time junior designer contract be extended or turned into a permanent job after the 6 months?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('still quotes the contract line to "is it a permanent position?"', () => {
    const reply = ask(studio, 'Is the junior designer a permanent position?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('6 months contract');
  });
});

describe('"how many" wants a number of the thing asked', () => {
  it('hands off "how many applicants?" though the posting has "ten working days"', () => {
    const reply = ask(studio, 'How many applicants have you had for the junior designer job so far?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('answers "how many people are on the team?" with the team of 8', () => {
    const reply = ask(studio, 'How many people are on the junior designer team?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('team of 8 people');
  });

  it('hands off "how big is the leader supplement?" when only the bonus has a figure', () => {
    const reply = ask(studio, 'Hvor stort er ledertillegget for designleder?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ email: 'ola@studio.example' });
  });

  it('hands off "how many employees share the bonus?": a share of the profit counts no one', () => {
    const reply = ask(studio, 'Hvor mange ansatte deler bonusen for designleder?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('answers how big the bonus is with its figure', () => {
    const reply = ask(studio, 'Hvor stor er bonusen for designleder?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('30 prosent av overskuddet');
  });
});

describe('the company page and postings that answer each their own way', () => {
  it('asks which role for the pension when the postings differ, though the company page mentions pension', () => {
    const reply = ask(countries, 'What pension do you offer?');
    expect(reply.kind, reply.text).toBe('clarify');
    expect(reply.choices.map((choice) => choice.id).sort()).toEqual(['designer-london', 'designer-oslo', 'designer-stockholm']);
  });

  it('answers vacation, which only the company page speaks of, from the company page', () => {
    const reply = ask(countries, 'How much vacation do you get?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('30 days of vacation');
  });
});
