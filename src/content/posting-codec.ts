/**
 * Parsed postings as numbers, for the trip from the parse worker to the
 * thread that indexes them. Every string becomes its number in the load's
 * string table (string-table.ts), and every posting a run of numbers on one
 * tape per chunk: posting a chunk is then a copy of one typed array and a
 * list of the strings it is the first to use, where posting objects would
 * be a walk over hundreds of thousands of small ones on both threads.
 * decodePosting gives back what parsePosting gave, field for field.
 *
 * Section languages are not sent: they follow from the section's texts and
 * the posting's language (sectionLanguages), and are worked out when the
 * sections are made, if ever, so the worker need not detect them at all.
 */
import { passageId, sectionLanguages, NO_TOPICS } from './body.js';
import type { Language, Passage, Posting, Section } from './types.js';

const LANGUAGES: readonly Language[] = ['en', 'nb', 'sv'];
const KINDS: readonly Passage['kind'][] = ['paragraph', 'list'];
const ORIGINS: readonly Section['origin'][] = ['heading', 'accordion', 'note', 'lead'];
const NONE = -1;

/**
 * Appends the posting to `tape`, with `numberOf` giving each string's number.
 * The sections go last, behind their length on the tape, so a reader can
 * take the posting's own fields and leave its sections for later.
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
  tape.push(posting.links.length);
  for (const link of posting.links) {
    text(link.text);
    text(link.url);
  }
  optional(posting.recruiterId);
  optional(posting.contact?.name ?? null);
  optional(posting.contact?.email ?? null);
  const lengthAt = tape.length;
  tape.push(0);
  tape.push(posting.sections.length);
  posting.sections.forEach((section, index) => {
    tape.push(section.headingPath.length);
    section.headingPath.forEach(cleaned);
    cleaned(section.title);
    tape.push(code(ORIGINS, section.origin));
    text(section.anchor);
    tape.push(section.passages.length);
    section.passages.forEach((passage, position) => {
      // Ids and topics are not sent: a parsed posting's ids are "section.position" and its topics empty, until the index reads them.
      if (passage.id !== passageId(index, position) || passage.topics.length > 0) {
        throw new Error(`passage ${passage.id} of ${posting.id} is not as parsePosting makes them`);
      }
      cleaned(passage.text);
      tape.push(code(KINDS, passage.kind));
    });
    tape.push(section.line);
  });
  tape[lengthAt] = tape.length - lengthAt - 1;
}

/** A decoded posting's sections while they are still on the tape, and who waits for them to be made. */
interface PendingSections {
  readTexts(section: (heading: string) => void, passage: (text: string) => void): void;
  whenMade: ((sections: Section[]) => void) | null;
}

const pending = new WeakMap<object, PendingSections>();

/**
 * Each section's heading (its path joined by spaces) and then its passages'
 * texts, in document order: off the tape for a decoded posting whose
 * sections are not made yet (the index reads a big board this way), else
 * from the sections.
 */
export function readSectionTexts(owner: { readonly sections: Section[] }, section: (heading: string) => void, passage: (text: string) => void): void {
  const later = pending.get(owner);
  if (later) return later.readTexts(section, passage);
  for (const made of owner.sections) {
    // One level (most sections) needs no joining: the heading is the title itself.
    const path = made.headingPath;
    section(path.length === 1 ? path[0]! : path.join(' '));
    for (const { text } of made.passages) passage(text);
  }
}

/** `made` with the owner's sections: now if they exist, else as they are made, before anyone else sees them. */
export function whenSectionsMade(owner: { readonly sections: Section[] }, made: (sections: Section[]) => void): void {
  const later = pending.get(owner);
  if (later) later.whenMade = made;
  else made(owner.sections);
}

/** Whether a decoded posting's sections have been made (always, for a posting not decoded here). */
export function sectionsMade(posting: Posting): boolean {
  return !pending.has(posting);
}

/**
 * The posting that starts at `at` on the tape, and where the next one starts.
 * Its sections are made when first read (see readSectionTexts); until then
 * the posting holds the tape, not hundreds of objects.
 */
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
  const links = list(number(), () => ({ text: text(), url: text() }));
  const recruiterId = optional();
  const contact = contactOf(optional(), optional());
  const sectionsLength = number();
  const sectionsAt = next;
  next += sectionsLength;

  let made: Section[] | null = null;
  const later: PendingSections = { readTexts: (section, passage) => readTapeTexts(tape, sectionsAt, textOf, section, passage), whenMade: null };
  // Accessors in the literal, in the field's place: the posting keeps its shape and its keys' order (JSON, spreads, equality see a plain field).
  const posting: Posting = {
    id,
    title,
    intro,
    team,
    location,
    date,
    draft,
    language,
    applyUrl,
    url,
    sourceFile,
    get sections(): Section[] {
      if (made === null) {
        made = decodeSections(tape, sectionsAt, textOf, language);
        pending.delete(posting);
        later.whenMade?.(made);
      }
      return made;
    },
    set sections(sections: Section[]) {
      made = sections;
      pending.delete(posting);
    },
    links,
    recruiterId,
    contact,
  };
  pending.set(posting, later);
  return { posting, next };
}

function decodeSections(tape: ArrayLike<number>, at: number, textOf: (number: number) => string, postingLanguage: Language): Section[] {
  let next = at;
  const number = () => tape[next++]!;
  const text = () => textOf(number());
  const read = list(number(), () => ({
    headingPath: list(number(), text),
    title: text(),
    origin: ORIGINS[number()]!,
    anchor: text(),
    passages: list(number(), () => ({ text: text(), kind: KINDS[number()]! })),
    line: number(),
  }));
  const languages = sectionLanguages(read, postingLanguage);
  return read.map(({ headingPath, title, origin, anchor, passages, line }, index): Section => {
    const language = languages[index]!;
    return {
      headingPath,
      title,
      origin,
      anchor,
      language,
      topics: NO_TOPICS,
      passages: passages.map((passage, position): Passage => ({ id: passageId(index, position), text: passage.text, kind: passage.kind, language, topics: NO_TOPICS })),
      line,
    };
  });
}

function readTapeTexts(tape: ArrayLike<number>, at: number, textOf: (number: number) => string, section: (heading: string) => void, passage: (text: string) => void): void {
  let next = at;
  const sections = tape[next++]!;
  for (let index = 0; index < sections; index++) {
    const levels = tape[next++]!;
    // One level (most sections) needs no joining: the heading is the title itself.
    let heading = levels === 0 ? '' : textOf(tape[next]!);
    for (let level = 1; level < levels; level++) heading = `${heading} ${textOf(tape[next + level]!)}`;
    // The path, then title, origin and anchor.
    next += levels + 3;
    section(heading);
    const passages = tape[next++]!;
    for (let position = 0; position < passages; position++) {
      passage(textOf(tape[next]!));
      next += 2;
    }
    next += 1;
  }
}

/** Filled by index at its final length: Array.from over an array-like takes V8's slow generic path. */
function list<T>(length: number, item: (position: number) => T): T[] {
  const items = new Array<T>(length);
  for (let position = 0; position < length; position++) items[position] = item(position);
  return items;
}

function contactOf(name: string | null, email: string | null): Posting['contact'] {
  return name !== null && email !== null ? { name, email } : null;
}

function code<T>(values: readonly T[], value: T): number {
  const index = values.indexOf(value);
  if (index === -1) throw new Error(`${String(value)} has no code`);
  return index;
}
