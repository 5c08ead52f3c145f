/**
 * Who a posting names as its contact, found the way a reader would: a
 * "Got questions?" card, "Contact Marietta at ...", "ta kontakt med Anders
 * Bruvik", a manager named as the person to talk to, a mailto link where the
 * text is about contact. Matched against the recruiter directory by e-mail
 * first, then by name.
 */
import type { Recruiter, RecruiterDirectory } from '../knowledge/types.js';
import { BySerial, NO_SERIAL } from './inline.js';
import type { PassageDraft } from './sections.js';
import type { ContentProblem } from './types.js';

/** Shared mailboxes: a posting that names only these names no person. */
const GENERIC = /^(careers?|jobs?|jobb|jobba|rekrytering|recruit|recruiting|recruitment|hr|info|hello|hei|hej|kontakt|contact|post|mail|apply|work|talent|people|office|admin|support|no-?reply)@/i;
const CONTACT =
  /\b(contact|questions?|reach|ask|e-?mail|mail|manager|recruiter|recruiters|conversation|chat|talk|kontakt\w*|spørsmål|frågor|fråga|leder|lederen|sjef|chef|chefen|rekryterare\w*|rekrutterer\w*|prat|samtal|e-post\w*|e-postadress\w*|informasjon|information)\b/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

// How much each kind of mention says "this is the person to ask".
const POINTS = { contactEmail: 4, contactName: 3, contactFirstName: 2, applyEmail: 2, otherEmail: 1, generic: 0.5 };

export interface RecruiterMatch {
  recruiterId: string | null;
  /** A person the posting names who is not in the directory: still the one to ask. */
  contact: { name: string; email: string } | null;
  problems: ContentProblem[];
}

export function resolveRecruiter(input: {
  file: string;
  passages: PassageDraft[];
  sidebarLinkUrl: string;
  directory: Pick<RecruiterDirectory, 'recruiters'>;
}): RecruiterMatch {
  const { recruiters } = input.directory;
  const { names, mayName, byEmail } = directoryPatterns(recruiters);
  const scores = new Map<string, number>();
  const unknown = new Set<string>();
  /** Personal addresses outside any contact wording ("send your CV to elin@…"): the contact when nothing better is named. */
  const elsewhere = new Set<string>();
  const add = (recruiter: Recruiter, points: number) => scores.set(recruiter.id, (scores.get(recruiter.id) ?? 0) + points);
  const email = (address: string, inContact: boolean, pointsIfContact: number) => {
    const lower = address.toLowerCase();
    const recruiter = byEmail.get(lower);
    const generic = GENERIC.test(lower);
    if (recruiter) add(recruiter, generic ? POINTS.generic : inContact ? pointsIfContact : POINTS.otherEmail);
    else if (inContact && !generic) unknown.add(lower);
    else if (!generic) elsewhere.add(lower);
  };

  for (const passage of input.passages) {
    // Only an address, a mailto link or a recruiter's name can name a contact; most passages have none.
    if (passage.links.length === 0 && !mayName(passage)) continue;
    const seen = new Set<string>();
    const aboutContact = CONTACT.test(passage.text);
    // Most passages hold neither an address nor contact wording: nothing to read sentence by sentence.
    const sentences = aboutContact || passage.text.includes('@') ? passage.text.split(/(?<=[.!?])\s+/) : [];
    for (const sentence of sentences) {
      const inContact = aboutContact && (passage.card || CONTACT.test(sentence));
      for (const word of sentence.includes('@') ? sentence.split(/\s+/) : []) {
        const address = word.includes('@') && word.length <= 320 ? EMAIL.exec(word)?.[0] : undefined;
        if (address && !seen.has(address.toLowerCase())) {
          seen.add(address.toLowerCase());
          email(address, inContact, POINTS.contactEmail);
        }
      }
      if (!inContact) continue;
      const lower = sentence.toLowerCase();
      for (const { recruiter, hint, full, first } of names) {
        if (!lower.includes(hint)) continue;
        if (full.test(sentence)) add(recruiter, POINTS.contactName);
        else if (first?.test(sentence)) add(recruiter, POINTS.contactFirstName);
      }
    }
    for (const link of passage.links) {
      const address = /^mailto:([^?]+)/i.exec(link.url)?.[1];
      if (!address || seen.has(address.toLowerCase())) continue;
      seen.add(address.toLowerCase());
      // A card's mailto is its contact button; elsewhere the words around the link decide.
      email(decodeURIComponent(address), passage.card || aboutContact, POINTS.contactEmail);
    }
  }
  const sidebar = /^mailto:([^?]+)/i.exec(input.sidebarLinkUrl.trim())?.[1];
  if (sidebar) email(decodeURIComponent(sidebar), true, POINTS.applyEmail);

  let best: string | null = null;
  for (const [id, score] of scores) if (best === null || score > scores.get(best)!) best = id;
  const problems: ContentProblem[] = [...unknown].map((address) => ({
      file: input.file,
      line: lineOf(address, input.passages),
      severity: 'warning' as const,
      message: `names contact ${address} which is not in knowledge/recruiters.yaml`,
    }));
  const outsider = best === null ? ([...unknown][0] ?? [...elsewhere][0]) : undefined;
  return { recruiterId: best, contact: outsider ? { name: nameFromAddress(outsider), email: outsider } : null, problems };
}

