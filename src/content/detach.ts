/**
 * Copies of a parsed posting's strings that no longer point into the file
 * they were cut from. V8 keeps a whole source string alive for every slice
 * taken of it; a board of 10,000 postings would otherwise hold every file's
 * text twice over (and as two-byte text, if one dash in it needed that).
 */
import type { Posting } from './types.js';

/**
 * One load's copies by text: a title, team or location that a board repeats
 * in many postings is held once, and later lookups of the same text find the
 * same string.
 */
export type StringPool = Map<string, string>;

/**
 * Swaps the posting's strings that may be slices of its file for detached
 * ones, in place: the posting is fresh from the parser, and copying its
 * objects too would only cost time. With a pool, each text is copied on its
 * first sight only; a copy is also one byte a character where it can be,
 * where a slice of a file with one curly quote in it is two.
 *
 * Only the front matter's values, links and the contact are cut from the
 * file. Headings and passages are cleaned inline text, which inline.ts
 * already holds as copies, one string per repeated text; anchors come from
 * slugs (anchor.ts) and ids from a table (body.ts). Walking every passage
 * here again cost a tenth of a big load's parse for nothing. (The parse
 * worker's postings are not detached: see string-table.ts.)
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
  if (posting.applyUrl !== null) posting.applyUrl = copy(posting.applyUrl);
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
