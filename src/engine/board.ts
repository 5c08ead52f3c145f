/** Reading a board as a whole: what its postings agree on, whose company it is, what a role or the company is. */
import { PERKS } from './topic-kinds.js';
import type { Corpus, Posting } from '../content/types.js';
import { postingRef } from './compose.js';
import type { Entry } from './passages.js';
import type { Scored } from './rank.js';
import type { Guess } from './types.js';
import { fold } from '../language/words.js';

/** Concepts that ask about the company itself, not a role. */
export const ABOUT_THE_COMPANY: ReadonlySet<string> = new Set(['company', 'founded']);

/** Groups of same-worded answers compared for near-sameness: the largest ones are where a majority can be. */
const NEAR_GROUPS = 40;
/** Headings over what a role does, the most telling first: its tasks, then a description of it. */
const ROLE_SECTIONS = [
  /what you.?ll (do|be doing)|what (you will|will you|would you) (do|be doing)|responsibilit|day.to.day|arbeidsoppgaver|oppgaver|jobbe med|arbetsuppgifter|dina uppgifter|jobba med|arbejdsopgaver|opgaver|du kommer (å|att) /i,
  /your role|the role|about the (role|job|position)|din roll|rollen|om rollen|om stillingen|om tjänsten|job description/i,
];

/** The largest group of answers (each its quoted passages) that say the same thing (the same words, near enough), by position. */
export function largestAgreement(answers: ReadonlyArray<readonly Entry[]>): number[] {
  // The same passages group at once (a repeated passage under the same heading shares one term map); then the largest groups are compared for near-sameness.
  const exact = new Map<string | number, number[]>();
  answers.forEach((entries, at) => {
    const key = keyOf(entries);
    const list = exact.get(key);
    if (list) list.push(at);
    else exact.set(key, [at]);
  });
  const groups = [...exact.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!).slice(0, NEAR_GROUPS);
  const merged: Array<{ words: Words; members: number[] }> = [];
  for (const group of groups) {
    const words = wordsOf(answers[group[0]!]!);
    const into = merged.find((other) => same(other.words, words));
    if (into) into.members.push(...group);
    else merged.push({ words, members: [...group] });
  }
  return merged.map(({ members }) => members.sort((a, b) => a - b)).reduce((best, group) => (group.length > best.length ? group : best), [] as number[]);
}

/** Whether every answer says what the first says; each read (`quote`) one by one, up to the first that does not. */
export function everyAgrees<T>(answers: readonly T[], quote: (answer: T) => readonly Entry[]): boolean {
  const first = answers[0] === undefined ? undefined : quote(answers[0]);
  if (!first) return false;
  // The same passages say the same: each wording is compared once.
  const agreed = new Set([keyOf(first)]);
  let words: Words | undefined;
  for (let at = 1; at < answers.length; at += 1) {
    const entries = quote(answers[at]!);
    const key = keyOf(entries);
    if (agreed.has(key)) continue;
    words ??= wordsOf(first);
    if (!same(words, wordsOf(entries))) return false;
    agreed.add(key);
  }
  return true;
}

/** The wordings of a quote's passages, as one key: one passage's is its number. */
function keyOf(entries: readonly Entry[]): string | number {
  return entries.length === 1 ? entries[0]!.wording : entries.map((entry) => entry.wording).join(' ');
}

