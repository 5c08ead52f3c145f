/**
 * Whether a job goes on past its end ("blir det fast etterpå?", "does the
 * internship turn into a real job?") is answered only by a passage that
 * speaks of after, not by one that names the job's terms. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'jordmor.md': `---
title: "Jordmor – vikariat 80 %"
kontakt: "Sunniva Lyngstad"
epost: "sunniva.lyngstad@sykehus.example"
---

## Vi tilbyr

- Vikariat i 80 % stilling fra 1. mars til 31. desember
- Faste fagdager og årlig akuttrening
`,
  'graduate.md': `---
title: "Graduate Programme 2027"
contact: "Mette Holm"
email: "mette.holm@insurer.example"
---

## Details

- Employment: 2-year graduate contract
- After the programme you join our summer party and the alumni network.
`,
  'laerling.md': `---
title: "Lærling i elektrofaget"
kontakt: "Rune Bakke"
epost: "rune.bakke@sykehus.example"
---

## Om læretiden

Læretiden er to år. Etter bestått fagprøve får du tilbud om fast jobb hos oss.
`,
};

const board = boardFor(FILES);

describe('whether a job goes on past its end', () => {
  it('hands off when the posting only states its terms', () => {
    const reply = ask(board(), 'vikariatet som jordmor, er det sjanse for at det blir fast etterpå?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Sunniva Lyngstad');
  });

  it('answers from the passage that says what comes after', () => {
    const reply = ask(board(), 'blir lærlingen fast etterpå?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('tilbud om fast jobb');
  });
});

describe('a job after the end, asked in other words', () => {
  it('is not answered by the contract, nor by an "after" said of something else', () => {
    for (const text of ['do graduates get a permanent job after the 2 years or is it just bye bye?', 'blir man anställd efter graduate-programmet om det går bra?']) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
      expect(reply.recruiter?.name).toBe('Mette Holm');
    }
  });
});

describe('a probation period asked', () => {
  it('is not answered by the kind of employment', () => {
    const reply = ask(board(), 'er det prøvetid i jordmor-vikariatet?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Sunniva Lyngstad');
  });
});

describe('a job asked for after a traineeship', () => {
  it('is not answered by what the role is', () => {
    const reply = ask(board(), 'får man jobb hos dere etter sommeren om det går bra?', { contextPostingId: 'jordmor' });
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

const extended = boardFor({
  'intern.md': `---\ntitle: "Summer Intern"\ncontact: "Ola Dahl"\n---\n\n## About\n\nThe internship runs for 10 weeks. You join our extended team of 40 engineers in Tromsø.\n`,
});

describe('a word of going on said of something else', () => {
  it('does not answer whether the job goes on', () => {
    const reply = ask(extended(), 'does the internship turn into a job afterwards?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});
