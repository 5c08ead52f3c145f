/**
 * Words that wrap a question without naming a thing asked ("ifølge
 * utkastet", "in general") are not words a passage must hold. A board
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'redaktor.md': `---
title: "Redaktør for digital utvikling"
draft: true
kontakt: "Kari Moe"
epost: "kari.moe@midtposten.example"
---

## Rollen

Du får ansvaret for prosjektet «Ny forside», som skal lanseres til høsten.
`,
  'utvikler.md': `---
title: "Backend Engineer"
contact: "Ola Dahl"
email: "ola.dahl@midtposten.example"
---

## Stack

Our services are written in Kotlin and run on Google Cloud.
`,
};

describe('words that wrap the question', () => {
  const board = boardFor(FILES);

  it('"ifølge utkastet": staff asking what a draft says', () => {
    const reply = ask(board(), 'internt: hvilket prosjekt skal redaktøren ha ansvaret for, ifølge utkastet?', { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Ny forside');
  });

  it('"in general": a thing asked of the board at large', () => {
    const reply = ask(board(), 'do you use kotlin in general?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Kotlin');
  });
});
