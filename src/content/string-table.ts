/**
 * The strings of a load's postings on their way from the parse worker to the
 * thread that indexes them: each one numbered in a table that grows over the
 * load, and sent once, the first time a posting uses it. A board repeats most
 * of its text, so this sends a fraction of it, and the receiving thread gets
 * each repeated text as one shared string without hashing it again.
 * posting-codec.ts writes postings with these numbers.
 */
import { fresh } from './detach.js';
import { BySerial, NO_SERIAL } from './inline.js';

export interface StringNumbering {
  /**
   * `copy` (the default) keeps a copy of a text seen for the first time, so
   * the table does not keep a source file alive through a slice of it; text
   * the parser already made a string of its own (cleaned inline text) needs none.
   */
  numberOf(text: string, copy?: boolean): number;
  /**
   * A cleaned inline text's number (inline.ts holds it as a string of its
   * own: no copy), found by its cleaning's serial where it has one, without
   * hashing the text: a board's passages repeat, and a thread that numbers
   * hundreds of thousands of them spent a tenth of its time looking them up.
   */
  numberOfCleaned(text: string, serial: number): number;
  /** Numbers a string no other posting has (its id, address and file) without keeping it to look up: the lookup would never find it. */
  unique(text: string): number;
  /** The strings numbered since the last call, in number order: they travel with the postings that use them. */
  takeAdded(): string[];
}

export interface StringTable {
  /** Adds a batch's new strings; call it before reading that batch's postings. */
  add(strings: readonly string[]): void;
  textOf(number: number): string;
}

export function createStringNumbering(): StringNumbering {
  const numbers = new Map<string, number>();
  const bySerial = new BySerial<number>();
  let added: string[] = [];
  let count = 0;
  const numberOf = (text: string, copy = true) => {
    let number = numbers.get(text);
    if (number === undefined) {
      number = count++;
      // A copy is also one byte a character where it can be, as it is then posted.
      const kept = copy ? fresh(text) : text;
      numbers.set(kept, number);
      added.push(kept);
    }
    return number;
  };
  return {
    numberOf,
    numberOfCleaned(text, serial) {
      if (serial === NO_SERIAL) return numberOf(text, false);
      let number = bySerial.get(serial);
      if (number === undefined) bySerial.set(serial, (number = numberOf(text, false)));
      return number;
    },
    unique(text) {
      added.push(fresh(text));
      return count++;
    },
    takeAdded() {
      const strings = added;
      added = [];
      return strings;
    },
  };
}

/**
 * The receiving end. Worker strings are kept as they arrive, not matched
 * against the text this thread parsed itself: its headings and passages are
 * shared through the inline memo already, and matching every string of every
 * chunk cost the busiest thread more time than the few duplicates cost memory.
 */
export function createStringTable(): StringTable {
  const table: string[] = [];
  return {
    add(strings) {
      for (const text of strings) table.push(text);
    },
    textOf(number) {
      const text = table[number];
      if (text === undefined) throw new Error(`string ${number} of a posting was never sent`);
      return text;
    },
  };
}
