/**
 * Who follows up on a question: the person a posting names (matched to the
 * directory when it lists them), else the company's default recruiter, else
 * the posting's application address, else the company page's contact, else
 * "the company's recruiters". Never a person of another company.
 */
import { reachOf, withPhone } from '../content/contacts.js';
import type { Corpus, Posting } from '../content/types.js';
import type { Recruiter, RecruiterDirectory } from '../knowledge/types.js';

export interface Recruiters {
  recruiterOf(posting: Posting | null): Recruiter;
  /** A recruiter by the id a handoff stored: the directory's, or a person a posting names (`contact:<email>`). */
  recruiterById(id: string): Recruiter;
}

export function createRecruiters(corpus: Corpus, directory: RecruiterDirectory, companyName: string): Recruiters {
  const placeholder = (): Recruiter => ({ id: 'company', name: companyName ? `${companyName} recruiters` : 'the recruiters', email: '' });
  const fromDirectory = (id: string) => directory.recruiters.find((recruiter) => recruiter.id === id);
  const companyContact = corpus.company.flatMap((page) => page.contacts)[0];

  function recruiterOf(posting: Posting | null): Recruiter {
    const known = posting?.recruiterId ? fromDirectory(posting.recruiterId) : undefined;
    if (known) return known;
    const named = posting?.contacts[0];
    if (posting?.contact && named?.from !== 'application') return { id: `contact:${reachOf(posting.contact)}`, ...posting.contact };
    const fallback = directory.defaultId ? fromDirectory(directory.defaultId) : undefined;
    if (fallback) return fallback;
    if (posting?.contact) return { id: `contact:${reachOf(posting.contact)}`, ...posting.contact };
    if (companyContact) return { id: `contact:${reachOf(companyContact)}`, name: companyContact.name || reachOf(companyContact), email: companyContact.email, ...withPhone(companyContact) };
    return placeholder();
  }

  function recruiterById(id: string): Recruiter {
    const known = fromDirectory(id);
    if (known) return known;
    if (id.startsWith('contact:')) {
      const reach = id.slice('contact:'.length);
      const person = [...corpus.postings.flatMap((posting) => posting.contacts), ...corpus.company.flatMap((page) => page.contacts)].find((contact) => reachOf(contact) === reach);
      // A person gone from the postings since: an id holding an address is reached there, one holding a number by phone.
      if (!person) return { id, name: reach, email: reach.includes('@') ? reach : '', ...withPhone({ phone: reach.includes('@') ? undefined : reach }) };
      return { id, name: person.name || reach, email: person.email, ...withPhone(person) };
    }
    return fromDirectory(directory.defaultId) ?? placeholder();
  }

  return { recruiterOf, recruiterById };
}
