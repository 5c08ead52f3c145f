/**
 * A folder of Hugo job postings to a Corpus, in one synchronous pass. A
 * broken posting becomes a problem with its file and line; the others load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { detectLanguage } from '../language/detect.js';
import type { Language } from '../language/words.js';
import { parseBlocks, type DraftSection } from './blocks.js';
import { findContacts, reachOf, withPhone } from './contacts.js';
import { factsOf } from './facts.js';
import { dateOf, firstText, firstTexts, FrontMatterError, readFrontMatter, type FrontMatter } from './front-matter.js';
import { listContentFiles, type ContentFile } from './files.js';
import { expandShortcodes } from './shortcodes.js';
import { findSite, pageUrl, type Site } from './site.js';
import type { CompanyPage, ContentProblem, Corpus, Hidden, Link, Posting, Section } from './types.js';

export interface Directory {
  recruiters: ReadonlyArray<{ id: string; name: string; email: string }>;
}

export interface LoadOptions {
  contentDir: string;
  /** knowledge/'s site URL; '' to take the Hugo site's baseURL. */
  baseUrl?: string;
  directory?: Directory;
  /** Files are shown relative to this folder (default: the working directory). */
  cwd?: string;
  /** What "now" is for publishDate and expiryDate. */
  now?: Date;
}

export function loadCorpus(options: LoadOptions): Corpus {
  const site = findSite(options.contentDir, options.baseUrl ?? '');
  const corpus: Corpus = { postings: [], company: [], problems: [] };
  for (const file of listContentFiles(options.contentDir, options.cwd)) {
    const result = readContentFile(file, site, options);
    corpus.problems.push(...result.problems);
    if (result.posting) corpus.postings.push(result.posting);
    if (result.company) corpus.company.push(result.company);
  }
  const seen = new Map<string, string>();
  for (const posting of corpus.postings) {
    const other = seen.get(posting.id);
    if (other) corpus.problems.push({ file: posting.sourceFile, line: 0, severity: 'warning', message: `posting id "${posting.id}" is also ${other}'s: rename one of them` });
    seen.set(posting.id, posting.sourceFile);
  }
  return corpus;
}

/** One posting file, read alone: what a file watcher's edit costs. */
export function loadPostingFile(absolute: string, options: LoadOptions): { posting: Posting | null; problems: ContentProblem[] } | null {
  const file = listContentFiles(options.contentDir, options.cwd).find((entry) => entry.absolute === path.resolve(absolute));
  if (!file || file.kind !== 'posting') return null;
  const result = readContentFile(file, findSite(options.contentDir, options.baseUrl ?? ''), options);
  return { posting: result.posting, problems: result.problems };
}

interface FileResult {
  posting: Posting | null;
  company: CompanyPage | null;
  problems: ContentProblem[];
}

