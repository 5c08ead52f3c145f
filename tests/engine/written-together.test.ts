/**
 * Words written together that the board writes apart: a Nordic compound
 * ("doktorandtjänsten", "driftoperatörsjobbet") or two words joined by a
 * slash or hyphen ("hemuppdrag/kodtest"). Each reads as its words; a
 * compound of words the board never uses still hands off. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobba hos Havsinstitutet"
---

Havsinstitutet forskar om haven runt Skandinavien.
`,
  'doktorand.md': `---
title: "Doktorand i marin ekologi"
kontakt: "Lena Berg"
epost: "lena.berg@havsinstitutet.example"
---

## Om tjänsten

Du tillbringar ungefär två månader per år till sjöss på vårt forskningsfartyg.

## Villkor

Tjänsten är en tidsbegränsad anställning på fyra år.
`,
  'driftoperator.md': `---
title: "Driftoperatör"
kontakt: "Nils Ek"
epost: "nils.ek@havsinstitutet.example"
---

## Rekryteringsprocessen

Efter en första intervju gör du ett kort kodtest hemma, som vi går igenom tillsammans.

## Villkor

Du arbetar skift, vardagar och var tredje helg.

## Verktyg

Vi övervakar systemen i Grafana och Kubernetes.
`,
  'sjukskoterska.md': `---
title: "Sjuksköterska till fartygen"
kontakt: "Maria Holm"
epost: "maria.holm@havsinstitutet.example"
---

## Villkor

Som sjuksköterska följer du med på expeditionerna, två veckor i taget, och är ledig lika länge efteråt.

Tjänsten är en tillsvidareanställning på heltid.
`,
  'larare.md': `---
title: "Lärare i svenska"
kontakt: "Eva Strand"
epost: "eva.strand@havsinstitutet.example"
---

## Rekrytering

Som lärare i svenska håller du en provlektion under andra intervjun.
`,
};

const board = boardFor(FILES);

describe('a compound the board writes apart', () => {
  it('names the posting by its first word and asks by its second', () => {
    const reply = ask(board(), 'Hur mycket tid till sjöss blir det i doktorandtjänsten?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('doktorand');
    expect(reply.text).toContain('två månader per år till sjöss');
  });

  it('hands off a compound of words the board never uses', () => {
    const reply = ask(board(), 'får man ta med hundvalpen till jobbet i doktorandtjänsten?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Lena Berg');
  });
});

describe('two words joined by a slash', () => {
  it('asks each word, not the two written together', () => {
    const reply = ask(board(), 'vilka verktyg/system jobbar man i?', { contextPostingId: 'driftoperator' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Grafana och Kubernetes');
  });
});

describe('a compound naming the posting with a word for a job', () => {
  it('reads the role in its compound form', () => {
    const reply = ask(board(), 'är sjuksköterskejobbet en fast anställning?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('sjukskoterska');
    expect(reply.text).toContain('tillsvidareanställning på heltid');
  });

  it('reads the role and the job apart', () => {
    const reply = ask(board(), 'driftoperatörsjobbet – blir det helger?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('driftoperator');
    expect(reply.text).toContain('var tredje helg');
  });
});

describe('a compound of three words', () => {
  it('reads each of them', () => {
    const reply = ask(board(), 'måste man hålla provlektion för svensklärartjänsten?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('larare');
    expect(reply.text).toContain('provlektion under andra intervjun');
  });
});
