/**
 * Where the work is, asked of a place: "can I sit in Oslo instead?" is
 * answered only by a passage naming Oslo, not by one about the office
 * elsewhere. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  '_index.md': `---
title: "Jobb i Nordkant"
---

Nordkant bygger i hele Norge.

## Slik søker du

Søk via knappen i annonsen. Vi tar ikke imot søknader på e-post.
`,
  'hms-radgiver.md': `---
title: "HMS-rådgiver – Region Midt"
location: "Trondheim"
contact: "Lise Thorsen"
email: "lise.thorsen@nordkant.example"
---

## Vi tilbyr

- Moderne kontor på Sluppen med kantine
- Pensjon fra første krone
`,
  'innkjoper.md': `---
title: "Innkjøper – Oslo"
location: "Oslo"
contact: "Ola Nilsen"
email: "ola.nilsen@nordkant.example"
---

## Om jobben

Du kjøper inn materialer til prosjektene våre.
`,
  'bim-koordinator.md': `---
title: "BIM-koordinator – Oslo"
location: "Oslo"
contact: "Siri Dahl"
email: "siri.dahl@nordkant.example"
---

## Om jobben

Du koordinerer modellene i prosjektene våre på Østlandet.
`,
};

const board = boardFor(FILES);

describe('a place asked for the work', () => {
  it('hands off when no passage names it', () => {
    const reply = ask(board(), 'kan jeg sitte i Oslo i stedet for Trondheim som HMS-rådgiver?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Lise Thorsen');
  });

  it('still answers where the office is', () => {
    const reply = ask(board(), 'hvor er kontoret til HMS-rådgiveren?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Sluppen');
  });
});

describe('a thing asked with the office only as where', () => {
  it('hands off the thing the posting never names', () => {
    const reply = ask(board(), 'kan jeg ta med hunden til kontoret? hun er veldig rolig', { contextPostingId: 'hms-radgiver' });
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Lise Thorsen');
  });
});

describe('roles named only by their place', () => {
  it('hands off a thing the board never names, rather than asking which role', () => {
    const reply = ask(board(), 'har dere barnehageplass for ansatte i Oslo?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});

describe('sending an application by e-mail', () => {
  it('is how one applies, answered by the company page', () => {
    const reply = ask(board(), 'kan jeg bare sende CV-en på mail i stedet?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('ikke imot søknader på e-post');
  });
});
