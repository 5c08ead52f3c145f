/**
 * Copies of a parsed posting's strings that no longer point into the file
 * they were cut from. V8 keeps a whole source string alive for every slice
 * taken of it; a board of 10,000 postings would otherwise hold every file's
 * text twice over (and as two-byte text, if one dash in it needed that).
 */
import type { Posting, Section } from './types.js';

/**
 * One load's copies by text: a passage or heading that a board repeats in
 * many postings (a company's benefits list, "About the team") is held once,
 * and later lookups of the same text find the same string.
 */
export type StringPool = Map<string, string>;

export function detachStrings(posting: Posting, pool?: StringPool): Posting {
  return mapStrings(posting, pool ? (text: string) => pooled(text, pool) : fresh);
}

/**
 * A posting that came from another thread: its strings are already fresh
 * copies, but each repeated text is a copy of its own; the pool makes them one.
 */
export function shareStrings(posting: Posting, pool: StringPool): Posting {
  return mapStrings(posting, (text) => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    pool.set(text, text);
    return text;
  });
}

function mapStrings(posting: Posting, copy: (text: string) => string): Posting {
  return {
    ...posting,
    title: copy(posting.title),
    intro: copy(posting.intro),
    team: copy(posting.team),
    location: copy(posting.location),
    applyUrl: posting.applyUrl === null ? null : copy(posting.applyUrl),
    sections: posting.sections.map((section) => detachSection(section, copy)),
    links: posting.links.map((link) => ({ text: copy(link.text), url: copy(link.url) })),
    contact: posting.contact ? { name: copy(posting.contact.name), email: copy(posting.contact.email) } : null,
  };
}

function detachSection(section: Section, copy: (text: string) => string): Section {
  return {
    ...section,
    headingPath: section.headingPath.map(copy),
    title: copy(section.title),
    passages: section.passages.map((passage) => ({ ...passage, text: copy(passage.text) })),
  };
}

function pooled(text: string, pool: StringPool): string {
  const known = pool.get(text);
  if (known !== undefined) return known;
  const copied = fresh(text);
  pool.set(copied, copied);
  return copied;
}

/** A fresh, flat string: encoding round trips always allocate one. */
function fresh(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
