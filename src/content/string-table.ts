/**
 * Parsed postings on their way from the parse worker to the thread that
 * indexes them. Every text a posting was cut from its file becomes its number
 * in a table that grows over the load, and only texts the table has not seen
 * yet travel, once each. A board repeats most of its text, so this posts a
 * fraction of it, and the receiving thread gets repeated text as one shared
 * string without hashing it again.
 */
import { fresh, mapStrings, shared, type StringPool } from './detach.js';
import type { Posting } from './types.js';

/**
 * A posting with its texts blanked, and their numbers in the order
 * mapStrings visits them: fit only to cross to another thread. The blanks
 * keep every field a string, as V8 likes its objects' fields to stay.
 */
export interface PackedPosting {
  blanked: Posting;
  texts: number[];
}

export interface StringPacker {
  pack(posting: Posting): PackedPosting;
  /** The texts numbered since the last call, in number order: they travel with the postings that use them. */
  takeAdded(): string[];
}

export interface StringUnpacker {
  /** Adds a batch's new texts; call it before unpacking that batch's postings. */
  add(strings: readonly string[]): void;
  unpack(packed: PackedPosting): Posting;
}

export function createStringPacker(): StringPacker {
  const numbers = new Map<string, number>();
  let added: string[] = [];
  const numberOf = (text: string): number => {
    let number = numbers.get(text);
    if (number === undefined) {
      number = numbers.size;
      // A copy, so the table does not keep every source file alive; one byte a character where it can be, as it is posted.
      const copy = fresh(text);
      numbers.set(copy, number);
      added.push(copy);
    }
    return number;
  };
  return {
    pack(posting) {
      const texts: number[] = [];
      // Ids, anchors, languages and kinds are short and travel as they are.
      const blanked = mapStrings(
        posting,
        (text) => {
          texts.push(numberOf(text));
          return '';
        },
        (text) => text,
      );
      return { blanked, texts };
    },
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
  return {
    add(strings) {
      for (const text of strings) {
        const known = pool?.get(text);
        if (known === undefined) pool?.set(text, text);
        table.push(known ?? text);
      }
    },
    unpack({ blanked, texts }) {
      let next = 0;
      const textOf = (): string => {
        const text = table[texts[next++]!];
        if (text === undefined) throw new Error(`text ${texts[next - 1]} of a packed posting was never sent`);
        return text;
      };
      // Short values come as the worker's copies: shared with this thread's, as a load here would.
      return mapStrings(blanked, textOf, (text) => (pool ? shared(text, pool) : text));
    },
  };
}
