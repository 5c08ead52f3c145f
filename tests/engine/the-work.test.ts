/**
 * "What would I be doing?" is answered with what the posting says the work
 * is, and a role asked about in a compound ("designerjobben") is the role
 * whose title heads it with the longest word. Written here, with no company
 * knowledge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { ask } from './helpers.js';

const TECH_LEAD = `---
title: "Tech Lead for our data platform team"
---

As a tech lead you will guide a team that runs our data platform on Kubernetes.

## What will you do?

- Mentor four engineers and review their designs.
- Own the platform's roadmap with the product manager.

## Who are you?

- Five years of backend experience.

Questions? Write to Kari Nord at kari@example.no.
`;

const posting = (title: string, body: string, contact: string) => `---
title: "${title}"
---

${body}

Spørsmål? Kontakt ${contact}.
`;

let dir: string;
let board: CandorEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'candor-work-'));
  for (const folder of ['board', 'knowledge']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'board', 'tech-lead.md'), TECH_LEAD);
  writeFileSync(join(dir, 'board', 'designer-bergen.md'), posting('Designer i Bergen', 'Vi søker en designer til kontoret i Bergen.\n\n## Om oss\n\nExample ble startet i 2015 og er 100 % eid av de ansatte. I Bergen har vi kontor i Vaskerelven 39.', 'Andreas Lie på andreas@example.no'));
  writeFileSync(join(dir, 'board', 'design-director-bergen.md'), posting('Chief Design Officer i Bergen', 'Vi søker en designleder som skal bygge designfaget i Bergen. Du jobber fra kontoret vårt, hos kunden eller hjemmefra.\n\n## Aksjer\n\nFørste april hvert år selger selskapet aksjer i selskapet til alle ansatte, og alle ansatte kan kjøpe aksjer i Example.', 'Marius Krakeli på marius@example.no'));
  writeFileSync(join(dir, 'board', 'utvikler-oslo.md'), posting('Utvikler i Oslo', 'Vi søker en utvikler.', 'Linn Sandvik på linn@example.no'));
  writeFileSync(join(dir, 'board', 'prosjektleder-oslo.md'), posting('Prosjektleder i Oslo', 'Vi søker en prosjektleder.', 'Linn Sandvik på linn@example.no'));
  board = await loadEngine({ contentDir: join(dir, 'board'), knowledgeDir: join(dir, 'knowledge') });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the work is', () => {
  it('answers "what would I be doing?" with the section on what the role does', () => {
    const reply = ask(board, 'What would I actually be doing as the tech lead for the data platform?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('tech-lead');
    expect(reply.text).toContain('Mentor four engineers');
  });

  it('answers a question about a thing the work involves from the passage that says it', () => {
    const reply = ask(board, 'Would the tech lead mentor anyone?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Mentor four engineers');
  });
});

describe('a role asked about inside a compound', () => {
  it('reads "designerjobben" as the designer role, not the design director', () => {
    const reply = ask(board, 'Dekker dere flytting til Bergen hvis jeg får designerjobben der?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.posting?.id).toBe('designer-bergen');
    expect(reply.recruiter).toMatchObject({ email: 'andreas@example.no' });
  });
});

describe('when the company began', () => {
  it('answers "when was it founded and who owns it?" with the sentence on both, not the share programme', () => {
    const reply = ask(board, 'When was Example founded and who owns it?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('startet i 2015');
    expect(reply.text).not.toContain('Første april');
  });
});

describe("the company's office in a place that names postings", () => {
  it('answers "where is your office in Bergen?" with the address, not "which role?"', () => {
    const reply = ask(board, 'Hvor ligger kontoret deres i Bergen?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Vaskerelven 39');
  });
});
