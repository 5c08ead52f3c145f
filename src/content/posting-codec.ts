/**
 * Parsed postings as numbers, for the trip from the parse worker to the
 * thread that indexes them. Every string becomes its number in the load's
 * string table (string-table.ts), and every posting a run of numbers on one
 * tape per chunk: posting a chunk is then a copy of one typed array and a
 * list of the strings it is the first to use, where posting objects would
 * be a walk over hundreds of thousands of small ones on both threads.
 * decodePosting gives back what parsePosting gave, field for field.
 */
import { passageId, NO_TOPICS } from './body.js';
import type { Language, Passage, Posting, Section } from './types.js';

const LANGUAGES: readonly Language[] = ['en', 'nb', 'sv'];
const KINDS: readonly Passage['kind'][] = ['paragraph', 'list'];
const ORIGINS: readonly Section['origin'][] = ['heading', 'accordion', 'note', 'lead'];
const NONE = -1;

/**
 * Appends the posting to `tape`, with `numberOf` giving each string's number.
 * Fields go on the tape in the order Posting, Section and Passage declare
 * them, so decodePosting reads them back as object literals in that order.
 */
export function encodePosting(posting: Posting, tape: number[], numberOf: (text: string, copy?: boolean) => number): void {
  const text = (value: string) => tape.push(numberOf(value));
  // Passage texts and headings are cleaned inline text, strings of their own already (see inline.ts): no copy needed.
  const cleaned = (value: string) => tape.push(numberOf(value, false));
  const optional = (value: string | null) => tape.push(value === null ? NONE : numberOf(value));
  [posting.id, posting.title, posting.intro, posting.team, posting.location, posting.date].forEach(text);
  tape.push(posting.draft ? 1 : 0, code(LANGUAGES, posting.language));
  optional(posting.applyUrl);
  text(posting.url);
  text(posting.sourceFile);
  tape.push(posting.sections.length);
  posting.sections.forEach((section, index) => {
    tape.push(section.headingPath.length);
    section.headingPath.forEach(cleaned);
    cleaned(section.title);
    tape.push(code(ORIGINS, section.origin));
    text(section.anchor);
    tape.push(code(LANGUAGES, section.language), section.passages.length);
    section.passages.forEach((passage, position) => {
      // Ids and topics are not sent: a parsed posting's ids are "section.position" and its topics empty, until the index reads them.
      if (passage.id !== passageId(index, position) || passage.topics.length > 0) {
        throw new Error(`passage ${passage.id} of ${posting.id} is not as parsePosting makes them`);
      }
      cleaned(passage.text);
      tape.push(code(KINDS, passage.kind), code(LANGUAGES, passage.language));
    });
    tape.push(section.line);
  });
  tape.push(posting.links.length);
  for (const link of posting.links) {
    text(link.text);
    text(link.url);
  }
  optional(posting.recruiterId);
  optional(posting.contact?.name ?? null);
  optional(posting.contact?.email ?? null);
}

/** The posting that starts at `at` on the tape, and where the next one starts. */
export function decodePosting(tape: ArrayLike<number>, at: number, textOf: (number: number) => string): { posting: Posting; next: number } {
  let next = at;
  const number = () => tape[next++]!;
  const text = () => textOf(number());
  const optional = () => {
    const value = number();
    return value === NONE ? null : textOf(value);
  };
  const list = <T>(item: (position: number) => T): T[] => {
    const length = number();
    // Filled by index at its final length: Array.from over an array-like takes V8's slow generic path.
    const items = new Array<T>(length);
    for (let position = 0; position < length; position++) items[position] = item(position);
    return items;
  };
  const posting: Posting = {
    id: text(),
    title: text(),
    intro: text(),
    team: text(),
    location: text(),
    date: text(),
    draft: number() === 1,
    language: LANGUAGES[number()]!,
    applyUrl: optional(),
    url: text(),
    sourceFile: text(),
    sections: list(
      (index): Section => ({
        headingPath: list(text),
        title: text(),
        origin: ORIGINS[number()]!,
        anchor: text(),
        language: LANGUAGES[number()]!,
        topics: NO_TOPICS,
        passages: list((position): Passage => ({ id: passageId(index, position), text: text(), kind: KINDS[number()]!, language: LANGUAGES[number()]!, topics: NO_TOPICS })),
        line: number(),
      }),
    ),
    links: list(() => ({ text: text(), url: text() })),
    recruiterId: optional(),
    contact: contactOf(optional(), optional()),
  };
  return { posting, next };
}

function contactOf(name: string | null, email: string | null): Posting['contact'] {
  return name !== null && email !== null ? { name, email } : null;
}

function code<T>(values: readonly T[], value: T): number {
  const index = values.indexOf(value);
  if (index === -1) throw new Error(`${String(value)} has no code`);
  return index;
}
