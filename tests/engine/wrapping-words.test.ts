/**
 * Words that wrap a question without naming a thing asked ("ifølge
 * utkastet", "in general") are not words a passage must hold. A board
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { onlyThanks } from '../../src/engine/remarks.js';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'redaktor.md': `---
title: "Redaktør for digital utvikling"
draft: true
kontakt: "Kari Moe"
epost: "kari.moe@midtposten.example"
---

## Rollen

Du får ansvaret for prosjektet «Ny forside», som skal lanseres til høsten.

## Vakt

Redaktøren har helgevakt hver fjerde helg.

## Internt

Internal note: recruiting starts in March.
`,
  'weekendhjaelp.md': `---
title: "Weekendhjælp 15–17 år – Aarhus"
kontakt: "Jonas Dalgaard"
---

## Dit første job

Du hjælper i butikken lørdag og søndag, og du bor tæt på Aarhus.
`,
  'barista.md': `---
title: "Barista, deltid"
contact: "Ola Dahl"
---

Du laver kaffe og passer disken.
`,
  'bager.md': `---
title: "Bager til nattevagt"
contact: "Ola Dahl"
---

Du bager brød om natten.
`,
  'chauffoer.md': `---
title: "Chauffør til morgenkørsel"
contact: "Ola Dahl"
---

Du kører brød ud til butikkerne.
`,
  'lager.md': `---
title: "Lagermedarbejder"
contact: "Ola Dahl"
---

Du pakker varer på lageret.
`,
  'frontend.md': `---
title: "Frontendutvikler"
kontakt: "Jonas Vik"
---

## Hvor

Du kan jobbe hjemmefra hvor som helst i Norge. Å jobbe fra utlandet er ikke mulig.

## Om oss

De fleste i teamet bor i Trondheim og møtes på kontoret en gang i måneden.
`,
  'utvikler.md': `---
title: "Backend Engineer"
contact: "Ola Dahl"
email: "ola.dahl@midtposten.example"
---

## Stack

Our services are written in Kotlin and run on Google Cloud.

## Where

Remote from anywhere in Norway. Working from outside Norway is not possible.
`,
};

describe('words that wrap the question', () => {
  const board = boardFor(FILES);

  it('"ifølge utkastet": staff asking what a draft says', () => {
    const reply = ask(board(), 'internt: hvilket prosjekt skal redaktøren ha ansvaret for, ifølge utkastet?', { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Ny forside');
  });

  it('"in general": a thing asked of the board at large', () => {
    const reply = ask(board(), 'do you use kotlin in general?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Kotlin');
  });

  it('thanks are thanks, though a title has the word thanked for ("tak for hjælpen")', () => {
    for (const text of ['tak for hjælpen!! 🙏', 'thanks for the help!', 'takk for svaret']) expect(ask(board(), text).kind, text).toBe('help');
    expect(ask(board(), 'tak for hjælpen – hvornår arbejder weekendhjælpen?').kind).not.toBe('help');
    for (const text of ['ok tak for hjælpen, god weekend!', 'perfekt, takk for svaret! ha en fin dag', 'great, thanks a lot, have a nice weekend 🙂']) expect(ask(board(), text).kind, text).toBe('help');
    expect(['tak for hjælpen!! 🙏', 'tack så mycket för hjälpen', 'thanks!'].every(onlyThanks)).toBe(true);
    expect(['thanks, but what about the pension?', 'takk, hva med lønn?'].some(onlyThanks)).toBe(false);
  });

  it('"jag bor i …", "därifrån": where the asker lives is no word the passage must hold', () => {
    const reply = ask(board(), 'Jag bor i Stockholm – går det att jobba hemifrån därifrån som frontendutvecklare?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('fra utlandet er ikke mulig');
  });

  it('"recruiting here –": who is asking, said before a dash, is not asked', () => {
    const reply = ask(board(), 'recruiting here – how often is weekend duty according to the editor draft?', { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('hver fjerde helg');
  });
});
