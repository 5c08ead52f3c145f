/**
 * Postings cross from the parse worker as numbers on a tape, their sections
 * still drafts: what comes out must be the posting parsePosting gives, field
 * for field, for every kind of posting the fixtures hold (drafts, no apply
 * link, an outside contact, accordions, bilingual halves, explicit heading
 * ids), several to a tape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting, readPosting, type ReadPosting } from '../../src/content/load.js';
import { decodePosting, encodePosting, readSectionTexts, sectionsMade, TapeWriter, whenSectionsMade } from '../../src/content/posting-codec.js';
import { createStringNumbering, createStringTable } from '../../src/content/string-table.js';
import type { Posting } from '../../src/content/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const knowledge = loadKnowledge('knowledge');
/** Anchors the tape does not carry: an explicit {#id}, a title used twice, a note named after its first line, a Swedish half. */
const anchors = [
  '---',
  'title: "Anchors"',
  '---',
  'Intro text before any heading.',
  '## Salary {#pay}',
  'Pay is 60 000 SEK a month.',
  '## FAQ',
  'First questions.',
  '## FAQ',
  'More questions.',
  '{{% note "info" %}}',
  'A note without a title.',
  '{{% /note %}}',
  '## Om tjänsten',
  'Vi söker dig som vill arbeta med oss och är nyfiken på vad vi gör.',
].join('\n');
const files = [
  ...['content/career', 'tests/fixtures/postings', 'tests/fixtures/broken'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.md') && name !== '_index.md')
      .map((name) => ({ file: path.join(dir, name), source: readFileSync(path.join(dir, name), 'utf8') })),
  ),
  { file: 'anchors.md', source: anchors },
];
/** What parsePosting gives, and what the worker sends: the same files read, their sections left as drafts. */
const postings = files.map(({ file, source }) => parsePosting(file, source, { knowledge }).posting).filter((posting): posting is Posting => posting !== null);
const read = files.map(({ file, source }) => readPosting(file, source, { knowledge }).posting).filter((posting): posting is ReadPosting => posting !== null);

/** The postings through a tape and back. */
function roundTrip(sent: ReadPosting[]): Posting[] {
  const numbering = createStringNumbering();
  const writer = new TapeWriter();
  sent.forEach((posting) => encodePosting(posting, writer, numbering));
  const tape = writer.take();
  const table = createStringTable();
  table.add(numbering.takeAdded());
  let at = 0;
  const decoded = sent.map(() => {
    const { posting, next } = decodePosting(tape, at, table.textOf);
    at = next;
    return posting;
  });
  expect(at).toBe(tape.length);
  return decoded;
}

describe('posting codec', () => {
  it('gives back every posting as parsePosting gives it, several to a tape', () => {
    expect(postings.length).toBeGreaterThan(8);
    expect(read).toHaveLength(postings.length);
    expect(postings.some((posting) => posting.applyUrl === null || posting.contact !== null || posting.draft)).toBe(true);
    // What is worked out on the way: sections in two languages in one posting, and anchors (one set with {#id}, repeated titles numbered).
    expect(postings.some((posting) => posting.sections.some((section) => section.language !== posting.language))).toBe(true);
    expect(read.some((posting) => posting.sections.some((section) => section.explicitId !== null))).toBe(true);
    expect(postings.at(-1)!.sections.map((section) => section.anchor)).toEqual(['', 'pay', 'faq', 'faq-1', 'a-note-without-a-title', 'om-tjansten']);
    const decoded = roundTrip(read);
    expect(decoded).toEqual(postings);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(postings));
  });

  it('sends each repeated text once; only what is a posting\'s own (id, address, file) goes again', () => {
    const numbering = createStringNumbering();
    const tape = new TapeWriter();
    encodePosting(read[0]!, tape, numbering);
    const first = numbering.takeAdded().length;
    // The same text under another id, as a board repeats a posting.
    encodePosting({ ...read[0]!, id: 'copy', url: 'https://example.com/copy/', sourceFile: 'content/copy.md' }, tape, numbering);
    expect(first).toBeGreaterThan(10);
    expect(numbering.takeAdded()).toEqual(['copy', 'https://example.com/copy/', 'content/copy.md']);
  });

  it('leaves the sections on the tape until they are read, their texts readable meanwhile', () => {
    const at = postings.findIndex((candidate) => candidate.sections.some((section) => section.headingPath.length > 1));
    const posting = postings[at]!;
    const numbering = createStringNumbering();
    const writer = new TapeWriter();
    encodePosting(read[at]!, writer, numbering);
    const table = createStringTable();
    table.add(numbering.takeAdded());
    const { posting: decoded } = decodePosting(writer.take(), 0, table.textOf);
    expect(sectionsMade(decoded)).toBe(false);

    const texts: string[] = [];
    readSectionTexts(decoded, (heading) => texts.push(`# ${heading}`), (text) => texts.push(text));
    expect(texts).toEqual(posting.sections.flatMap((section) => [`# ${section.headingPath.join(' ')}`, ...section.passages.map((passage) => passage.text)]));
    expect(sectionsMade(decoded)).toBe(false);

    // Whoever waits for the sections sees them before the reader does, once.
    const made: unknown[] = [];
    whenSectionsMade(decoded, (sections) => made.push(sections));
    const sections = decoded.sections;
    expect(sections).toEqual(posting.sections);
    expect(decoded.sections).toBe(sections);
    expect(made).toEqual([sections]);
    expect(sectionsMade(decoded)).toBe(true);
  });

  it('writes a tape of any length, and starts a new one once it is taken', () => {
    const writer = new TapeWriter();
    for (let number = 0; number < 100_000; number++) writer.push(number % 977);
    writer.set(5, -2);
    const tape = writer.take();
    expect(tape.length).toBe(100_000);
    expect([tape[4], tape[5], tape[99_999]]).toEqual([4, -2, 99_999 % 977]);
    writer.push(7);
    expect(Array.from(writer.take())).toEqual([7]);
  });

  it('says so when a string was never sent', () => {
    const tape = new TapeWriter();
    encodePosting(read[0]!, tape, createStringNumbering());
    expect(() => decodePosting(tape.take(), 0, createStringTable().textOf)).toThrow(/never sent/);
  });
});