/** Whether at least half of the answers give a figure the company page's answer gives ("5 000 kr", "5000 SEK"; "6. ferieuge", "a 6th week"). */
export function mostEcho(answers: ReadonlyArray<{ entry: Entry }>, company: ReadonlyArray<{ entry: Entry }>, silenceAgrees = false, list: ReadonlyArray<{ entry: Entry }> = company): boolean {
  const figuresOf = (items: ReadonlyArray<{ entry: Entry }>) => items.flatMap(({ entry }) => (entry.passage.text.match(/\d[\d  .,]*\d|\d/g) ?? []).map((figure) => figure.replace(/[  .,]/g, '')));
  const given = new Set(figuresOf(company));
  // A posting that repeats the page's list ("lunch scheme, health insurance and a 6th week") echoes the list's figures, not the line's.
  const listed = new Set(figuresOf(list));
  const repeatsTheList = (entry: Entry) => [...entry.concepts].filter((concept) => PERKS.has(concept)).length >= 2;
  if (given.size === 0 && listed.size === 0 && !silenceAgrees) return false;
  // On a company-wide benefit, a posting that names it with no figure of its own ("access to the learning budget") defers to the page that gives one.
  return 2 * answers.filter((answer) => { const own = figuresOf([answer]); const theirs = repeatsTheList(answer.entry) ? listed : given; return (silenceAgrees && own.length === 0) || own.some((figure) => theirs.has(figure)); }).length >= answers.length;
}

interface Words {
  terms: Set<string>;
  /** The same words, and the same figures: "around October 16th" and "around November 5th" differ. */
  figures: string;
}

function same(a: Words, b: Words): boolean {
  if (a.figures !== b.figures) return false;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared += 1;
  return shared / Math.max(1, Math.min(a.terms.size, b.terms.size)) >= 0.8;
}

function wordsOf(entries: readonly Entry[]): Words {
  const terms = new Set(entries.flatMap((entry) => [...entry.terms.keys()]));
  return { terms, figures: [...terms].filter((term) => /\d/.test(term)).sort().join(' ') };
}

/** The hosts of the e-mail addresses the postings and company page give, lower case. */
function contactHosts(corpus: Corpus): string[] {
  const contacts = [...corpus.postings.flatMap((posting) => posting.contacts), ...corpus.company.flatMap((page) => page.contacts)];
  return contacts.map((contact) => contact.email.split('@')[1]?.toLowerCase() ?? '').filter(Boolean);
}

/**
 * The company's own mail domain ("variant" of variant.no), as the postings'
 * contacts give it, and that host as a question reads it: in one word and in
 * its parts ("crunch.io" → "crunchio", "crunch", "io").
 */
