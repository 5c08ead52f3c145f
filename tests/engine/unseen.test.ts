/**
 * A posting shaped like none of the bundled or fixture ones (other headings,
 * a FAQ, a one-line time-off fact), written here so the engine is held to
 * the format rather than to files it was tuned on.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { ask, load } from './helpers.js';

const POSTING = `---
title: "Site Reliability Engineer"
team: "Reliability"
location: "Gothenburg or remote in Sweden"
draft: false
sidebarlinkurl: "https://jobs.example.com/sre"
---

Keep a Nordic cloud up while it grows.

## Why join us?

- A calm on-call: one week in six, with a day off after every night you were paged.
- A conference of your choice every year.

## Your day-to-day

You will automate away toil with Go and Terraform, run our Prometheus and Grafana stack, and lead incident reviews without blame.

## Who we're looking for

- Five years running Linux in production.
- You can read Go and write Bash.

## Compensation & benefits

The salary range for this role is 58 000 – 72 000 SEK per month.

- 30 days of paid vacation per year.
- Pension according to the collective agreement.

## Hiring process

1. A 30-minute call with the hiring manager.
2. A take-home incident review (paid).
3. A final conversation with the team.

## Where you'll work

From our Gothenburg office, or fully remote anywhere in Sweden.

{{% accordion title="Do you sponsor visas?" %}}
Yes. We sponsor work permits for candidates moving to Sweden and pay for the relocation.
{{% /accordion %}}

{{< horisontal-card cardtitle="Questions?" text="Ask Robin at robin.berg@example.com" link="mailto:robin.berg@example.com" >}}
`;

/** A Swedish posting: compounds ("jourschema"), a salary in a note box, the recruiter named only in the apply text. */
const SWEDISH = `---
Title: "Backendutvecklare till betalningsteamet"
Team: "Betalningar"
Location: "Stockholm"
language: "sv"
draft: "false"
sidebarlinkurl: "https://jobb.example.se/backend"
---

{{< ingress >}}
Vill du bygga betalningar som tusentals kunder litar på varje dag?
{{< /ingress >}}

### Om tjänsten

Du kommer att utveckla och drifta våra betaltjänster i Kotlin och PostgreSQL. Du arbetar nära produktägaren och deltar i teamets jourschema, ungefär en vecka av sex.

### Vi söker dig som

- Har minst tre års erfaring av backendutveckling.
- Kan Kotlin eller Java.
- Talar svenska och engelska.

### Vi erbjuder

- 30 dagars semester.
- Friskvårdsbidrag på 5 000 kronor per år.
- Hybridarbete: tre dagar på kontoret, resten hemifrån.

{{% note "info" %}}
Lönespann: 50 000 – 62 000 kronor i månaden.
{{% /note %}}

### Ansökan

Skicka ditt CV till rekryteraren Elin Svensson, elin.svensson@example.se. Vi läser ansökningar löpande.

{{% accordion title="Behöver jag vara svensk medborgare?" %}}
Nej, men du behöver ha arbetstillstånd i Sverige.
{{% /accordion %}}
`;

/** Two postings titled alike, told apart only by their place. */
const twin = (city: string) => `---
title: "Developer"
location: "${city}"
---

## The role

We are building the ${city} office and want a developer who likes to learn.

## About us

We grew fast this year. Example is a small consultancy that builds booking systems for ferries.

## What we ask

- Programming experience in Kotlin.

## What we offer

- A pension of 7 % of your salary.

## Contact

Ask Kari Nordmann at kari@example.com.
`;

let dir: string;
let engine: CandorEngine;
let swedish: CandorEngine;
let twins: CandorEngine;
let roles: CandorEngine;

