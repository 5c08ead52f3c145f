/**
 * What two more employers' postings, read blind, showed: front matter in
 * Danish and Swedish, a perks list under any heading, a team's name in a
 * question, "the Aarhus one", a topic named to rule it out, a question with
 * "or" in it. Written here, with no company knowledge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const COMPANY = `---
title: "Job hos Fjordkode"
---

## Om os

Fjordkode blev grundlagt i 2012. Vi har kontorer i København og Aarhus.

## Det får alle fastansatte

- Pension på 10 % af lønnen
- 6. ferieuge oven i de fem lovbestemte ferieuger
- Fuld løn under barsel i 26 uger
- Sundhedsforsikring
`;

const OPS = `---
titel: "Driftsingeniør"
arbejdssted: "København"
afdeling: "Platform"
---

## Dine opgaver

- Drift af Kubernetes med Terraform og Helm
- Code review og pair programming med teamet

## Rådighedsvagt

Rådighedstillæg — 3.800 kr. pr. vagtuge.

## Løn og vilkår

- Fuldtid, 37 timer om ugen. Løn forhandles individuelt.
- Pension på 10 % og 6. ferieuge

Spørgsmål? Kontakt Henrik Holm på hh@fjordkode.example.
`;

const ML = `---
title: "Machine Learning Engineer"
location: "Aarhus"
team: "Applied AI"
contact:
  name: "Tobias Winther"
  email: "tw@fjordkode.example"
---

## Who we are

Applied AI is a team of six engineers in our Aarhus office.

## What we offer

- Salary: 55.000 kr. per month
- A personal education budget and conference trips
- 10% pension and a 6th week of holiday
`;

const BACKEND = `---
title: "Backend-udvikler i Aarhus"
location: "Aarhus"
---

## Om stillingen

Du bygger vores betalingsplatform i Kotlin.

## Løn og vilkår

- Løn: 50.000 kr. om måneden
- Pension på 10 % og 6. ferieuge
- Vi rejser sammen til kunder hvert kvartal
- Du kan arbejde hjemme, når det passer teamet

Spørgsmål? Kontakt Mikkel Dahl på md@fjordkode.example.
`;

const OFFSHORE = `---
title: "Servicetekniker havvind"
location: "Stavanger"
---

## Arbeidsoppgaver

- Installasjon av sensorer i turbiner, på land og offshore, med turer på 3 til 7 dager
- Vi tilbyr inntil to dager hjemmekontor i uka

## Vi tilbyr

- Et årlig kursbudsjett, og to uker i året til egne prosjekter

Spørsmål? Kontakt Marius Eikeland på me@fjordkode.example.
`;

const FIELD = `---
title: "Fältservicetekniker"
---

## Om rollen

Du installerar fordonsterminaler hos våra kunder. B-körkort är ett krav.

Frågor? Kontakta Mikael Åberg på ma@fjordkode.example.
`;

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard({ '_index.md': COMPANY, 'driftsingenior.md': OPS, 'ml-engineer.md': ML, 'backend-udvikler-aarhus.md': BACKEND, 'faltservicetekniker.md': FIELD, 'servicetekniker-offshore.md': OFFSHORE }));
});

afterAll(() => remove());

describe('front matter in other languages', () => {
  it('takes the title from "titel" and names the posting by it', () => {
    const reply = ask(board, 'Bruger driftsingeniøren Terraform?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.title).toBe('Driftsingeniør');
    expect(reply.text).toContain('Terraform og Helm');
  });

  it('quotes a contact given as a table of name and e-mail', () => {
    const reply = ask(board, 'Who is the contact person for the machine learning engineer?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Tobias Winther');
  });
});

describe('the company page', () => {
  it('answers from a list of perks whatever its heading says', () => {
    const reply = ask(board, 'Hvad får man under barsel?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Fuld løn under barsel i 26 uger');
  });

  it('speaks for the postings when they give the figure it gives, in their own words', () => {
    const reply = ask(board, 'Har I 6. ferieuge?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting).toBeNull();
    expect(reply.text).toContain('6. ferieuge oven i de fem lovbestemte ferieuger');
  });
});

describe('what is asked', () => {
  it('reads a capital I as the Danish "you", not as "in"', () => {
    const reply = ask(board, 'Bruger I Terraform?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Terraform og Helm');
  });

  it('does not quote a topic the asker ruled out', () => {
    const reply = ask(board, 'Hvad er grundlønnen for driftsingeniøren – altså ikke vagttillægget?');
    expect(reply.text).not.toContain('3.800 kr');
  });

  it('needs one side of an "or" whole: "a coding test or a take-home" is not met by code review', () => {
    const reply = ask(board, 'Is there a coding test or take-home for the driftsingeniør position?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ email: 'hh@fjordkode.example' });
  });

  it('answers "how much travel" with how often, not with a mention of trips', () => {
    expect(ask(board, 'How much travel is there for the machine learning engineer?').kind).toBe('handoff');
    const reply = ask(board, 'Hvor meget rejser man som backend-udvikler?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('hvert kvartal');
  });

  it('hands off what is asked of a team named in the question when the posting never says it', () => {
    const reply = ask(board, 'Kan man tage en erhvervs-ph.d. som machine learning engineer i Applied AI-teamet?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('gives the hint to "what can you help with?"', () => {
    for (const question of ['Hvad kan du hjælpe med?', 'vad kan du hjälpa mig med?']) expect(ask(board, question).kind, question).toBe('help');
  });
});

describe('near misses', () => {
  it('hands off a thing asked inside a word that also names the role ("offshoretillegg")', () => {
    const reply = ask(board, 'Får man offshoretillegg som servicetekniker?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ email: 'me@fjordkode.example' });
  });

  it('wants an amount when the asker names a currency ("how big is the budget, in NOK?")', () => {
    const reply = ask(board, 'How big is the course budget for the servicetekniker, in NOK?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('asks which role when one posting gives the number and others speak of it otherwise', () => {
    const reply = ask(board, 'Hvor mange dager hjemmekontor kan jeg ha?');
    expect(reply.kind, reply.text).toBe('clarify');
  });
});

describe('which posting', () => {
  it('names a title word with its middle left out ("fälttekniker")', () => {
    const reply = ask(board, 'Behöver man körkort för fälttekniker jobbet?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('B-körkort är ett krav');
  });

  it('asks which role for "the Aarhus one" when two postings are in Aarhus', () => {
    const reply = ask(board, "What's the salary for the Aarhus one?");
    expect(reply.kind, reply.text).toBe('clarify');
  });
});
