/**
 * The people a posting names to contact: front-matter contact keys, a
 * contact line in any of the four languages, mailto: links, a person given
 * only a phone number ("Ring Kari Holm på 913 55 402"); and, when it names
 * nobody, where applications go.
 */
import { isStopword } from '../language/stopwords.js';
import type { FrontMatter } from './front-matter.js';
import { PHONE_KEYS, PHONE_WORDS, phoneIn, phoneKey } from './phones.js';
import type { Contact, Link } from './types.js';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CONTACT_KEY = /contact|kontakt|recruiter|rekrytter|rekrutter|hiring_?manager|e-?mail|epost|questions/i;
/** Words that introduce a person to ask, in English, Norwegian, Swedish and Danish. */
const CONTACT_WORDS = /\b(contact|questions?|reach|ask|get in touch|recruiter|kontakt\w*|spørsmål|frågor|fråga|spørgsmål|henvendelse|ring|call|ta gjerne|tveka inte|hör av dig|ta kontakt|rekryterare\w*|rekrutterer\w*|rekrutteringsansvarlig\w*|rekrutteringsansvarig\w*)\b/i;
const APPLY_WORDS = /\b(apply|application|applications|søk\w*|ansök\w*|ansøg\w*|send|skicka|cv)\b/i;
/** Capitalised words of link texts and labels, never of a person's name. */
const NOT_A_NAME = /^(application|applications|apply|spontaneous|open|send|email|e-mail|mail|ansökan|ansök|søknad|søk|cv|read|more|click|here|job|jobs|career|careers)$/i;
// Two or three capitalised words: a person's name (letters of the four languages).
const NAME = /\b([A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:[- ][A-ZÆØÅÄÖ][a-zæøåäöéü]+){1,2})\b/g;

function emailsIn(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((match) => match[0].replace(/\.$/, '').toLowerCase());
}

/** A name written near an address, or one whose first name is the address's local part. */
function nameFor(email: string, text: string, everything: () => string[]): string {
  const local = email.split('@')[0]!.toLowerCase();
  const near = namesIn(text);
  const all = everything();
  const byLocal = (names: string[]) =>
    names.find((name) => {
      const parts = name.toLowerCase().split(/[- ]/);
      const joined = parts.join('.');
      return local === joined || local === parts[0] || local === parts.join('') || (local.length <= 4 && parts.map((part) => part[0]).join('') === local);
    });
  return byLocal(near) ?? byLocal(all) ?? (near.length === 1 && !/^(Send|Apply|Contact|Kontakt)/.test(near[0]!) ? near[0]! : nameFromAddress(local));
}

/** "robin.berg" → "Robin Berg": an address of the first.last kind names its person. */
function nameFromAddress(local: string): string {
  const parts = local.split(/[._]/).filter((part) => /^\p{L}{2,}$/u.test(part));
  if (parts.length < 2 || parts.length > 3) return '';
  return parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
}

/** Capitalised runs that may be names, less a leading word that is not one ("Till Maria Sölscher", "Contact Ola"). */
function namesIn(text: string): string[] {
  return [...text.matchAll(NAME)]
    .map((match) => {
      const words = match[1]!.split(' ');
      while (words.length > 2 && (isStopword(words[0]!.toLowerCase()) || CONTACT_WORDS.test(words[0]!))) words.shift();
      return words.join(' ');
    })
    .filter((name) => !name.split(' ').some((word) => isStopword(word.toLowerCase()) || CONTACT_WORDS.test(word) || NOT_A_NAME.test(word)));
}

/** How to reach a person: their address, else their phone number. */
export function reachOf(person: { email: string; phone?: string }): string {
  return person.email || person.phone || '';
}

/** A person as a reply names them: "Kari Holm (kari@…)", "Kari Holm (913 55 402)", or the name alone. */
export function whoOf(person: { name: string; email: string; phone?: string }): string {
  const reach = reachOf(person);
  return reach && reach !== person.name ? `${person.name} (${reach})` : person.name;
}

