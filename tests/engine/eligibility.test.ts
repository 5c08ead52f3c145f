/**
 * "I'm 17 / I don't speak Norwegian — can I still apply?": what the asker
 * says of themselves is asked of the posting, on a board written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { eligibilityOf, figuresOfTheAsker } from '../../src/engine/eligibility.js';
import { ask, writtenBoard } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb hos Brygga"
---

Brygga lager programvare for havner.
`,
  'sommerjobb.md': `---
title: "Sommerjobb på kaia"
date: 2026-11-01
kontaktperson: "Eirik Lund"
epost: "eirik.lund@brygga.example"
---

## Hvem vi ser etter

- Du må ha fylt 18 år før 1. juni.
- Truckførerbevis er en fordel, men ikke et krav.

## Søknad

Send søknad via skjemaet innen 1. april.
`,
  'utvikler.md': `---
title: "Utvikler"
date: 2026-10-01
kontaktperson: "Nina Berg"
epost: "nina.berg@brygga.example"
---

## Hvem vi ser etter

- Erfaring med TypeScript og Postgres
- You need to speak Norwegian or another Scandinavian language, as our customers are Norwegian ports.

## Søknad

Apply through the form on this page; we interview as applications come in.
`,
};

let board: CandorEngine;
let remove: () => void;

beforeAll(async () => {
  ({ engine: board, remove } = await writtenBoard(FILES));
});

afterAll(() => remove());

describe('whether the asker may apply', () => {
  it('answers an age with the age the posting asks for', () => {
    const reply = ask(board, 'hei! jeg er 17, kan jeg søke sommerjobben?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('fylt 18 år');
  });

  it('reads "how old must one be?" as the age asked, and "how old can it be?" of a certificate as none', () => {
    for (const text of ['hvor gammel må man være for å ta sommerjobben?', 'Hur gammal måste man vara för sommarjobbet?', 'how old do you have to be for the summer job?']) {
      const reply = ask(board, text);
      expect(reply.kind, text).toBe('answer');
      expect(reply.text).toContain('fylt 18 år');
    }
    expect(ask(board, 'trenger jeg truckførerbevis til sommerjobben? hvor gammel kan det være?').text).not.toContain('fylt 18 år');
    expect(ask(board, 'how old are the forklifts for the summer job?').text).not.toContain('fylt 18 år');
  });

  it('reads an age said as turning it ("er lige fyldt 17", "turned 17") as the age asked about', () => {
    for (const text of ['min søn er lige fyldt 17, må han søge sommerjobben?', 'my daughter just turned 17, can she apply for the summer job?']) {
      const reply = ask(board, text);
      expect(reply.kind, text).toBe('answer');
      expect(reply.text).toContain('fylt 18 år');
    }
  });

  it('answers a language the asker lacks with the posting\'s language requirement', () => {
    const reply = ask(board, "I don't speak Norwegian yet. Can I still apply for the developer job?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('speak Norwegian or another Scandinavian language');
  });

  it('hands off what the posting does not say of the asker, to its contact', () => {
    const reply = ask(board, "I don't have a driving licence. Can I still apply for the summer job?");
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Eirik Lund');
  });

  it('reads "is it worth applying" and "would I be considered" as asking whether one may apply', () => {
    const worth = ask(board, 'No truck licence here. Is it even worth applying for the summer job?');
    expect(worth.kind, worth.text).toBe('answer');
    expect(worth.text).toContain('Truckførerbevis er en fordel');
    const considered = ask(board, "I don't have a truckførerbevis. Would I still be considered for the summer job?");
    expect(considered.kind, considered.text).toBe('answer');
    expect(considered.text).toContain('Truckførerbevis er en fordel');
  });

  it('still answers how to apply when nothing is said of the asker', () => {
    const reply = ask(board, 'how do I apply for the developer job?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Apply through the form');
  });
});

describe('what the asker says of themselves is not asked', () => {
  it('does not look for how long the asker has done something in the posting', () => {
    const reply = ask(board, 'jeg har vært utvikler hos et lite byrå i Bergen i 2 år. holder det til utviklerjobben eller må man ha mer erfaring?');
    expect(figuresOfTheAsker('i have like 6 yrs of java + 1 yr kotlin. is that enough?')).toEqual(new Set(['6', '1']));
    expect(figuresOfTheAsker('im on a 3 month notice period, would that rule me out?').size).toBe(0);
    expect(figuresOfTheAsker("I'm an engineer with 4 years experience, what would the job pay?").size).toBe(0);
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Erfaring med TypeScript og Postgres');
  });

  it('does not look for the asker\'s age or a year gone by in the posting', () => {
    expect(ask(board, 'Er 24 år for gammel til å ta sommerjobben?').text).toContain('fylt 18 år');
    expect(ask(board, 'tok truckførerbevis i 2019, kan jeg søke sommerjobben?').text).toContain('Truckførerbevis er en fordel');
    expect(figuresOfTheAsker('flyttet hit i 2019 og er 24 år', 2026)).toEqual(new Set(['24', '2019']));
    expect(figuresOfTheAsker('kan jeg starte i 2027?', 2026).size).toBe(0);
    expect(figuresOfTheAsker('is it 100 % remote?', 2026).size).toBe(0);
    expect(figuresOfTheAsker('Stemmer det at teamet er 25 personer?', 2026).size).toBe(0);
    expect(figuresOfTheAsker('Is the 2024 bonus paid out in March?', 2026).size).toBe(0);
    expect(eligibilityOf(['would my stutter be a dealbreaker for the job?'], 'would my stutter be a dealbreaker for the job?').phrase.has('stutter')).toBe(false);
  });

  it('does not look for the month something happened to the asker in, nor read a "when" that joins a clause as asking a date', () => {
    expect(figuresOfTheAsker('ble ferdig som sykepleier i desember, kan jeg søke?')).toEqual(new Set(['desember']));
    expect(figuresOfTheAsker('Jag fyller 18 i maj, kan jag söka?').has('maj')).toBe(true);
    expect(figuresOfTheAsker('kan jeg starte i januar?').size).toBe(0);
    expect([...figuresOfTheAsker('jeg ble ferdig i juni, kan jeg ta ferie i juli?')]).toEqual(['juni']);
    expect(eligibilityOf(['er det nok parkering ved kaia?'], 'er det nok parkering ved kaia?').asks).toBe(false);
    const reply = ask(board, 'eg fekk truckførerbevis i oktober, kan eg søkje sommerjobben når eg er 19?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('fylt 18 år');
  });

  it('reads "holder det?" and "is that enough?" as asking whether one may apply, never answered with what the role is', () => {
    expect(eligibilityOf(['holder det for utviklerjobben?'], 'holder det for utviklerjobben?').asks).toBe(true);
    expect(eligibilityOf(['is that enough for the developer job?'], 'is that enough for the developer job?').asks).toBe(true);
    const reply = ask(board, 'er datatekniker med speciale i programmering og drift. er det nok til utviklerjobben?');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('still looks for a figure the asker asks about', () => {
    const reply = ask(board, 'kan jeg jobbe bare 2 uker i sommerjobben?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Eirik Lund');
  });

  it('reads chat words around a question as chat, not as a thing asked', () => {
    const reply = ask(board, 'hiya guys, what do you need of a developer tbh? postgres?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Postgres');
  });

  it('reads dialect and chat words as chat in the Nordic languages too', () => {
    const reply = ask(board, 'ka funker best oppi utviklerjobben, skikkelig mye postgres iallfall?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Postgres');
  });
});

describe('reading the question', () => {
  it('takes "I\'m 17" for an age, and a share of a week for none', () => {
    expect(eligibilityOf(['can I still apply?'], "I'm 17, can I still apply?")).toMatchObject({ asks: true, age: '17' });
    expect(eligibilityOf(['kan jeg søke?'], 'Jeg er 80 % sykmeldt nå. Kan jeg søke?').age).toBeNull();
    expect(eligibilityOf(['kan jeg fortsatt søke?'], 'Fristen er 15. mai, kan jeg fortsatt søke?').age).toBeNull();
    expect(eligibilityOf(['kan jeg søke?'], 'Jeg har 20 år erfaring, kan jeg søke?').age).toBeNull();
    expect(eligibilityOf(['how do I apply?'], 'how do I apply?').asks).toBe(false);
    expect(eligibilityOf(['How can I apply?'], 'How can I apply?').asks).toBe(false);
    expect(eligibilityOf(['could I even take the contract?'], "I'm on a visa. could I even take the contract?").asks).toBe(true);
  });
});