/** A board in English that a candidate asks about in Swedish, titles written as one word. */
const role = (title: string, weeks: number) => `---
title: "${title}"
---

## About the role

You will build the services behind our booking system.

## Benefits

- ${weeks} weeks of paid vacation.
`;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'candor-unseen-'));
  mkdirSync(join(dir, 'career'));
  mkdirSync(join(dir, 'svenska'));
  writeFileSync(join(dir, 'career', 'site-reliability-engineer.md'), POSTING);
  writeFileSync(join(dir, 'svenska', 'backendutvecklare.md'), SWEDISH);
  mkdirSync(join(dir, 'twins'));
  // A company with no knowledge folder of its own: its name is its e-mail domain's.
  mkdirSync(join(dir, 'no-knowledge'));
  for (const city of ['Oslo', 'Bergen']) writeFileSync(join(dir, 'twins', `developer-${city.toLowerCase()}.md`), twin(city));
  mkdirSync(join(dir, 'roles'));
  writeFileSync(join(dir, 'roles', 'backend-developer.md'), role('Backend developer', 5));
  writeFileSync(join(dir, 'roles', 'senior-backend-developer.md'), role('Senior backend developer', 6));
  writeFileSync(join(dir, 'roles', 'frontend-developer.md'), role('Frontend developer', 4));
  roles = await loadEngine({ contentDir: join(dir, 'roles'), knowledgeDir: join(dir, 'no-knowledge') });
  [engine, swedish, twins] = await Promise.all([load(join(dir, 'career')), load(join(dir, 'svenska')), loadEngine({ contentDir: join(dir, 'twins'), knowledgeDir: join(dir, 'no-knowledge') })]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a posting the engine was not tuned on', () => {
  const answers: [string, string][] = [
    ['how much does the SRE role pay?', '58 000 – 72 000 SEK per month'],
    ['what does the interview process look like?', 'take-home incident review'],
    ['can I work from home?', 'fully remote anywhere in Sweden'],
    ['how many vacation days do I get?', '30 days of paid vacation'],
    ['do you sponsor visas?', 'We sponsor work permits'],
    ['is there on-call?', 'one week in six'],
    ['what would I be doing day to day?', 'automate away toil'],
    ['what experience do you need?', 'Five years running Linux'],
    ['hva er lønnen?', '58 000 – 72 000 SEK'],
    ['who do I contact with questions?', 'robin.berg@example.com'],
    ['how do I apply?', 'https://jobs.example.com/sre'],
    ['is there a budget for conferences?', 'A conference of your choice every year'],
  ];
  for (const [question, fact] of answers) {
    it(`answers "${question}" from the posting`, () => {
      const reply = ask(engine, question);
      expect(reply.kind, reply.text).toBe('answer');
      expect(reply.text).toContain(fact);
    });
  }

  it('quotes the whole list of steps for the process, and only the matching item for a specific perk', () => {
    const process = ask(engine, 'what are the steps in the hiring process?');
    expect(process.text).toContain('A 30-minute call');
    expect(process.text).toContain('A final conversation with the team');
    const perk = ask(engine, 'is there a budget for conferences?');
    expect(perk.text).not.toContain('on-call');
  });

  it('quotes a step of a numbered list with the other steps', () => {
    const reply = ask(engine, 'is there a take-home in the hiring process?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('A take-home incident review');
    expect(reply.text).toContain('A 30-minute call');
    expect(reply.text).toContain('A final conversation with the team');
  });

  const unanswered = [
    'is there a company car?',
    // A word shared is not an answer: "the hiring manager" in the process says nothing of who manages the role.
    'who would I report to?',
    // Under the right heading but without the asked fact.
    'do I need to speak Swedish?',
    'when can I start?',
  ];
  for (const question of unanswered) {
    it(`hands off "${question}" to the contact the posting names`, () => {
      const reply = ask(engine, question);
      expect(reply.kind, reply.text).toBe('handoff');
      expect(reply.recruiter).toMatchObject({ name: 'Robin Berg', email: 'robin.berg@example.com' });
    });
  }
});

describe('a Swedish posting the engine was not tuned on', () => {
  const answers: [string, string][] = [
    ['Vad är lönen?', '50 000 – 62 000 kronor'],
    ['what is the salary?', '50 000 – 62 000 kronor'],
    ['Finns det jour?', 'jourschema'],
    ['is there on-call?', 'jourschema'],
    ['Kan jag jobba hemifrån?', 'resten hemifrån'],
    ['Hur många semesterdagar?', '30 dagars semester'],
    ['Behöver jag arbetstillstånd?', 'arbetstillstånd i Sverige'],
  ];
  for (const [question, fact] of answers) {
    it(`answers "${question}"`, () => {
      const reply = ask(swedish, question);
      expect(reply.kind, reply.text).toBe('answer');
      expect(reply.text).toContain(fact);
    });
  }

  it('hands off to the recruiter named in the apply text, in Swedish', () => {
    const reply = ask(swedish, 'Finns det gym?');
    expect(reply.kind).toBe('handoff');
    expect(reply.recruiter).toMatchObject({ name: 'Elin Svensson', email: 'elin.svensson@example.se' });
    expect(reply.text).toContain('Jag har skickat din fråga till Elin Svensson');
  });
});

describe('two postings alike but for their place, with no company knowledge', () => {
  it('takes the place as naming the posting, not as what is asked: what is left is, and a posting that does not say it hands off', () => {
    const reply = ask(twins, 'Can I work 80 % as a developer in Oslo?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.posting?.id).toBe('developer-oslo');
    expect(reply.recruiter).toMatchObject({ email: 'kari@example.com' });
  });

  it('finds a word asked by its everyday synonym ("code" for "programming")', () => {
    const reply = ask(twins, 'Do I need to know how to code for the developer job in Oslo?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Programming experience in Kotlin');
  });

  it('says what the company does in the words its postings describe it with', () => {
    for (const question of ['What does Example do?', 'What does Example.com do as a company?']) {
      const reply = ask(twins, question);
      expect(reply.kind, reply.text).toBe('answer');
      expect(reply.text).toContain('Example is a small consultancy that builds booking systems for ferries');
    }
  });

  it('still answers what the posting does say of that role', () => {
    const reply = ask(twins, 'Is there a pension for the developer in Oslo?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('developer-oslo');
    expect(reply.text).toContain('7 % of your salary');
  });
});

describe('a title asked about as one word in another language', () => {
  it('"backendutvecklare (inte senior)" names the Backend developer', () => {
    const reply = ask(roles, 'Hur många semesterveckor får man som backendutvecklare (inte senior)?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('backend-developer');
    expect(reply.text).toContain('5 weeks of paid vacation');
  });
});