/** A person's phone number as a field of its own, when there is one: `{ ...withPhone(person) }`. */
export function withPhone(person: { phone?: string }): { phone?: string } {
  return person.phone ? { phone: person.phone } : {};
}

/** One person however their number is written. */
const reachKey = (contact: Contact) => contact.email || phoneKey(contact.phone ?? '');

/** A person's name and address under their keys in the four languages ("navn", "namn", "e-post"). */
const NAME_KEYS = ['name', 'navn', 'namn', 'fullname', 'full_name'];
/** A value that is only a person's name: two or three capitalised words. */
const BARE_NAME = /^[A-ZÆØÅÄÖ][\p{L}'-]+(?: [A-ZÆØÅÄÖ][\p{L}'-]+){1,2}$/u;
const EMAIL_KEYS = ['email', 'mail', 'e-mail', 'epost', 'e-post', 'e_post', 'emailaddress'];
const pick = (record: Record<string, unknown>, keys: readonly string[]): unknown => keys.map((key) => record[key]).find((value) => value !== undefined && value !== null);

function fromFrontMatter(data: FrontMatter, everything: () => string[]): Contact[] {
  const found: Contact[] = [];
  // People given only a phone number come after those with an address, whom a handoff can reach.
  const phoned: Contact[] = [];
  let bare: { name: string; group: string } | undefined;
  const contactKeyOf = new Map<Contact, string>();
  // The recruiter first, then a contact, the hiring manager last: a handoff goes to whoever hires, not to whom the role reports.
  const rank = (key: string) => (/recruit|rekryt|rekrut/i.test(key) ? 0 : /contact|kontakt/i.test(key) ? 1 : /manager/i.test(key) ? 3 : 2);
  const entries = Object.entries(data).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) {
    if (!CONTACT_KEY.test(key) || /apply|application/i.test(key)) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const entry of values) {
      if (typeof entry === 'string') {
        const emails = emailsIn(entry);
        for (const email of emails) {
          const contact: Contact = { name: nameFor(email, entry, everything), email, from: 'front matter' };
          contactKeyOf.set(contact, key);
          found.push(contact);
        }
        // "kontaktperson: Kari Holm": a name alone, reached by the address or phone number under another key.
        if (emails.length === 0 && rank(key) < 2 && BARE_NAME.test(entry.trim())) bare ??= { name: entry.trim(), group: keyGroup(key) };
        const byPhone = emails.length === 0 ? phonedIn(entry, true) : null;
        if (byPhone) phoned.push({ ...byPhone, from: 'front matter' });
      } else if (entry && typeof entry === 'object') {
        const record = entry as Record<string, unknown>;
        const email = emailsIn(String(pick(record, EMAIL_KEYS) ?? ''))[0];
        const written = pick(record, NAME_KEYS);
        const name = typeof written === 'string' ? written.trim() : '';
        const phone = phoneIn(String(pick(record, PHONE_KEYS) ?? ''))?.phone;
        if (email) found.push({ name: name || nameFor(email, '', everything), email, from: 'front matter', ...withPhone({ phone }) });
        else if (name && phone) phoned.push({ name, email: '', phone, from: 'front matter' });
      }
    }
  }
  if (bare) {
    // An address with no name of its own ("grads@…", "sesong.geilo@…" read as a name), or one under the name's own key ("contact_name",
    // "contact_email"), is the named person's; not a hiring manager's address.
    const only = found.length === 1 ? found[0]! : undefined;
    const key = only && contactKeyOf.get(only);
    const guessed = only && (!only.name || (only.name === nameFromAddress(only.email.split('@')[0]!) && !everything().includes(only.name)));
    if (only && key && (keyGroup(key) === bare.group || (guessed && rank(key) < 3))) only.name = bare.name;
    const phone = phoneIn(Object.entries(data).filter(([key]) => PHONE_KEYS.some((phoneKey) => key === phoneKey || key.endsWith(`_${phoneKey}`))).map(([, value]) => String(value)).join(' '))?.phone;
    if (found.length === 0 && phoned.length === 0 && phone) phoned.push({ name: bare.name, email: '', phone, from: 'front matter' });
  }
  return [...found, ...phoned];
}

