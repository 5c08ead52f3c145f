/**
 * Parsed postings on their way from the parse worker to the thread that
 * indexes them. Every string becomes its number in a table that grows over
 * the load, and only strings the table has not seen yet travel, once each.
 * A board repeats most of its text, so this posts a fraction of it, and the
 * receiving thread gets repeated text as one shared string without hashing
 * it again.
 */
import { fresh, mapStrings, type StringPool } from './detach.js';
import type { Posting } from './types.js';

/** A posting whose strings are numbers into the sender's table: fit only to cross to another thread. */
export type PackedPosting = { readonly packedPosting: true };

export interface StringPacker {
  pack(posting: Posting): PackedPosting;
  /** The strings numbered since the last call, in number order: they travel with the postings that use them. */
  takeAdded(): string[];
}

export interface StringUnpacker {
  /** Adds a batch's new strings; call it before unpacking that batch's postings. */
  add(strings: readonly string[]): void;
  unpack(packed: PackedPosting): Posting;
}

export function createStringPacker(): StringPacker {
  const numbers = new Map<string, number>();
  let added: string[] = [];
  const numberOf = (text: string): string => {
    let number = numbers.get(text);
    if (number === undefined) {
      number = numbers.size;
      // A copy, so the table does not keep every source file alive; one byte a character where it can be, as it is posted.
      const copy = fresh(text);
      numbers.set(copy, number);
      added.push(copy);
    }
    return number as unknown as string;
  };
  return {
    pack: (posting) => mapStrings(posting, numberOf, numberOf) as unknown as PackedPosting,
    takeAdded() {
      const strings = added;
      added = [];
      return strings;
    },
  };
}

/** With a pool, text this thread already holds (from postings it parsed itself) is shared with it. */
export function createStringUnpacker(pool?: StringPool): StringUnpacker {
  const table: string[] = [];
  const textOf = (number: string): string => {
    const text = table[number as unknown as number];
    if (text === undefined) throw new Error(`string ${number} of a packed posting was never sent`);
    return text;
  };
  return {
    add(strings) {
      for (const text of strings) {
        const known = pool?.get(text);
        if (known === undefined) pool?.set(text, text);
        table.push(known ?? text);
      }
    },
    unpack: (packed) => mapStrings(packed as unknown as Posting, textOf, textOf),
  };
}
