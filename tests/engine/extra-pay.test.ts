/**
 * "Is the on-call paid extra?", "får man ekstra betalt for kveldene?": a
 * supplement is asked, answered where the posting says what the on-call or
 * the evening pays (an allowance, a sum, time off in lieu), never by the
 * base salary or by the evenings alone.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const posting = (title: string, body: string) => `---
title: "${title}"
kontakt: "Mona Berg"
---

${body}
`;

const board = boardFor({
  'network.md': posting('Network Engineer', '## What you will do\n\n- Take part in the on-call rotation, one week in six.\n\n## Pay\n\nSalary: DKK 52,000–60,000 per month.'),
  'kundesenter.md': posting('Kundebehandler', '## Om jobben\n\nVi har åpent til klokka 20 på hverdager og 10–15 på lørdager, så du jobber noen kvelder og lørdager.'),
  'drift.md': posting('Driftsingeniør', '## Beredskap\n\nDu går i beredskap hver sjette uke. Beredskapstillegg: 3 000 kr per uke.'),
  'sre.md': posting('Site Reliability Engineer', '## On-call\n\nYou will take part in the on-call rotation every sixth week. We offer a competitive salary and a good pension.'),
  'lager.md': posting('Lagerarbeider', '## Arbeidstid\n\nOvertime may occur in periods. Salary: 600 000 NOK.'),
  'qc.md': posting('QC Analyst', '## Hours\n\nDay work, Monday to Friday, and a weekend on-call rota about one weekend in eight. Weekend on-call is compensated with time off in lieu.'),
});

describe('extra pay asked', () => {
  it('is not answered by the base salary or by the hours alone', () => {
    for (const text of ['is the on-call for the network engineer paid extra?', 'kundebehandler: får man ekstra betalt for kveldene og lørdagene?', 'is the on-call for the site reliability engineer paid extra?', 'is overtime paid extra for the lagerarbeider?']) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });

  it('is answered by the allowance, or by how the on-call is compensated', () => {
    const allowance = ask(board(), 'Får man betalt ekstra for beredskapsuka som driftsingeniør?');
    expect(allowance.kind, allowance.text).toBe('answer');
    expect(allowance.text).toContain('3 000 kr per uke');
    const timeOff = ask(board(), 'QC analyst: is the weekend on-call paid extra?');
    expect(timeOff.kind, timeOff.text).toBe('answer');
    expect(timeOff.text).toContain('time off in lieu');
  });
});
