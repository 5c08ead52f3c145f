/**
 * The terms of work outside an office job, in the four languages: shift
 * supplements, a collective agreement, temporary posts, meals, a fitness
 * allowance, a degree. A board written here, with no company knowledge; a
 * question in one language meets a posting in another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Fjellmat"
---

## Dette får alle

- Vi har tariffavtale med Handel og Kontor, og tillitsvalgte i alle butikker.
- Treningstilskudd på 3 000 kr i året.
- Personalrabatt på 15 % i alle våre butikker.
- Barnehage ved butikken i København.
`,
  'lagermedarbeider-natt.md': `---
title: "Lagermedarbeider natt"
sted: "Oslo"
kontaktperson: "Siri Haugen"
epost: "siri.haugen@fjellmat.example"
---

## Om stillingen

Dette er en midlertidig stilling i 8 måneder, med mulighet for forlengelse.

## Lønn

Timelønn fra 212 kr. Nattillegg på 55 kr per time mellom 21 og 06.
`,
  'butikk-kobenhavn.md': `---
title: "Butiksassistent, København"
sted: "København"
kontaktperson: "Mads Holm"
epost: "mads.holm@fjellmat.example"
---

## Vi tilbyder

- Fast ansættelse på 30 timer om ugen
- Du arbejder hver tredje weekend

## Frokost

Frokostordning i butikken.
`,
  'sjafor.md': `---
title: "Sjåfør"
sted: "Oslo"
kontaktperson: "Siri Haugen"
epost: "siri.haugen@fjellmat.example"
---

## Vi tilbyr

- Gratis parkering ved lageret
- Kveldstillegg kr 30,- per time
- Beredskap hver sjette uke, kompensert etter egen avtale

## Arbeidstid

Du møter 10 minutter før skiftet til omkledning, og tiden er betalt.
`,
  'controller.md': `---
title: "Controller"
sted: "Oslo"
kontaktperson: "Siri Haugen"
epost: "siri.haugen@fjellmat.example"
---

## Kvalifikasjoner

- Høyere utdanning innen økonomi, gjerne master
- Erfaring fra varehandel er en fordel
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('terms of work across languages', () => {
  it('finds the night supplement for an English question', () => {
    const reply = ask(board, 'lagermedarbeider natt - is there a night supplement on top of the hourly pay?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('55 kr per time');
  });

  it('reads a temporary post as the kind of employment', () => {
    const reply = ask(board, 'is the lagermedarbeider job permanent or temporary?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('midlertidig stilling i 8 måneder');
  });

  it('answers a collective agreement asked in Swedish from the Norwegian company page', () => {
    const reply = ask(board, 'har ni kollektivavtal?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('tariffavtale med Handel og Kontor');
  });

  it('answers lunch from a Danish "frokostordning"', () => {
    const reply = ask(board, 'do you get lunch in the Copenhagen shop?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Frokostordning');
  });

  it('answers a fitness allowance asked in Swedish', () => {
    const reply = ask(board, 'får man friskvårdsbidrag?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Treningstilskudd på 3 000 kr');
  });

  it('answers whether a degree is needed from "høyere utdanning"', () => {
    const reply = ask(board, 'do I need a degree for the controller job?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Høyere utdanning innen økonomi');
  });

  it('answers parking, and does not take parking for a company car', () => {
    expect(ask(board, 'er det parkering for sjåføren?').text).toContain('Gratis parkering ved lageret');
    const car = ask(board, 'får sjåføren firmabil?');
    expect(car.kind, car.text).toBe('handoff');
  });

  it('does not take an evening supplement for overtime pay', () => {
    const reply = ask(board, 'betaler dere overtid som sjåfør?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Siri Haugen');
  });

  it('wants a sum for how much on-call pays, not a mention of pay', () => {
    const reply = ask(board, 'hvor mye får man betalt for beredskap som sjåfør?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('names a role by its occupation in another language ("driver" for "Sjåfør", "warehouse" for "Lager…")', () => {
    expect(ask(board, 'is there parking for the driver?').text).toContain('Gratis parkering ved lageret');
    expect(ask(board, 'the night warehouse job, is it temporary?').text).toContain('midlertidig stilling i 8 måneder');
  });

  it('reads "is X paid?" as whether that thing is paid, after a short remark that asks nothing', () => {
    const reply = ask(board, 'ok kult. blir omkledningen betalt for sjåføren?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('tiden er betalt');
  });

  it('answers how often with "every third weekend", in another language', () => {
    const reply = ask(board, 'hur ofta jobbar man helg i köpenhamn-butiken?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('hver tredje weekend');
  });

  it('wants a price or none for "kostar det", not a mention', () => {
    const reply = ask(board, 'kostar frokostordningen något i köpenhamn?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Mads Holm');
  });

  it('does not answer for one place with what is said of another', () => {
    expect(ask(board, 'har dere barnehage?').text).toContain('Barnehage ved butikken i København');
    const reply = ask(board, 'har dere barnehage i oslo?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('reads nynorsk and chat filler as asking nothing', () => {
    const reply = ask(board, 'hørte at controlleren trenger varehandel, stemmer det? hehe');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Erfaring fra varehandel');
  });

  it('reads "fast" as permanent in a question, and "will it become permanent" as more than the kind of post', () => {
    expect(ask(board, 'er lagermedarbeider natt fast jobb eller vikariat?').text).toContain('midlertidig stilling i 8 måneder');
    const reply = ask(board, 'lagermedarbeider natt: blir det fast etterpå?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('reads a discount asked in English as the staff discount', () => {
    const reply = ask(board, 'do staff get a discount in the shops?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Personalrabatt på 15 %');
  });

  it('reads the Swedish verb "visa" (show) as no visa', () => {
    const read = board.explain({ text: 'måste man visa utdrag ur belastningsregistret?', audience: 'candidate' }) as { concepts: string[] };
    expect(read.concepts).toContain('background-check');
    expect(read.concepts).not.toContain('visa');
  });

  it('gives the hint, not a question back, to a message for another channel', () => {
    expect(ask(board, 'oops feil kanal, sorry folkens').kind).toBe('help');
  });

  it('does not take a fitness allowance for a gym', () => {
    const reply = ask(board, 'is there a gym for the lagermedarbeider?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Siri Haugen');
  });
});
