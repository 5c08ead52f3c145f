/**
 * "Lön enligt överenskommelse", "salary according to the collective
 * agreement": how pay is set answers what the pay is like, never what a
 * range or an hourly rate is. Praise ("good pay") answers neither. A board
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'sjukskoterska.md': `---
title: "Sjuksköterska till hemsjukvården"
kontaktperson: "Ahmed Rahimi"
epost: "ahmed.rahimi@kommun.example"
---

## Om tjänsten

Tillsvidareanställning på heltid, dagtid. Lön enligt överenskommelse.
`,
  'lager.md': `---
title: "Lagermedarbetare"
kontaktperson: "Eva Ek"
---

## Om tjänsten

Salary is paid on the 25th, according to the payroll calendar.
`,
  'praktik.md': `---
title: "Praktik inom speldesign"
kontaktperson: "Elin Berg"
---

## Villkor

Ersättning: Praktiken är oavlönad, eftersom den ingår i din utbildning.
`,
  'weekendhjaelp.md': `---
title: "Weekendhjælp – Aarhus"
kontakt: "Jonas Dalgaard"
---

## Arbejdstid

Du arbejder lørdag og søndag kl. 8–13, altså 10 timer om ugen.

## Løn

Du får 98 kr. for hver arbejdstime, plus weekendtillæg.
`,
  'undersköterska.md': `---
title: "Undersköterska till Solgården"
kontaktperson: "Lena Berg"
epost: "lena.berg@kommun.example"
---

## Vi erbjuder

Vi erbjuder en trevlig arbetsplats och bra lön.
`,
  'depotleder.md': `---
title: "Depotleder Sandmoen"
kontaktperson: "Ingrid Vik"
epost: "ingrid.vik@buss.example"
---

## Detaljer

- Lønn: Konkurransedyktige betingelser
- Start: etter avtale
`,
  'analytiker.md': `---
title: "Produktanalytiker"
kontaktperson: "Maja Lund"
epost: "maja.lund@lingon.example"
---

## Lön & förmåner

Alla våra förmåner: ITP1, 30 semesterdagar och friskvårdsbidrag.
`,
};

describe('how pay is set', () => {
  const board = boardFor(FILES);

  it('answers what the pay is like', () => {
    const reply = ask(board(), 'Vad ligger lönen på för sjuksköterskan i hemsjukvården?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Lön enligt överenskommelse');
  });

  it('does not answer a range or an hourly rate asked', () => {
    expect(ask(board(), "what's the salary range for the nurse?").kind).toBe('handoff');
    expect(ask(board(), "what's the hourly pay for the nurse?").kind).toBe('handoff');
    expect(ask(board(), "what's the pay per hour for the nurse?").kind).toBe('handoff');
  });

  it('praise of the pay answers nothing', () => {
    expect(ask(board(), 'vad är lönen för undersköterskan?').kind).toBe('handoff');
  });

  it('"Ersättning:" labels what is paid, or that nothing is', () => {
    const reply = ask(board(), 'är praktiken i speldesign betald?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Praktiken är oavlönad');
  });

  it('"hvad får man i timen?" asks the pay, not the hours', () => {
    const reply = ask(board(), 'hvad får man i timen som weekendhjælp?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('98 kr.');
  });

  it('when pay is paid out says nothing of what it is', () => {
    expect(ask(board(), 'what is the salary for the lagermedarbetare?').text).not.toContain('payroll calendar');
  });

  it('the pay asked as what it is is not answered by praise of the terms', () => {
    const reply = ask(board(), "what's the salary for the depotleder? ballpark is fine");
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Ingrid Vik');
  });

  it('the benefits under a pay heading are not the pay', () => {
    const reply = ask(board(), 'vad är lönen för produktanalytikern?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Maja Lund');
  });
});
