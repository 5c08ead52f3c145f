/**
 * "Hvilket HR-system bruger I?": asked which tool, a passage answers only by
 * naming one, not by saying there is one.
 */
import { describe, expect, it } from 'vitest';
import { namesOne, toolAskedOf } from '../../src/engine/which-one.js';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'hr.md': `---
title: "HR-koordinator"
kontakt:
  navn: "Mette Lund"
  e-post: "mette.lund@tegl.example"
---

## Om dig

- erfaring med et HR-system er en fordel
`,
  'finance.md': `---
title: "Head of Finance"
contact:
  name: "Jonas Ek"
  email: "jonas.ek@tegl.example"
---

## The role

- leading our move to a new ERP system during 2025, the vendor is chosen
- our books are kept in Fortnox today
`,
};

const board = boardFor(FILES);

describe('which tool', () => {
  it('hands off when the posting says there is one but not which', () => {
    const reply = ask(board(), 'hvilket HR-system bruger I? har kun prøvet Danløn');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Mette Lund');
  });

  it('answers with the passage that names one', () => {
    const reply = ask(board(), 'head of finance: which system are the books kept in?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Fortnox');
  });

  it('reads the kind asked, and a name beside it', () => {
    expect(toolAskedOf('which ERP are you moving to?')).toBe('erp');
    expect(toolAskedOf('which days are in the office?')).toBeNull();
    expect(namesOne('leading our move to a new ERP system during 2025', 'erp')).toBe(false);
    expect(namesOne('We run payroll in Visma and Workday', 'system')).toBe(true);
  });
});
