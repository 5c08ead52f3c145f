/**
 * A job asked for in another language than its title: "the plumber job" is
 * the "VVS-montør", "bus driver" the "Bussjåfør", "dentist" the "Tandläkare".
 * A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const posting = (title: string, contact: string, body: string) => `---
title: "${title}"
kontakt: "${contact}"
---

## Om jobbet

${body}
`;

const board = boardFor({
  'vvs.md': posting('VVS-montør / blikkenslager – Aarhus', 'Jens Holm', 'Du kører ud til vores boligafdelinger i servicebil. Bilen må tages med hjem.'),
  'student.md': posting('Studentermedhjælper til administrationen i Aarhus', 'Lise Bak', 'Du hjælper med post og arkiv ti timer om ugen.'),
  'buss.md': posting('Bussjåfør – fast stilling, Oslo', 'Kari Ness', 'Vi betaler førerkort klasse D for deg som bare har klasse B.'),
  'renhold.md': posting('Renholder – nattskift, Oslo', 'Ola Rud', 'Du vasker busser om natta.'),
  'tand.md': posting('Tandläkare till kliniken i Göteborg', 'Eva Lind', 'Garantilön de första sex månaderna.'),
  'sekreterare.md': posting('Tandsköterska i Göteborg', 'Eva Lind', 'Du assisterar tandläkaren vid behandlingar.'),
});

describe('a job asked for in another language', () => {
  it('names the posting whose title says it in its own language', () => {
    const cases: Array<[string, string]> = [
      ['for the plumber job in aarhus, can i take the service car home?', 'vvs'],
      ['do you pay the D licence for the bus driver job in Oslo?', 'buss'],
      ['is there a guaranteed salary for the dentist in Gothenburg?', 'tand'],
    ];
    for (const [text, id] of cases) {
      const reply = ask(board(), text);
      expect(reply.kind, `${text} → ${reply.text}`).not.toBe('clarify');
      expect(reply.posting?.id, `${text} → ${reply.text}`).toBe(id);
    }
  });
});