function readContentFile(file: ContentFile, site: Site, options: LoadOptions): FileResult {
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string, severity: ContentProblem['severity'] = 'error') => problems.push({ file: file.shown, line, severity, message });
  let source: string;
  try {
    source = readFileSync(file.absolute, 'utf8').replace(/\r\n?/g, '\n');
  } catch (error) {
    problem(0, `cannot be read: ${(error as Error).message}`);
    return { posting: null, company: null, problems };
  }
  if (!source.trim()) {
    problem(0, 'the file is empty');
    return { posting: null, company: null, problems };
  }
  let front;
  try {
    front = readFrontMatter(source);
  } catch (error) {
    problem(error instanceof FrontMatterError ? error.line : 0, (error as Error).message);
    return { posting: null, company: null, problems };
  }
  const data = front.data;
  const links: Link[] = [];
  const drafts = parseBlocks(expandShortcodes(front.body), links);
  const bodyText = drafts.flatMap((draft) => draft.passages.map((passage) => passage.text)).join(' ');
  if (/http-equiv\s*=\s*["']?refresh/i.test(front.body) || (!bodyText.trim() && file.kind === 'posting')) {
    problem(front.bodyLine, bodyText.trim() ? 'a redirect page: its text is not a posting of its own' : 'the posting has no text', 'warning');
  }
  // With no title in front matter, a level-1 heading is the page's title (a section heading like "Your role" is not).
  const headingTitle = drafts.find((draft) => draft.origin === 'heading' && draft.level === 1)?.title ?? '';
  const title = firstText(data, 'title', 'h1_title', 'linktitle', 'titel', 'tittel', 'rubrik', 'overskrift') || headingTitle || jobTitleOf(data) || titleFromName(file.id, file.page);
  const language = languageOf(data) ?? detectLanguage(`${title} ${bodyText.slice(0, 3000)}`, 'en');
  // A posting in two languages (one half each) ends in another than it starts: only then is each section's read.
  const mixed = bodyText.length > 600 && detectLanguage(bodyText.slice(-Math.min(1500, Math.floor(bodyText.length / 3))), language, 2) !== language;
  const sections = finishSections(drafts, language, source, front.bodyLine, mixed);
  const facts = factsOf(data, front.original, language);
  if (facts.length) sections.push(factsSection(facts, language));
  const allText = sections.flatMap((section) => section.passages.map((passage) => passage.text));
  const { contacts, applyEmail } = findContacts(data, allText, links, options.directory?.recruiters ?? []);
  const url = pageUrl(site, file.page, { url: firstText(data, 'url'), slug: firstText(data, 'slug') }, Boolean(options.baseUrl));

  if (file.kind === 'company') {
    return { posting: null, company: { title: title === '_index' ? '' : title, sourceFile: file.shown, url, sections, contacts }, problems };
  }
  const hidden = hiddenReason(data, options.now ?? new Date());
  const directory = options.directory?.recruiters ?? [];
  const named = contacts.length ? contacts : applyEmail ? [{ name: '', email: applyEmail, from: 'application' as const }] : [];
  const known = named.map((contact) => directory.find((person) => person.email.toLowerCase() === contact.email || (contact.name && person.name === contact.name))).find(Boolean);
  const first = named[0];
  const posting: Posting = {
    id: file.id,
    title,
    intro: firstText(data, 'intro', 'description', 'summary', 'meta_description') || (sections.find((section) => section.passages.length)?.passages[0]?.text ?? ''),
    team: firstText(data, 'team', 'department', 'label', 'category', 'afdeling', 'avdeling', 'avdelning'),
    location: firstTexts(data, 'location', 'locations', 'city', 'office', 'lokation', 'arbejdssted', 'arbeidssted', 'arbetsort', 'ort', 'sted', 'plats', 'kontor'),
    tags: ['tags', 'keywords', 'categories'].flatMap((key) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : [])).filter((tag): tag is string => typeof tag === 'string'),
    date: dateOf(data.date)?.toISOString().slice(0, 10) ?? '',
    draft: hidden !== null,
    hidden,
    language,
    applyUrl: applyUrlOf(data, links) ?? (applyEmail ? `mailto:${applyEmail}` : null),
    url,
    sourceFile: file.shown,
    sections,
    links,
    contacts: named,
    recruiterId: known?.id ?? null,
    contact: known || !first ? null : { name: first.name || reachOf(first), email: first.email, ...withPhone(first) },
  };
  return { posting, company: null, problems };
}

/** Kinds of employment a theme may put under "stilling": no job's name. */
const EMPLOYMENT = /^(fast|heltid|deltid|vikariat|midlertidig|permanent|full[- ]?time|part[- ]?time|tillsvidare|fuldtid|sommerjobb|engasjement)\b/i;

/** A theme's own key for the job's name ("stilling: Pedagogisk leder"), when it names a job rather than its share of a week ("100 %"). */
function jobTitleOf(data: FrontMatter): string {
  const text = firstText(data, 'jobtitle', 'job_title', 'position', 'stilling', 'stillingstittel', 'stillingstitel', 'tjanst', 'tjänst', 'befattning', 'role', 'rolle', 'roll');
  return /\p{L}{3}/u.test(text) && !/%/.test(text) && !EMPLOYMENT.test(text) ? text : '';
}

