/**
 * A short stem is no prefix of any word: "lön" goes on in "lönespann", not
 * in "Longyearbyen". And money for a thing asks whether that thing is paid.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Nordkant"
---

Nordkant bygger kaier og havner i nord.
`,
  'anleggsleder.md': `---
title: "Anleggsleder – Longyearbyen, Svalbard"
kontaktperson: "Ragnhild Moe"
epost: "ragnhild.moe@nordkant.example"
---

## Lønn

Årslønn 850 000–950 000 kr, i tillegg kommer Svalbardtillegg.

## Om jobben

Du leder byggingen av ny kai i Longyearbyen.
`,
  'phd.md': `---
title: "PhD in coastal sediments"
contact: "Ingrid Solheim <ingrid.solheim@nordkant.example>"
---

## Your tasks

- Take PhD courses corresponding to 30 ECTS.
- Disseminate your results at international conferences and in journals.

## Salary

Salary follows the collective agreement for PhD fellows.
`,
};

const board = boardFor(FILES);

describe('a short stem', () => {
  it('reads "lönen" as pay, not as the place it begins', () => {
    const reply = ask(board(), 'Hej! Vad är lönen för anleggsledaren på Svalbard ungefär?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('850 000–950 000 kr');
  });
});

describe('money for a thing', () => {
  it('hands off when the posting names the thing but not money for it', () => {
    const reply = ask(board(), 'sediment phd: is there money for conferences?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Ingrid Solheim');
  });
});
