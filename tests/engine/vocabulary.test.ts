/**
 * The product's own words for what candidates ask, in the four languages:
 * "fortbildning" is learning, "I'm 17" asks the age asked for, "flybillettene"
 * are travel, a carpenter is a "tømrer". A board written here, in words other
 * than the questions'.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'specialpedagog.md': `+++
title = "Speciallärare till Ekskolan"
kontakt = "Ulla Berg"
epost = "ulla.berg@ekskolan.example"
+++

## Kompetensutveckling

Under första året går du en kurs i Bornholmsmodellen på arbetstid.

## Arbetstid

Du kan arbeta hemifrån en dag i veckan. Arbetsdagen börjar 7.30.

## Handledning

Handledning en gång i månaden, torsdagar kl. 15.

## Anställning

Tillsvidareanställning, omfattning 80 %.
`,
  'sommerjobb.md': `---
title: "Sommerjobb på lageret"
kontakt: "Per Dahl"
epost: "per.dahl@lager.example"
---

## Krav

Du må ha fylt 18 år før første arbeidsdag.

## Reise

Vi dekker reisen tur-retur hjemstedet ditt én gang i sesongen.
`,
  'tomrer.md': `---
title: "Tømrer til Trondheim"
kontakt: "Kari Moe"
epost: "kari.moe@bygg.example"
---

## Lønn

Timelønn fra 250 kr etter tariff.
`,
  'lagerchef.md': `---
title: "Holdleder til lageret i Køge"
kontakt: "Mette Holm"
epost: "mette.holm@lager.example"
---

## Vilkår

- Fuld løn under sygdom
- Seks ugers ferie
- Pensionsordning på 12 procent
`,
};

FILES['nattredaktor.md'] = `---
title: "Nattredaktør"
kontakt: "Siv Lund"
epost: "siv.lund@avis.example"
---

## Arbeidstid

Du jobber natt fra 22.00 til 06.00, fire netter på og seks av.
`;

FILES['bedriftsmarked.md'] = `---
title: "Rådgiver bedriftsmarked – Stavanger"
kontakt: "Hilde Tjelta"
epost: "hilde.tjelta@bank.example"
---

## Hvem er du?

Du har førerkort klasse B, fordi vi besøker kundene våre der de er.
`;

const board = boardFor(FILES);

describe('words the postings do not use', () => {
  it('reads further training as learning', () => {
    const reply = ask(board(), 'får man nån fortbildning som speciallärare?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Bornholmsmodellen');
  });

  it('reads an asker giving their age as asking the age asked for', () => {
    const reply = ask(board(), "I'm 17, can I get the summer job at the warehouse?");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('fylt 18 år');
  });

  it('reads plane tickets as travel', () => {
    const reply = ask(board(), 'sommerjobben: betaler dere flybillettene?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('dekker reisen');
  });
});

describe('a role named in another language', () => {
  it('finds the posting by its occupation', () => {
    const reply = ask(board(), 'how much does the carpenter job pay per hour?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('tomrer');
    expect(reply.text).toContain('250 kr');
  });
});

describe('the everyday words of a topic', () => {
  it('reads being on sick leave as asking about sick pay', () => {
    const reply = ask(board(), 'hvad sker der med lønnen hvis man er sygemeldt som lagerchef?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Fuld løn under sygdom');
  });
});

describe('a role named in English for a Nordic title', () => {
  it('finds the night editor in a "nattredaktør" posting, and the person to ask there', () => {
    const reply = ask(board(), 'night editor job – is there extra pay for weekends?');
    expect(reply.posting?.id, reply.text).toBe('nattredaktor');
    expect(reply.recruiter?.name).toBe('Siv Lund');
  });

  it('reads the words of the English name as naming the role, not as asked of it', () => {
    const reply = ask(board(), "Do I need a driver's licence for the corporate banking adviser role? I don't drive");
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('førerkort klasse B');
  });

  it('finds the team leader in a "holdleder" posting', () => {
    const reply = ask(board(), 'what is the pension for the team leader?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('lagerchef');
  });
});

describe('how much of a week the job is', () => {
  it('reads "hur många procent" as asking it', () => {
    const reply = ask(board(), 'hur många procent är speciallärartjänsten?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('omfattning 80 %');
  });
});

describe('small words around what is asked', () => {
  it('reads "nån gång ibland" and "kl" as chat, not as things the posting must say', () => {
    const home = ask(board(), 'speciallärare – går det att jobba hemifrån nån gång ibland?');
    expect(home.kind, home.text).toBe('answer');
    expect(home.text).toContain('hemifrån en dag i veckan');
    const start = ask(board(), 'vad är arbetstiden som speciallärare? börjar man kl 7?');
    expect(start.kind, start.text).toBe('answer');
    expect(start.text).toContain('7.30');
  });
});
