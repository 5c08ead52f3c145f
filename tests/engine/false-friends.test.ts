/**
 * Words that are one thing in one language and another in the next: a
 * Swedish passage that asks you to "visa upp" a record says nothing of a
 * visa. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'larare.md': `+++
titel = "Lärare i matematik"
title = "Lärare i matematik"
kontakt = "Jonas Lindqvist"
epost = "jonas.lindqvist@skolan.example"
+++

## Övrigt

Innan anställning ska du visa upp ett utdrag ur belastningsregistret.

## Om dig

Du har lärarlegitimation i matematik.
`,
};

const board = boardFor(FILES);

describe('a Swedish passage showing a record', () => {
  it('does not answer a question about visas', () => {
    const reply = ask(board(), 'do you sponsor work visas? I am a maths teacher from India');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Jonas Lindqvist');
  });

  it('still answers what must be shown', () => {
    const reply = ask(board(), 'behöver man utdrag ur belastningsregistret?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('visa upp ett utdrag');
  });
});
