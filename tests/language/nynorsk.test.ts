/** Nynorsk is Norwegian: its small words carry no meaning of their own, as bokmål's do. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';
import { isStopwordIn } from '../../src/language/stopwords.js';
import { ask, boardFor } from '../engine/helpers.js';

describe('nynorsk', () => {
  it('has small words of its own that ask nothing', () => {
    for (const word of ['frå', 'eit', 'vere', 'sjølv', 'hjå']) expect(isStopwordIn(word, 'nb'), word).toBe(true);
    expect(isStopwordIn('frå', 'sv')).toBe(false);
  });

  it('is read as Norwegian', () => {
    expect(detectLanguage('kva er løna for røktar på Frøya, og må eg ha fagbrev frå før?')).toBe('nb');
  });
});

describe('nynorsk asked of a posting', () => {
  const board = boardFor({
    'roktar.md': `---
title: "Røktar – Florø"
kontakt: "Sigrid Vik"
---

## Søknad

Du søkjer via skjemaet innan 1. mars. Vi tek kontakt med aktuelle søkjarar fortløpande.

## Bustad

Vi hjelper deg å finne hybel i Florø.
`,
    'elektrikar.md': `---
title: "Elektrikar – Hitra"
kontakt: "Ola Dahl"
---

## Arbeidstid

Dagtid, 37,5 timar i veka.
`,
  });

  it('finds the passage on applying, and on a place to live', () => {
    expect(ask(board(), 'korleis søkjer eg på røktarjobben?').text).toContain('innan 1. mars');
    expect(ask(board(), 'får eg hjelp med bustad som røktar?').text).toContain('hybel i Florø');
  });
});
