/**
 * A sum or a count asked is answered only by one said of the thing asked:
 * "how much is the Svalbard allowance?" is not answered by the annual
 * salary beside it, "how many applicants?" not by a link's digits, "do you
 * pay for the licence?" not by the licence required, the Saturday supplement
 * not by the evening one. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Polarbygg"
---

Polarbygg bygger i Nord-Norge og på Svalbard.
`,
  'anleggsleder.md': `---
title: "Anleggsleder – Longyearbyen"
contact: "Ragnhild Moe"
email: "ragnhild.moe@polarbygg.example"
apply_url: "https://jobs.example.com/polarbygg/job/4869874"
---

## Lønn

Årslønn 850 000–950 000 kr, i tillegg kommer Svalbardtillegg og kveldstillegg.

## Rotasjon

Du jobber 14 dager på og 14 dager av.
`,
  'sjafor.md': `---
title: "Sjåfør (C/CE) til distribusjon"
contact: "Per Lie"
email: "per.lie@polarbygg.example"
---

## Vi søker

Du har førerkort klasse CE og kjører materialer ut til anleggene våre. Lageret ligger på Alnabru.

## Vi tilbyr

Timelønn 245 kr.

Kveldstillegg: kr 30 per time for arbeid etter kl. 17.

Alle skift er mandag til fredag, og nattillegg betales etter tariff.

## Prosess

Etter intervjuet tar vi en betalt prøvekjøring på to timer.
`,
};

FILES['praktikant.md'] = `---
title: "Praktikant på tegnestuen"
kontakt: "Lene Friis"
epost: "lene.friis@polarbygg.example"
---

Hvert halve år tager vi 6–8 arkitektstuderende i praktik på kontorerne i København og Aarhus.

## Vilkår

Du får 11.500 kr. om måneden.
`;

const board = boardFor(FILES);

describe('a sum asked', () => {
  it('reads "er praktikken betalt?" as asking the pay of the role', () => {
    const reply = ask(board(), 'er praktikken betalt? 🙏');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('11.500 kr. om måneden');
  });

  it('is not the sum said of something else in the same passage', () => {
    const reply = ask(board(), 'hvor mye er svalbardtillegget for anleggsleder?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Ragnhild Moe');
  });

  it('is the sum said of the thing asked', () => {
    const reply = ask(board(), 'hvor mye er årslønnen for anleggsleder?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('850 000–950 000 kr');
  });
});

describe('a count asked', () => {
  it('is not answered by the digits of the apply link', () => {
    const reply = ask(board(), 'hvor mange søkere har vi fått på anleggsleder-stillingen?', { audience: 'staff' });
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.text).not.toContain('4869874');
  });
});

describe('a thing paid for', () => {
  it('is not answered by the passage that only requires it', () => {
    const reply = ask(board(), 'betaler dere CE-førerkortet hvis jeg bare har B?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Per Lie');
  });

  it('leaves what the role pays a question about pay', () => {
    const reply = ask(board(), 'hva betaler dere sjåførene?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('245 kr');
  });
});

describe('a kind of payment asked', () => {
  it('is not answered by another kind', () => {
    const reply = ask(board(), 'hvor mye er lørdagstillegget for sjåfør?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Per Lie');
  });

  it('is answered by its own kind', () => {
    const reply = ask(board(), 'hvor mye er kveldstillegget for sjåfør?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('kr 30 per time');
  });
});

describe('a sum asked around', () => {
  it('reads "what does it lie at" as asking the sum', () => {
    const reply = ask(board(), 'hva ligger timelønna på for sjåfør?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('245 kr');
  });
});

describe('a thing asked whether paid, said long before "paid"', () => {
  it('is answered by the passage that says it is paid', () => {
    const reply = ask(board(), 'er prøvekjøringen etter intervjuet for sjåfør-stillingen betalt?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('betalt prøvekjøring');
  });
});

describe('a supplement asked how much', () => {
  it('is not answered by a passage naming it without a sum', () => {
    const reply = ask(board(), 'hvor mye er nattillegget for sjåfør?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('the sum of a kind of payment named', () => {
  it('is not the salary beside it', () => {
    const reply = ask(board(), 'hvor mye er kveldstillegget for anleggsleder?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});
