/**
 * Parsed postings as numbers, for the trip from the parse worker to the
 * thread that indexes them. Every string becomes its number in the load's
 * string table (string-table.ts), and every posting a run of numbers on one
 * tape per chunk: posting a chunk is then a copy of one typed array and a
 * list of the strings it is the first to use, where posting objects would
 * be a walk over hundreds of thousands of small ones on both threads.
 * The worker sends a posting as read (ReadPosting in load.ts), its sections drafts:
 * their languages, anchors and passage ids follow from the drafts and the
 * posting's language, and are worked out when the sections are first read,
 * if ever. decodePosting gives back what parsePosting gives, field for field.
 */
import { finalizeSections, type FinishableSection } from './body.js';
import { NO_SERIAL } from './inline.js';
import { Int32List } from './int32-list.js';
import type { StringNumbering } from './string-table.js';
import type { Language, Passage, Posting, Section } from './types.js';

const LANGUAGES: readonly Language[] = ['en', 'nb', 'sv'];
const KINDS: readonly Passage['kind'][] = ['paragraph', 'list'];
const ORIGINS: readonly Section['origin'][] = ['heading', 'accordion', 'note', 'lead'];
const NONE = -1;

/** A posting as the tape carries it: its sections as drafts, finished when they are first read. */
export type TapePosting = Omit<Posting, 'sections'> & { sections: readonly FinishableSection[] };

/**
 * Appends the posting to `tape`, with `strings` giving each string's number.
 * The sections go last, behind their length on the tape, so a reader can
 * take the posting's own fields and leave its sections for later.
 */
export function encodePosting(posting: TapePosting, tape: TapeWriter, strings: StringNumbering): void {
  const { numberOf } = strings;
  const text = (value: string) => tape.push(numberOf(value));
  const unique = (value: string) => tape.push(strings.unique(value));
  // Passage texts and headings are cleaned inline text, strings of their own already (see inline.ts): no copy needed.
  const cleaned = (value: string) => tape.push(numberOf(value, false));
  const optional = (value: string | null) => tape.push(value === null ? NONE : numberOf(value));
  unique(posting.id);
  [posting.title, posting.intro, posting.team, posting.location, posting.date].forEach(text);
  tape.push(posting.draft ? 1 : 0);
  tape.push(code(LANGUAGES, posting.language));
  optional(posting.applyUrl);
  unique(posting.url);
  unique(posting.sourceFile);
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
  // A section's heading path mostly repeats the one before it, and its title is mostly the path's last step: numbered once.
  let previousPath: readonly string[] = [];
  let previousNumbers: number[] = [];
  for (const section of posting.sections) {
    const path = section.headingPath;
    const numbers = path.map((step, level) => (previousPath[level] === step ? previousNumbers[level]! : numberOf(step, false)));
    tape.push(path.length);
    for (const number of numbers) tape.push(number);
    if (path.length > 0 && section.title === path[path.length - 1]) tape.push(numbers[numbers.length - 1]!);
    else cleaned(section.title);
    previousPath = path;
    previousNumbers = numbers;
    tape.push(code(ORIGINS, section.origin));
    optional(section.explicitId);
    tape.push(section.passages.length);
    for (const passage of section.passages) {
      tape.push(strings.numberOfCleaned(passage.text, passage.serial ?? NO_SERIAL));
      tape.push(code(KINDS, passage.kind));
    }
    tape.push(section.line);
  }
  tape.set(lengthAt, tape.length - lengthAt - 1);
}

/** A chunk's tape as it is written: numbers go straight into a typed array, so taking it is one copy. */
export class TapeWriter extends Int32List {}

/** A decoded posting's sections: where they are on the tape until they are made, and who waits for them. */
interface LazySections {
  tape: ArrayLike<number>;
  at: number;
  /** The load's string table: whose numbers the tape's are. */
  textOf: (number: number) => string;
  language: Language;
  whenMade: ((sections: Section[]) => void) | null;
}

/** Postings whose sections are still on the tape. */
const pending = new WeakMap<object, LazySections>();
/** Sections made (or set) for a decoded posting. */
const madeSections = new WeakMap<object, Section[]>();

/**
 * A text, and its number in the string table of the load it came from, when
 * it came off a tape as one string (else NOT_NUMBERED). A load gives equal
 * texts one number, so a reader can remember what it made of a text by its
 * number, without hashing it; numbersOf tells whose numbers they are.
 */
export type TextReader = (text: string, number: number) => void;
export const NOT_NUMBERED = -1;

/** The string table the owner's texts are numbered in (see TextReader), or null when they are not. */
export function numbersOf(owner: { readonly sections: Section[] }): object | null {
  return pending.get(owner)?.textOf ?? null;
}

/**
 * Each section's heading (its path joined by spaces) and then its passages'
 * texts, in document order: off the tape for a decoded posting whose
 * sections are not made yet (the index reads a big board this way), else
 * from the sections.
 */
