/**
 * Postings cross from the parse worker as numbers on a tape: what comes out
 * must be the posting that went in, field for field, for every kind of
 * posting the fixtures hold (drafts, no apply link, an outside contact,
 * accordions, bilingual halves), several to a tape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../src/content/load.js';
import { decodePosting, encodePosting, readSectionTexts, sectionsMade, whenSectionsMade } from '../../src/content/posting-codec.js';
import { createStringNumbering, createStringTable } from '../../src/content/string-table.js';
import type { Posting } from '../../src/content/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const knowledge = loadKnowledge('knowledge');
const parseAll = (options: { skipSectionLanguages?: boolean } = {}): Posting[] =>
  ['content/career', 'tests/fixtures/postings', 'tests/fixtures/broken'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.md') && name !== '_index.md')
      .map((name) => parsePosting(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8'), { knowledge, ...options }).posting)
      .filter((posting): posting is Posting => posting !== null),
  );
const postings = parseAll();

/** The postings through a tape and back. */
function roundTrip(sent: Posting[]): Posting[] {
  const numbering = createStringNumbering();
  const tape: number[] = [];
  sent.forEach((posting) => encodePosting(posting, tape, numbering.numberOf));
  const table = createStringTable();
  table.add(numbering.takeAdded());
  let at = 0;
  const decoded = sent.map(() => {
    const { posting, next } = decodePosting(Int32Array.from(tape), at, table.textOf);
    at = next;
    return posting;
  });
  expect(at).toBe(tape.length);
  return decoded;
}

describe('posting codec', () => {
  it('gives back every posting as it was parsed, several to a tape', () => {
    expect(postings.length).toBeGreaterThan(8);
    expect(postings.some((posting) => posting.applyUrl === null || posting.contact !== null || posting.draft)).toBe(true);
    const decoded = roundTrip(postings);
    expect(decoded).toEqual(postings);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(postings));
  });

  it('works out each section\'s language when the worker left it undetected', () => {
    // A posting with halves in two languages: its sections' languages differ from the posting's.
    const mixed = postings.filter((posting) => posting.sections.some((section) => section.language !== posting.language));
    expect(mixed.length).toBeGreaterThan(0);
    const undetected = parseAll({ skipSectionLanguages: true });
    expect(undetected.every((posting) => posting.sections.every((section) => section.language === posting.language))).toBe(true);
    expect(undetected).not.toEqual(postings);
    const decoded = roundTrip(undetected);
    expect(decoded).toEqual(postings);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(postings));
  });

  it('sends each repeated text once', () => {
    const numbering = createStringNumbering();
    const tape: number[] = [];
    encodePosting(postings[0]!, tape, numbering.numberOf);
    const first = numbering.takeAdded().length;
    encodePosting(postings[0]!, tape, numbering.numberOf);
    expect(first).toBeGreaterThan(10);
    expect(numbering.takeAdded()).toEqual([]);
  });

  it('refuses a posting the index has already read, rather than lose its topics', () => {
    const read = structuredClone(postings[0]!);
    read.sections[0]!.passages[0]!.topics = ['compensation'];
    expect(() => encodePosting(read, [], createStringNumbering().numberOf)).toThrow(/not as parsePosting makes them/);
  });

  it('leaves the sections on the tape until they are read, their texts readable meanwhile', () => {
    const posting = postings.find((candidate) => candidate.sections.some((section) => section.headingPath.length > 1))!;
    const numbering = createStringNumbering();
    const tape: number[] = [];
    encodePosting(posting, tape, numbering.numberOf);
    const table = createStringTable();
    table.add(numbering.takeAdded());
    const { posting: decoded } = decodePosting(tape, 0, table.textOf);
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

  it('says so when a string was never sent', () => {
    const tape: number[] = [];
    encodePosting(postings[0]!, tape, createStringNumbering().numberOf);
    expect(() => decodePosting(tape, 0, createStringTable().textOf)).toThrow(/never sent/);
  });
});
