/**
 * "A bonus on top of the salary?": what it comes on top of is the frame,
 * the bonus is asked; a variable salary is a bonus by another name. A board
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'prosjektleder.md': `---
title: "Prosjektleder bygg"
kontakt: "Kjetil Bråten"
epost: "kjetil@nordkant.example"
---

## Vi tilbyr

- Prosjektbonus knyttet til økonomisk resultat og HMS i prosjektet
- Firmahytter på fjellet og ved sjøen
`,
  'platform.md': `---
title: "Platform Engineer"
contact: "Lise Aamodt"
email: "lise@skarv.example"
---

## What we offer

We compensate with a combination of salary and a variable salary based on the company's monthly targets.
`,
};

describe('a bonus on top of the pay', () => {
  const board = boardFor(FILES);

  it('is answered by the passage on the bonus, though it names no salary', () => {
    const reply = ask(board(), 'prosjektleder – er det noe bonus oppå lønna eller bare fastlønn?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Prosjektbonus');
  });

  it('is answered by a variable salary', () => {
    const reply = ask(board(), 'platform engineer: is there any bonus on top of base salary?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('variable salary');
  });
});