export function readSectionTexts(owner: { readonly sections: Section[] }, section: TextReader, passage: TextReader): void {
  const later = pending.get(owner);
  if (later) return readTapeTexts(later.tape, later.at, later.textOf, section, passage);
  for (const made of owner.sections) {
    // One level (most sections) needs no joining: the heading is the title itself.
    const path = made.headingPath;
    section(path.length === 1 ? path[0]! : path.join(' '), NOT_NUMBERED);
    for (const { text } of made.passages) passage(text, NOT_NUMBERED);
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
  const reader = new TapeReader(tape, at, textOf);
  // Field by field in Posting's order, the sections an accessor in their place: every decoded posting then
  // has one shape and stays a fast object, its keys in the order JSON, spreads and equality see.
  const posting = {
    id: reader.text(),
    title: reader.text(),
    intro: reader.text(),
    team: reader.text(),
    location: reader.text(),
    date: reader.text(),
    draft: reader.number() === 1,
    language: LANGUAGES[reader.number()]!,
    applyUrl: reader.optional(),
    url: reader.text(),
    sourceFile: reader.text(),
  } as Posting;
  Object.defineProperty(posting, 'sections', SECTIONS);
  const linkCount = reader.number();
  const links = new Array<Posting['links'][number]>(linkCount);
  for (let position = 0; position < linkCount; position++) links[position] = { text: reader.text(), url: reader.text() };
  posting.links = links;
  posting.recruiterId = reader.optional();
  posting.contact = contactOf(reader.optional(), reader.optional());
  const sectionsLength = reader.number();
  pending.set(posting, { tape, at: reader.at, textOf, language: posting.language, whenMade: null });
  return { posting, next: reader.at + sectionsLength };
}

/** One accessor pair for every decoded posting (a pair per posting would put each in dictionary mode): the sections are made when first read. */
const SECTIONS: PropertyDescriptor = {
  get(this: Posting): Section[] {
    const later = pending.get(this);
    if (later) {
      const made = decodeSections(later.tape, later.at, later.textOf, later.language);
      madeSections.set(this, made);
      pending.delete(this);
      later.whenMade?.(made);
      return made;
    }
    return madeSections.get(this)!;
  },
  set(this: Posting, sections: Section[]) {
    madeSections.set(this, sections);
    pending.delete(this);
  },
  enumerable: true,
  configurable: true,
};

function decodeSections(tape: ArrayLike<number>, at: number, textOf: (number: number) => string, language: Language): Section[] {
  const reader = new TapeReader(tape, at, textOf);
  const drafts = list(reader.number(), (): FinishableSection => ({
    headingPath: list(reader.number(), () => reader.text()),
    title: reader.text(),
    origin: ORIGINS[reader.number()]!,
    explicitId: reader.optional(),
    passages: list(reader.number(), () => ({ text: reader.text(), kind: KINDS[reader.number()]! })),
    line: reader.number(),
  }));
  return finalizeSections({ sections: drafts }, language);
}

/** Reads the tape from `at` on: a number, a string by its number, a string that may be absent. */
class TapeReader {
  constructor(
    private readonly tape: ArrayLike<number>,
    /** Where the next read starts. */
    public at: number,
    private readonly textOf: (number: number) => string,
  ) {}

  number(): number {
    return this.tape[this.at++]!;
  }

  text(): string {
    return this.textOf(this.tape[this.at++]!);
  }

  optional(): string | null {
    const value = this.tape[this.at++]!;
    return value === NONE ? null : this.textOf(value);
  }
}

function readTapeTexts(tape: ArrayLike<number>, at: number, textOf: (number: number) => string, section: TextReader, passage: TextReader): void {
  let next = at;
  const sections = tape[next++]!;
  for (let index = 0; index < sections; index++) {
    const levels = tape[next++]!;
    // One level (most sections) needs no joining: the heading is the title itself.
    let heading = levels === 0 ? '' : levels === 2 ? joinedPair(tape[next]!, tape[next + 1]!, textOf) : textOf(tape[next]!);
    for (let level = 1; level < levels && levels !== 2; level++) heading = `${heading} ${textOf(tape[next + level]!)}`;
    const headingNumber = levels === 1 ? tape[next]! : NOT_NUMBERED;
    // The path, then title, origin and explicit id.
    next += levels + 3;
    section(heading, headingNumber);
    const passages = tape[next++]!;
    for (let position = 0; position < passages; position++) {
      const number = tape[next]!;
      passage(textOf(number), number);
      next += 2;
    }
    next += 1;
  }
}

/**
 * Two-level headings ("Benefits" > "Pension") joined once per pair of
 * strings, not per section: the same string each time, which the reader of
 * headings finds again without hashing a new one. Per string table: its
 * numbers mean nothing in another.
 */
const pairsByTable = new WeakMap<(number: number) => string, Map<number, string>>();
/** Above any string number a load reaches, so the pair's key is one exact number. */
const PAIR_BASE = 2 ** 26;

function joinedPair(first: number, second: number, textOf: (number: number) => string): string {
  if (first >= PAIR_BASE || second >= PAIR_BASE) return `${textOf(first)} ${textOf(second)}`;
  let pairs = pairsByTable.get(textOf);
  if (!pairs) pairsByTable.set(textOf, (pairs = new Map()));
  const key = first * PAIR_BASE + second;
  let joined = pairs.get(key);
  if (joined === undefined) pairs.set(key, (joined = `${textOf(first)} ${textOf(second)}`));
  return joined;
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