function titleFromName(id: string, page: string): string {
  const name = id === '_index' ? path.basename(path.dirname(`${page}/x`)) || 'Careers' : id;
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function languageOf(data: FrontMatter): Language | null {
  const value = firstText(data, 'language', 'lang', 'languagecode').toLowerCase();
  if (/^(en|eng|english)/.test(value)) return 'en';
  if (/^(nb|no|nn|nob|norsk|norwegian)/.test(value)) return 'nb';
  if (/^(sv|se|swe|svenska|swedish)/.test(value)) return 'sv';
  if (/^(da|dk|dan|dansk|danish)/.test(value)) return 'da';
  return null;
}

function hiddenReason(data: FrontMatter, now: Date): Hidden | null {
  const draft = data.draft;
  if (draft === true || (typeof draft === 'string' && draft.trim().toLowerCase() === 'true')) return 'draft';
  const publish = dateOf(data.publishdate ?? data.pubdate);
  if (publish && publish.getTime() > now.getTime()) return 'future';
  const expiry = dateOf(data.expirydate ?? data.unpublishdate);
  if (expiry && expiry.getTime() <= now.getTime()) return 'expired';
  return null;
}

function applyUrlOf(data: FrontMatter, links: readonly Link[]): string | null {
  for (const [key, value] of Object.entries(data)) {
    if (/apply|application|sidebarlinkurl|ansok|soknad/i.test(key) && typeof value === 'string' && /^(https?:|mailto:)/i.test(value.trim())) return value.trim();
  }
  const link = links.find((entry) => /apply|application|søk|sök|ansök|ansøg/i.test(entry.text) && /^(https?:|mailto:)/i.test(entry.url));
  return link?.url ?? null;
}

function finishSections(drafts: DraftSection[], language: Language, source: string, bodyLine: number, mixed: boolean): Section[] {
  const slugger = new GithubSlugger();
  const lines = source.split('\n');
  const path: DraftSection[] = [];
  const sections: Section[] = [];
  drafts.forEach((draft, index) => {
    while (path.length && path[path.length - 1]!.level >= draft.level && draft.level > 0) path.pop();
    if (draft.level > 0) path.push(draft);
    if (draft.passages.length === 0 && draft.origin === 'lead') return;
    const text = draft.passages.map((passage) => passage.text).join(' ');
    const sectionLanguage = mixed && text.length > 40 ? detectLanguage(`${draft.title} ${text}`, language, 2) : language;
    const anchor = draft.origin === 'heading' ? draft.explicitId ?? slugger.slug(draft.title) : '';
    sections.push({
      headingPath: path.map((entry) => entry.title),
      title: draft.level > 0 ? draft.title : '',
      origin: draft.origin,
      anchor,
      language: sectionLanguage,
      line: lineOf(lines, draft, bodyLine),
      passages: draft.passages.map((passage, at) => ({ id: `${index}.${at}`, text: passage.text, kind: passage.kind, language: sectionLanguage })),
    });
  });
  return sections;
}

function lineOf(lines: string[], draft: DraftSection, bodyLine: number): number {
  if (draft.origin === 'lead') return bodyLine;
  const at = lines.findIndex((line, index) => index >= bodyLine - 1 && line.includes(draft.title.slice(0, 30)));
  return at >= 0 ? at + 1 : bodyLine + draft.line;
}

function factsSection(facts: ReturnType<typeof factsOf>, language: Language): Section {
  const title = { en: 'Details', nb: 'Detaljer', sv: 'Detaljer', da: 'Detaljer' }[language];
  return {
    headingPath: [title],
    title,
    origin: 'facts',
    anchor: '',
    language,
    line: 1,
    passages: facts.map((fact, at) => ({ id: `facts.${at}`, text: fact.text, kind: 'fact', language })),
  };
}
