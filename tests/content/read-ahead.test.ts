/**
 * The read-ahead ring: what the reader thread puts in a slot is each file's
 * text, exactly as readFileSync gives it; a file it cannot take is left to
 * the parse worker, and a stopped reader never leaves the worker waiting.
 * The ring going round, with the reader in its own thread, is exercised by
 * a 2,000-file load in pipelined-load.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadAheadRing, fillReadAheadRing, stopReadAhead, takeReadAhead } from '../../src/content/read-ahead.js';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'candor-read-ahead-'));
  writeFileSync(file('plain.md'), '---\ntitle: "Plain"\n---\nText.\n');
  writeFileSync(file('nordic.md'), '\ufeff---\ntitle: "Lønn – på svenska: lön"\n---\nEmoji 🚀 and a stray byte: ');
  writeFileSync(file('nordic.md'), Buffer.concat([readFileSync(file('nordic.md')), Buffer.from([0xc3, 0x28, 0x0a])]));
  writeFileSync(file('empty.md'), '');
  // Bigger than a slot: the worker reads it itself.
  writeFileSync(file('huge.md'), `---\ntitle: "Huge"\n---\n${'All work and no play. '.repeat(150_000)}`);
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('read-ahead ring', () => {
  it('gives each file as readFileSync reads it, chunk by chunk, and leaves what it cannot take to the worker', () => {
    const chunks = [[file('plain.md'), file('nordic.md')], [file('empty.md'), file('missing.md'), file('huge.md')], [file('plain.md')]];
    const ring = createReadAheadRing(3);
    fillReadAheadRing(ring, chunks);
    expect(takeReadAhead(ring, 0, 2)).toEqual([readFileSync(file('plain.md'), 'utf8'), readFileSync(file('nordic.md'), 'utf8')]);
    expect(takeReadAhead(ring, 1, 3)).toEqual(['', null, null]);
    expect(takeReadAhead(ring, 2, 1)).toEqual([readFileSync(file('plain.md'), 'utf8')]);
  });

  it('refuses a chunk bigger than the ring was made for, and the worker then reads it itself', () => {
    const ring = createReadAheadRing(1);
    expect(() => fillReadAheadRing(ring, [[file('plain.md'), file('plain.md')]])).toThrow(/more files/);
    stopReadAhead(ring);
    expect(takeReadAhead(ring, 0, 2)).toBeNull();
  });

  it('tells the worker to read for itself once the reader has stopped', () => {
    const ring = createReadAheadRing(1);
    stopReadAhead(ring);
    expect(takeReadAhead(ring, 0, 1)).toBeNull();
  });
});