/** "sofia.lindqvist@x" -> "Sofia Lindqvist": how people's work addresses are made. */
function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? address;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

function lineOf(address: string, passages: PassageDraft[]): number {
  const lower = address.toLowerCase();
  // An address has an "@": text without one cannot hold it, and is not lower-cased to find out.
  const holds = (text: string) => text.includes('@') && text.toLowerCase().includes(lower);
  const passage = passages.find((candidate) => holds(candidate.text) || candidate.links.some((link) => holds(link.url)));
  return passage?.line ?? 0;
}

interface NamePattern {
  recruiter: Recruiter;
  /** A cheap substring test first: the Unicode-aware name patterns are the costly part of reading a posting. */
  hint: string;
  full: RegExp;
  first: RegExp | null;
}

interface DirectoryPatterns {
  names: NamePattern[];
  /** Whether a passage's text has an "@" or any recruiter's first name: one case-insensitive scan per distinct text. */
  mayName: (passage: Pick<PassageDraft, 'text' | 'serial'>) => boolean;
  /** Recruiters by lower-case address. */
  byEmail: Map<string, Recruiter>;
}

/** Compiled once per directory, not once per posting. */
const patternsByDirectory = new WeakMap<readonly Recruiter[], DirectoryPatterns>();

function directoryPatterns(recruiters: readonly Recruiter[]): DirectoryPatterns {
  let patterns = patternsByDirectory.get(recruiters);
  if (!patterns) {
    const names = recruiters.map((recruiter) => ({
      recruiter,
      hint: (recruiter.name.trim().split(/\s+/)[0] ?? '').toLowerCase(),
      full: nameMatcher(recruiter.name, 'iu'),
      first: firstNameMatcher(recruiter, recruiters),
    }));
    const hints = names.map(({ hint }) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const byEmail = new Map(recruiters.map((recruiter) => [recruiter.email.toLowerCase(), recruiter]));
    const scan = new RegExp(['@', ...hints].join('|'), 'i');
    // Boards repeat their passages: a repeated text's answer is looked up, not scanned for. By its
    // cleaning's serial (inline.ts) where it has one, as hashing the text was most of this step.
    const scanned = new Map<string, boolean>();
    const bySerial = new BySerial<boolean>();
    const scannedText = (text: string) => {
      let found = scanned.get(text);
      if (found === undefined) {
        if (scanned.size >= 50_000) scanned.clear();
        scanned.set(text, (found = scan.test(text)));
      }
      return found;
    };
    const mayName = ({ text, serial }: Pick<PassageDraft, 'text' | 'serial'>) => {
      if (serial === NO_SERIAL) return scannedText(text);
      let found = bySerial.get(serial);
      if (found === undefined) bySerial.set(serial, (found = scannedText(text)));
      return found;
    };
    patterns = { names, mayName, byEmail };
    patternsByDirectory.set(recruiters, patterns);
  }
  return patterns;
}

function nameMatcher(name: string, flags: string): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/** A first name counts only when no other recruiter shares it, and only capitalized ("Will" the person, not "will"). */
function firstNameMatcher(recruiter: Recruiter, all: readonly Recruiter[]): RegExp | null {
  const first = recruiter.name.trim().split(/\s+/)[0] ?? '';
  if (first.length < 2) return null;
  const shared = all.filter((other) => other.name.trim().split(/\s+/)[0]?.toLowerCase() === first.toLowerCase()).length > 1;
  return shared ? null : nameMatcher(first, 'u');
}
