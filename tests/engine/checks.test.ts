/**
 * Background checks are the company's, as its page says them: asked of no
 * role, the page answers though postings word it each their own way. A
 * credit check is another check: a criminal record does not answer it.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const posting = (title: string, line: string) => `---
title: "${title}"
kontakt: "Mette Lund"
email: "mette.lund@forsikring.example"
---

## Om stillingen

${line}
`;

const board = boardFor({
  '_index.md': `---
title: "Job hos Lindholm"
---

## Sådan rekrutterer vi

1. Ansøgning via vores system.
2. Første samtale.
3. Anden samtale med en case.
4. Referencer og straffeattest. Som finansiel virksomhed indhenter vi altid en straffeattest, før vi ansætter.
`,
  'dpo.md': posting('Databeskyttelsesrådgiver', 'Du skal kunne fremvise en ren straffeattest, og vi tjekker dine referencer.'),
  'skade.md': posting('Skadebehandler', 'Som skadebehandler taler du med kunder hver dag. Vi indhenter straffeattest og referencer inden ansættelse.'),
  'frontend.md': posting('Frontend Engineer', 'You build our self-service site in React.'),
});

describe('a background check asked of no role', () => {
  it('is answered by the company page', () => {
    const reply = ask(board(), 'skal man vise straffeattest for at blive ansat hos jer? 🤔');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting).toBeNull();
    expect(reply.text).toContain('altid en straffeattest');
  });

  it('a credit check is not answered by a criminal record', () => {
    const reply = ask(board(), 'do you run a credit check for the skadebehandler role? had some debt issues years ago');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Mette Lund');
  });
});

const someRoles = boardFor({
  '_index.md': `---
title: "Jobba på Kvittra"
---

## Bakgrundskontroll

Alla finalister går igenom en bakgrundskontroll, och för vissa roller ber vi om utdrag ur belastningsregistret.
`,
  'support.md': posting('Kundsupport Malmö', 'Du visar utdrag ur belastningsregistret innan du börjar.'),
  'compliance.md': posting('Compliance Officer', 'Du visar utdrag ur belastningsregistret innan du börjar.'),
  'designer.md': posting('Product Designer', 'Du designar appen i Figma.'),
});

describe('a background check the company page leaves to each role', () => {
  it('asks which role, when no role is named, though two roles say it alike', () => {
    const reply = ask(someRoles(), 'måste jag visa utdrag ur belastningsregistret?');
    expect(reply.kind, reply.text).toBe('clarify');
  });
});

const everyday = boardFor({
  '_index.md': `---
title: "Jobb i Nordkant"
---

## Barnehagene våre

Alle ansatte i barnehagene leverer politiattest før første arbeidsdag.
`,
  'selger.md': posting('Selger', 'Søknadsfristen gjelder alle søkere. Du selger til bedrifter i hele landet.'),
  'regnskap.md': posting('Regnskapsfører', 'Du fører regnskapet for barnehagene våre.'),
});

describe('a check asked of a role', () => {
  it('a credit check is not found in everyday words ("gjelder")', () => {
    for (const text of ['Tar dere kredittsjekk av selgere?', 'Do you do a credit check on applicants for the selger job?']) {
      const reply = ask(everyday(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });

  it('is the posting’s to say: what the company page says of one department is not said of every role', () => {
    const reply = ask(everyday(), 'Må regnskapsføreren levere politiattest?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});
