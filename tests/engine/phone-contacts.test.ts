/**
 * "Spørsmål? Ring Guri Lie på 913 55 402": a posting that gives its contact
 * only a phone number hands off to that person, and tells the candidate how
 * to reach them.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Kvist barnehager"
---

Kvist driver barnehager i Bergen.
`,
  'pedagogisk-leder.md': `---
title: "Pedagogisk leder, Kvist Laksevåg"
kontakt:
  - navn: "Guri Lie"
    rolle: "Styrer"
    telefon: "913 55 402"
---

## Om stillingen

Du leder en avdeling med 18 barn mellom tre og seks år.
`,
  'kokk.md': `---
title: "Kokk, Kvist Fyllingsdalen"
---

## Om stillingen

Du lager lunsj til 90 barn hver dag.

## Kontakt

Lurer du på noe? Ring daglig leder Hallvard Nilsen-Jakobsen på 48 20 11 93.
`,
};

const board = boardFor(FILES);

describe('a contact given only by phone', () => {
  it('hands off to the person the front matter lists, with their number', () => {
    const reply = ask(board(), 'Hva er lønna for pedagogisk leder på Laksevåg?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter).toEqual(expect.objectContaining({ name: 'Guri Lie', phone: '913 55 402' }));
    expect(reply.text).toContain('Guri Lie (913 55 402)');
  });

  it('hands off to the person a contact line gives a number for', () => {
    const reply = ask(board(), 'får kokken betalt lunsj?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Hallvard Nilsen-Jakobsen');
    expect(reply.text).toContain('48 20 11 93');
  });
});

describe('a handoff kept while the postings change', () => {
  it('still reaches a person given only by phone, by phone', () => {
    const gone = board().recruiterById('contact:22 33 44 55');
    expect(gone).toEqual(expect.objectContaining({ email: '', phone: '22 33 44 55' }));
    const kept = board().recruiterById('contact:913 55 402');
    expect(kept).toEqual(expect.objectContaining({ name: 'Guri Lie', email: '', phone: '913 55 402' }));
  });
});