export function companyDomain(corpus: Corpus): { domain: string; hostWords: string[] } {
  const hosts = contactHosts(corpus);
  const counts = new Map<string, number>();
  for (const host of hosts) {
    const label = host.split('.')[0]!;
    if (!/^(gmail|hotmail|outlook|yahoo|icloud|live|proton|protonmail)$/.test(label)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const domain = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const own = hosts.filter((host) => domain && host.split('.')[0] === domain);
  return { domain, hostWords: [...new Set(own.flatMap((host) => [host.replace(/\./g, ''), ...host.split('.')]))] };
}

/**
 * The company's name from its careers page's title ("Careers at Tidewell Health", "Jobb hos Fjordkode"), when the
 * address its people write from bears it out ("tidewellhealth.co.uk"); else the address's own name.
 */
export function companyNameOf(corpus: Corpus, domain: string): string {
  for (const page of corpus.company) {
    const named = /\b(?:at|hos|i|på|with|join|in)\s+(\p{Lu}[\p{L}\p{N}&.\- ]*)$/u.exec(page.title.trim())?.[1]?.trim();
    if (named && domain && fold(named.toLowerCase()).replace(/[^a-z0-9]/g, '').startsWith(domain.slice(0, 4))) return named;
  }
  return domain ? domain.charAt(0).toUpperCase() + domain.slice(1) : '';
}

export function looksLikeAWord(token: string): boolean {
  return token.length >= 3 && /[aeiouyæøåäöé]/.test(token) && !/[bcdfghjklmnpqrstvwxz]{4}/.test(token) && !/asdf|qwer|zxcv|hjkl|jkl|sdfg|fdsa/.test(token);
}

/** What a role is: the section that describes the work, else the posting's opening text. */
export function describeRole(entries: readonly Entry[]): Entry[] {
  for (const heading of ROLE_SECTIONS) {
    const section = entries.find((entry) => heading.test(entry.section.title))?.section;
    if (section) return entries.filter((entry) => entry.section === section).slice(0, 3);
  }
  // Short "Label: value" lines open many postings; the first real paragraphs say what the role is.
  const prose = entries.filter((entry) => entry.section.origin !== 'facts' && entry.passage.text.length > 80);
  return prose.slice(0, 2);
}

/** The best passages' postings, for the recruiter a question is handed to. */
export function guessesOf(ranked: readonly Scored[], topic: string | null): Guess[] {
  return ranked.slice(0, 3).map((item) => ({ posting: item.entry.posting ? postingRef(item.entry.posting) : null, topic, confidence: Math.min(1, item.score / 10) }));
}

/** A list that names this many perks is a list of perks, whatever its heading says ("Det får alle fastansatte", "What you get"). */
const PERKS_IN_A_LIST = 3;

/** Policies the company sets for everyone: said anywhere on its page, they are its answer. */
const POLICIES: ReadonlySet<string> = new Set(['probation', 'background-check', 'parental-leave', 'apply', 'openings']);

/**
 * The company page's sections on the topics asked: a mention in a section on
 * something else ("adjustments during the recruitment process" under equal
 * opportunities) is no answer.
 */
export function companyOnTopic(entries: readonly Entry[], concepts: readonly string[]): readonly Entry[] {
  if (concepts.length === 0) return entries;
  const perksIn = new Map<unknown, Set<string>>();
  for (const entry of entries) {
    if (entry.passage.kind !== 'list') continue;
    const perks = perksIn.get(entry.section) ?? perksIn.set(entry.section, new Set()).get(entry.section)!;
    for (const concept of entry.concepts) if (PERKS.has(concept)) perks.add(concept);
  }
  const perksHeading = (entry: Entry) => entry.headingConcepts.has('benefits') || entry.headingConcepts.has('compensation');
  const inPerksList = (entry: Entry) => entry.passage.kind === 'list' && (perksIn.get(entry.section)?.size ?? 0) >= PERKS_IN_A_LIST;
  const under = (entry: Entry, concept: string) => entry.headingConcepts.has(concept) || (PERKS.has(concept) && (perksHeading(entry) || (inPerksList(entry) && entry.concepts.has(concept))));
  // A policy the company sets for everyone ("six months' probation") is its wherever the page says it; other topics, under their heading.
  return entries.filter((entry) => concepts.some((concept) => under(entry, concept) || (POLICIES.has(concept) && entry.concepts.has(concept))));
}

export interface Definition {
  entry: Entry;
  /** The sentence's first words: the same sentence may end differently from page to page. */
  key: string;
}

/** "Acme is a …", "Acme er et …": the passages a company describes itself in, company page first. Read once per load. */
export function definitionsOf(entries: readonly Entry[], name: string): Definition[] {
  if (!name) return [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const defines = new RegExp(`(?:^|[.!?]\\s+)(${escaped}(?:\\.[a-z]{2,4})?\\s+(?:is|er|är)\\s+(?:a|an|en|et|ett)\\s[^.!?]*)`, 'i');
  const found: Definition[] = [];
  for (const entry of entries) {
    const sentence = entry.section.origin === 'facts' ? null : defines.exec(entry.passage.text)?.[1];
    if (sentence) found.push({ entry, key: sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12).join(' ') });
  }
  return found;
}

/** The self-description most of the pages an asker sees (the company page and `pool`) use, the first on a tie. */
export function describeCompany(definitions: readonly Definition[], pool: readonly Posting[]): Entry[] {
  const seen = new Set(pool);
  const said = new Map<string, { entry: Entry; count: number }>();
  for (const { entry, key } of definitions) {
    if (entry.posting !== null && !seen.has(entry.posting)) continue;
    const known = said.get(key);
    if (known) known.count += 1;
    else said.set(key, { entry, count: 1 });
  }
  let best: { entry: Entry; count: number } | undefined;
  for (const item of said.values()) if (!best || item.count > best.count) best = item;
  return best ? [best.entry] : [];
}
