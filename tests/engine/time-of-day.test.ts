/**
 * "What time do the shifts start?", "vilka tider jobbar man?": a time of day
 * is the shape asked, so "time" and "tider" are no words a passage must hold;
 * "per time" (an hour, in Norwegian) still is. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'bager.md': `---
title: "Bager til nattevagt – Valby"
kontakt: "Henrik Vestergaard"
email: "henrik@ristet.example"
---

## Arbejdstid

Mødetiden er kl. 03.00, og du har fri omkring kl. 10.30. Du arbejder fire nætter om ugen.

## Løn

Timeløn 178 kr. plus nattillæg på 42 kr. pr. time.
`,
  'planlegger.md': `---
title: "Produksjonsplanlegger – Oslo"
kontakt: "Henrik Vestergaard"
---

## Arbeidssted

Arbeidssted er bakeriet på Alnabru. Stillingen kan ikke utføres hjemmefra.

## Rollen

Du lager produksjonsplanen og møter bakerne på gulvet to ganger i uka.
`,
};

describe('the week a share of days is of', () => {
  const board = boardFor(FILES);

  it('is no word the passage must hold ("noen dager i uka?" of a posting that says it cannot be done from home)', () => {
    const reply = ask(board(), 'kan planleggeren jobbe hjemmefra noen dager i uka?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('kan ikke utføres hjemmefra');
  });
});

describe('a time of day asked', () => {
  const board = boardFor(FILES);

  it('is answered by the passage that gives the hours, in English and Swedish', () => {
    for (const text of ['what time do the night bakers start?', 'vilka tider jobbar bagarna?']) {
      const reply = ask(board(), text);
      expect(reply.kind, text).toBe('answer');
      expect(reply.text, text).toContain('kl. 03.00');
    }
  });

  it('still reads "per time" as an hour asked of a sum', () => {
    const reply = ask(board(), 'hvor meget er nattillægget per time?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('42 kr. pr. time');
  });

  it('leaves a thing the hours do not say to the recruiter', () => {
    const reply = ask(board(), 'what time is the staff party?');
    expect(reply.kind).toBe('handoff');
  });
});
