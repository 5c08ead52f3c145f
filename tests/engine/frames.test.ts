/**
 * A topic said only as the frame of a narrower one is met by it: "skal man
 * have C-kørekort?" asks a requirement in small words and the licence
 * answers. Asked by its own name ("what are the requirements?"), it is not:
 * one line on the language is not the requirements.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const board = boardFor({
  'chauffor.md': `---
title: "Chauffør til morgenkørsel (deltid)"
kontakt: "Jonas Dal"
---

## Om jobbet

Du kører i en af vores elektriske varebiler under 3.500 kg, så et almindeligt kørekort (kategori B) er nok.
`,
  'butikk.md': `---
title: "Butikkmedarbeider"
kontakt: "Kari Vik"
---

## Om deg

Du snakker flytende norsk.

## Arbeidstid

Du jobber hver tredje helg, lørdag 10–16. Stillingen er 60 % deltid.
`,
});

describe('a topic asked as the frame of a narrower one', () => {
  it('is met by the narrower topic', () => {
    const licence = ask(board(), 'chauffør-jobbet: skal man have C-kørekort eller er B nok?');
    expect(licence.kind, licence.text).toBe('answer');
    expect(licence.text).toContain('kategori B');
  });

  it('is not met by it when asked by its own name', () => {
    for (const text of ['What are the requirements besides Norwegian for the butikkmedarbeider?', 'Hvor mange timer i uka er full stilling som butikkmedarbeider, og kan jeg jobbe deltid?']) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });
});
