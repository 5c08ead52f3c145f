/**
 * "How many devs are on the team?" asks for a count of people: a figure of
 * anything else the passage gives ("4 million sessions", "a 30-minute
 * call") does not answer it.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'react.md': `---
title: "Senior React Engineer"
contact:
  name: "Ola Berg"
  email: "ola.berg@kiln.example"
---

## The project

You'll join the team rebuilding the shop of a retailer with 4 million sessions on Black Friday.

## The process

1. A 30-minute intro call with the recruiter.
2. A 90-minute technical conversation with two engineers from the team.

## Where you work

Fully remote between UTC-1 and UTC+3, with at least four hours of overlap with the rest of the team.
`,
  'payments.md': `---
title: "Engineering Manager, Payments"
contact:
  name: "Kari Lund"
  email: "kari.lund@kiln.example"
---

## About the team

Payments is eight engineers plus a product manager.
`,
};

const board = boardFor(FILES);

describe('a head count asked', () => {
  it('hands off when the posting counts only other things', () => {
    const reply = ask(board(), 'how many devs are on the retailer project team? (senior react job)');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Ola Berg');
  });

  it('answers with the count of people, in another word for them', () => {
    const reply = ask(board(), 'how many people are in the payments team?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('eight engineers');
  });

  it('is not answered by those one meets in a step of hiring, nor by hours spent with the team', () => {
    for (const text of ['how many engineers are on the react team?', 'how big is the team for the senior react job?']) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });
});

const aarhus = boardFor({
  'konstruktion.md': `---
title: "Konstruktionsingeniør, Aarhus"
kontakt: "Jens Bo"
email: "jens.bo@tegnestue.example"
---

## Vi tilbyder

- kontor 5 minutters gang fra Aarhus H
- 37 timer om ugen med flekstid
`,
  'projektleder.md': `---
title: "Projektleder, København"
kontakt: "Lise Krog"
email: "lise.krog@tegnestue.example"
---

## Om jobbet

Du leder byggeprojekter i hovedstaden.
`,
});

describe('a head count asked in the words that name the posting', () => {
  it('is not answered by a short line that counts something else', () => {
    const reply = ask(aarhus(), 'hvor mange ingeniører er I i Aarhus?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Jens Bo');
  });
});

const asked = boardFor({
  'driver.md': `---\ntitle: "Driver"\ncontact: "Ola Berg"\n---\n\n## Applying\n\nApplicants must hold a valid driving licence. Applications are processed continuously.\n`,
  'snekker.md': `---\ntitle: "Snekker"\nkontakt: "Kari Lund"\n---\n\n## Om deg\n\nDu har minst 5 års erfaring.\n`,
});

describe('applicants counted', () => {
  it('are not answered by the team\'s size, nor by a hiring step', () => {
    for (const text of ['how many people have applied for the payments job so far?', 'hvor mange har søkt på payments-jobben?']) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });

  it('are not answered by a passage that only names applicants, nor asked by a question about what applicants need', () => {
    const applicants = ask(asked(), 'how many have applied for the driver job?');
    expect(applicants.kind, applicants.text).toBe('handoff');
    const years = ask(asked(), 'hvor mange års erfaring må søkere ha som snekker?');
    expect(years.kind, years.text).toBe('answer');
    expect(years.text).toContain('minst 5 års erfaring');
  });
});
