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

/** Appends the posting to `tape`, with `numberOf` giving each string's number. */
export function encodePosting(posting: Posting, tape: number[], numberOf: (text: string, copy?: boolean) => number): void {
  const text = (value: string) => tape.push(numberOf(value));
  // Passage texts and headings are cleaned inline text, strings of their own already (see inline.ts): no copy needed.
  const cleaned = (value: string) => tape.push(numberOf(value, false));
  const optional = (value: string | null) => tape.push(value === null ? NONE : numberOf(value));
  text(posting.id);
  text(posting.title);
  text(posting.intro);
  text(posting.team);
  text(posting.location);
  text(posting.date);
  tape.push(posting.draft ? 1 : 0, code(LANGUAGES, posting.language));
  optional(posting.applyUrl);
  text(posting.url);
  text(posting.sourceFile);
  optional(posting.recruiterId);
  optional(posting.contact?.name ?? null);
  optional(posting.contact?.email ?? null);
  tape.push(posting.links.length);
  for (const link of posting.links) {
    text(link.text);
    text(link.url);
  }
  tape.push(posting.sections.length);
  posting.sections.forEach((section, index) => {
    tape.push(section.headingPath.length);
    section.headingPath.forEach(cleaned);
    cleaned(section.title);
    tape.push(code(ORIGINS, section.origin));
    text(section.anchor);
    tape.push(code(LANGUAGES, section.language), section.line, section.passages.length);
    section.passages.forEach((passage, position) => {
      // Ids and topics are not sent: a parsed posting's ids are "section.position" and its topics empty, until the index reads them.
      if (passage.id !== passageId(index, position) || passage.topics.length > 0) {
        throw new Error(`passage ${passage.id} of ${posting.id} is not as parsePosting makes them`);
      }
      cleaned(passage.text);
      tape.push(code(KINDS, passage.kind), code(LANGUAGES, passage.language));
    });
  });
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
  const id = text();
  const title = text();
  const intro = text();
  const team = text();
  const location = text();
  const date = text();
  const draft = number() === 1;
  const language = LANGUAGES[number()]!;
  const applyUrl = optional();
  const url = text();
  const sourceFile = text();
  const recruiterId = optional();
  const contactName = optional();
  const contactEmail = optional();
  const links = Array.from({ length: number() }, () => ({ text: text(), url: text() }));
  const sections = Array.from({ length: number() }, (_, index): Section => {
    const headingPath = Array.from({ length: number() }, text);
    const sectionTitle = text();
    const origin = ORIGINS[number()]!;
    const anchor = text();
    const sectionLanguage = LANGUAGES[number()]!;
    const line = number();
    const passages = Array.from({ length: number() }, (_, position): Passage => ({
      id: passageId(index, position),
      text: text(),
      kind: KINDS[number()]!,
      language: LANGUAGES[number()]!,
      topics: NO_TOPICS,
    }));
    return { headingPath, title: sectionTitle, origin, anchor, language: sectionLanguage, topics: NO_TOPICS, passages, line };
  });
  const contact = contactName !== null && contactEmail !== null ? { name: contactName, email: contactEmail } : null;
  const posting: Posting = { id, title, intro, team, location, date, draft, language, applyUrl, url, sourceFile, sections, links, recruiterId, contact };
  return { posting, next };
}

function code<T>(values: readonly T[], value: T): number {
  const index = values.indexOf(value);
  if (index === -1) throw new Error(`${String(value)} has no code`);
  return index;
}