/** "contact_name", "contact_email": keys of one person share their first part. */
const keyGroup = (key: string) => key.split(/[_-]/)[0]!.toLowerCase();

const DIGIT_PAIRS = /\d\d[ -]?\d\d/;
const ASKS_TO_CALL = /(?<!\p{L})(?:kontakt\p{L}*|contact|questions?|spørsmål|frågor|spørgsmål|henvendelse\p{L}*|hör av dig|ta kontakt)(?!\p{L})/iu;
/** A title before a name ("Laboratorieleder Hanne Søby"): the person is the words after it. */
const TITLE = /(?:leder|leiar|ledare|chef|sjef|ansvarlig|ansvarig|koordinator|rådgiver|rådgivare|manager|direktør|direktör|sekretær|sekreterare)$/i;

/** "Ring Kari Holm på 913 55 402": the person a contact line gives a phone number for, named nearest before it. */
function phonedIn(text: string, named = false): Omit<Contact, 'from'> | null {
  // Most passages hold no run of digits a number could be: they are passed over first.
  if (!DIGIT_PAIRS.test(text) || (!named && !ASKS_TO_CALL.test(text) && !PHONE_WORDS.test(text))) return null;
  const found = phoneIn(text);
  if (!found) return null;
  const words = namesIn(text.slice(0, found.at)).at(-1)?.split(' ') ?? [];
  if (words.length > 2 && TITLE.test(words[0]!)) words.shift();
  return words.length ? { name: words.join(' '), email: '', phone: found.phone } : null;
}

/** People of the directory a contact sentence names without an address ("questions? Anders Bruvik is happy to talk"). */
function namedFromDirectory(text: string, directory: readonly Person[]): Contact[] {
  if (directory.length === 0 || !CONTACT_WORDS.test(text)) return [];
  const names = new Set(namesIn(text));
  return directory.filter((person) => names.has(person.name) || text.includes(person.name)).map((person) => ({ name: person.name, email: person.email.toLowerCase(), from: 'body' as const }));
}

interface Person {
  name: string;
  email: string;
}

export function findContacts(data: FrontMatter, passages: readonly string[], links: readonly Link[], directory: readonly Person[] = []): { contacts: Contact[]; applyEmail: string | null } {
  let names: string[] | null = null;
  // The names of the whole posting, read once and only when an address needs one.
  const everything = () => (names ??= namesIn(passages.join('\n')));
  const contacts = fromFrontMatter(data, everything);
  let applyEmail: string | null = null;
  for (const text of passages) {
    const emails = emailsIn(text);
    if (emails.length === 0) {
      contacts.push(...namedFromDirectory(text, directory));
      const phoned = phonedIn(text);
      if (phoned) contacts.push({ ...phoned, from: 'body' });
      continue;
    }
    const asks = CONTACT_WORDS.test(text);
    for (const email of emails) {
      // An address with the person's name beside it names whom to ask, even in the line on how to apply.
      const name = nameFor(email, text, () => []);
      if (asks || (name && namesIn(text).length > 0)) contacts.push({ name: name || nameFor(email, text, everything), email, from: 'body' });
      else if (APPLY_WORDS.test(text)) applyEmail ??= email;
    }
  }
  for (const link of links) {
    if (!/^mailto:/i.test(link.url)) continue;
    const email = emailsIn(link.url)[0];
    if (email && !contacts.some((contact) => contact.email === email)) {
      if (APPLY_WORDS.test(link.text)) applyEmail ??= email;
      else contacts.push({ name: nameFor(email, link.text, everything), email, from: 'body' });
    }
  }
  // Those a handoff can reach by address first; a person given only a phone number after them.
  const ordered = [...contacts.filter((contact) => contact.email), ...contacts.filter((contact) => !contact.email)];
  const unique = ordered.filter((contact, at) => ordered.findIndex((other) => reachKey(other) === reachKey(contact)) === at);
  return { contacts: unique, applyEmail };
}
