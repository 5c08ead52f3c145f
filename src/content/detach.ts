/**
 * Copies of a parsed posting's strings that no longer point into the file
 * they were cut from. V8 keeps a whole source string alive for every slice
 * taken of it; a board of 10,000 postings would otherwise hold every file's
 * text twice over (and as two-byte text, if one dash in it needed that).
 */
import type { Passage, Posting, Section } from './types.js';

/**
 * One load's copies by text: a passage or heading that a board repeats in
 * many postings (a company's benefits list, "About the team") is held once,
 * and later lookups of the same text find the same string.
 */
export type StringPool = Map<string, string>;

/**
 * Swaps the posting's strings for detached ones, in place: the posting is
 * fresh from the parser, and copying its objects too would only cost time.
 * With a pool, each text is copied on its first sight only; a copy is also
 * one byte a character where it can be, where a slice of a file with one
 * curly quote in it is two. Ids, anchors, dates and kinds need no copy, only
 * sharing. (The parse worker's postings are not detached: see string-table.ts.)
 */
export function detachStrings(posting: Posting, pool?: StringPool): Posting {
  return pool ? mapStrings(posting, (text) => pooled(text, pool), (text) => shared(text, pool)) : mapStrings(posting, fresh, (text) => text);
}

/** `copy` for text cut from the source; `share` for the short values many postings repeat. */
function mapStrings(posting: Posting, copy: (text: string) => string, share: (text: string) => string): Posting {
  posting.title = copy(posting.title);
  posting.intro = copy(posting.intro);
  posting.team = copy(posting.team);
  posting.location = copy(posting.location);
  posting.date = share(posting.date);
  posting.language = share(posting.language) as Posting['language'];
  if (posting.applyUrl !== null) posting.applyUrl = copy(posting.applyUrl);
  for (const section of posting.sections) {
    const path = section.headingPath;
    for (let level = 0; level < path.length; level++) path[level] = copy(path[level]!);
    section.title = copy(section.title);
    section.anchor = share(section.anchor);
    section.language = share(section.language) as Section['language'];
    section.origin = share(section.origin) as Section['origin'];
    for (const passage of section.passages) {
      passage.text = copy(passage.text);
      passage.id = share(passage.id);
      passage.kind = share(passage.kind) as Passage['kind'];
      passage.language = share(passage.language) as Passage['language'];
    }
  }
  for (const link of posting.links) {
    link.text = copy(link.text);
    link.url = copy(link.url);
  }
  if (posting.contact) {
    posting.contact.name = copy(posting.contact.name);
    posting.contact.email = copy(posting.contact.email);
  }
  return posting;
}

function shared(text: string, pool: StringPool): string {
  const known = pool.get(text);
  if (known !== undefined) return known;
  pool.set(text, text);
  return text;
}

function pooled(text: string, pool: StringPool): string {
  const known = pool.get(text);
  if (known !== undefined) return known;
  const copied = fresh(text);
  pool.set(copied, copied);
  return copied;
}

/** A fresh, flat string (one byte a character where it can be): encoding round trips always allocate one. */
export function fresh(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
