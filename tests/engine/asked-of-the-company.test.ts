/**
 * "Kan man jobbe hjemmefra hos dere?": asked of the company, with no role
 * named. When a few roles answer it each their own way, which role decides;
 * when nearly every role answers it, the company does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { ask, boardFor } from './helpers.js';

const posting = (title: string, body: string) => `---
title: "${title}"
kontaktperson: "Siri Holm"
epost: "siri.holm@bakeriet.example"
---

${body}
`;

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Bakeriet"
---

Bakeriet baker brød til dagligvarebutikker på hele Østlandet.

## Slik ansetter vi

1. Intervju med leder.
2. Alle nye medarbeidere må legge fram politiattest før første arbeidsdag.
3. Tilbud: alle faste stillinger har seks måneders prøvetid.
4. Vi tar ikke imot søknader på e-post, bare via skjemaet i utlysningen.

## For everyone

- Parental leave top-up: we top up your parental benefit to 90 % of your salary for six months.
- Pension: a plan that mirrors ITP1, from your first day.
`,
  'utvikler.md': posting('Utvikler', '## Hjemmekontor\n\nDu kan jobbe hjemmefra to dager i uka.\n\n## Om deg\n\nDu kan TypeScript.'),
  'regnskap.md': posting('Regnskapsmedarbeider', '## Hjemmekontor\n\nStillingen har fast oppmøte på kontoret i Lillestrøm alle dager.\n\n## Om deg\n\nDu har erfaring med regnskap.'),
  'baker.md': posting('Baker', '## Om jobben\n\nDu baker brød på nattskift i Lillestrøm.'),
  'sjafor.md': posting('Sjåfør', '## Om jobben\n\nDu kjører brød ut til butikkene fra klokka fire.'),
  'lager.md': posting('Lagermedarbeider', '## Om jobben\n\nDu plukker varer på lageret i Lillestrøm.'),
};

const board = boardFor(FILES);
const emptyKnowledge = () => mkdtempSync(join(tmpdir(), 'candor-knowledge-'));

describe('a topic asked of the company, no role named', () => {
  it('asks which role when a few roles answer it each their own way', () => {
    const reply = ask(board(), 'Kan man jobbe hjemmefra hos dere?');
    expect(reply.kind, reply.text).toBe('clarify');
    expect(reply.choices.map((choice) => choice.id)).toEqual(expect.arrayContaining(['utvikler', 'regnskap']));
  });

  it('asks which role when the company is named as whose the job is', () => {
    expect(ask(board(), 'kan man jobbe hjemmefra hos bakeriet?').kind).toBe('clarify');
  });

  it('answers from the role named', () => {
    const reply = ask(board(), 'Kan man jobbe hjemmefra som utvikler hos dere?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('to dager i uka');
  });
});

describe('a policy the company page states in passing', () => {
  it('answers it, wherever on the page it is said', () => {
    expect(ask(board(), 'Is there a probation period when you start?').text).toContain('seks måneders prøvetid');
    expect(ask(board(), 'må man vise politiattest når man blir ansatt?').text).toContain('legge fram politiattest');
    expect(ask(board(), 'får man nåt föräldralönetillägg hos er?').text).toContain('90 % of your salary');
    expect(ask(board(), 'kan jeg sende CV-en på mail i stedet for skjemaet?').text).toContain('tar ikke imot søknader på e-post');
    expect(ask(board(), 'do you pay tjänstepension? itp or something else?').text).toContain('mirrors ITP1');
  });
});

describe('an office asked of by its place', () => {
  let dk: CandorEngine;
  beforeAll(async () => {
    dk = await loadEngine({ contentDir: 'tests/fixtures/blind-dk/content/jobs', knowledgeDir: emptyKnowledge() });
  });

  it('answers with the address there, not the first one listed', () => {
    const reply = ask(dk, 'hvad er adressen på jeres kontor i Aarhus?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Åboulevarden 37');
    expect(reply.text).not.toContain('Vesterbrogade');
  });
});
