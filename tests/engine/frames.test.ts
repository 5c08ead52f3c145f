/**
 * A topic asked as the frame of a narrower one is met by it: "skal man have
 * C-kørekort?" asks a requirement and the licence answers; "hvor mange
 * prosent er deltidsjobben?" asks hours and the part-time share answers.
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
title: "Butikkmedarbeider deltid – Åsane"
kontakt: "Kari Vik"
---

## Detaljer

- Stillingsprosent: 30–50 %
- Start: august
`,
});

describe('a topic asked as the frame of a narrower one', () => {
  it('is met by the narrower topic', () => {
    const licence = ask(board(), 'chauffør-jobbet: skal man have C-kørekort eller er B nok?');
    expect(licence.kind, licence.text).toBe('answer');
    expect(licence.text).toContain('kategori B');
    const share = ask(board(), 'kor mange prosent e deltidsjobben i åsane?');
    expect(share.kind, share.text).toBe('answer');
    expect(share.text).toContain('30–50 %');
  });
});
