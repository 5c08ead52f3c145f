/**
 * Copies of a parsed posting's strings that no longer point into the file
 * they were cut from. V8 keeps a whole source string alive for every slice
 * taken of it; a board of 10,000 postings would otherwise hold every file's
 * text twice over (and as two-byte text, if one dash in it needed that).
 */
import type { Posting, Section } from './types.js';

export function detachStrings(posting: Posting): Posting {
  return {
    ...posting,
    title: copy(posting.title),
    intro: copy(posting.intro),
    team: copy(posting.team),
    location: copy(posting.location),
    applyUrl: posting.applyUrl === null ? null : copy(posting.applyUrl),
    sections: posting.sections.map(detachSection),
    links: posting.links.map((link) => ({ text: copy(link.text), url: copy(link.url) })),
    contact: posting.contact ? { name: copy(posting.contact.name), email: copy(posting.contact.email) } : null,
  };
}

function detachSection(section: Section): Section {
  return {
    ...section,
    headingPath: section.headingPath.map(copy),
    title: copy(section.title),
    passages: section.passages.map((passage) => ({ ...passage, text: copy(passage.text) })),
  };
}

/** A fresh, flat string: encoding round trips always allocate one. */
function copy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
