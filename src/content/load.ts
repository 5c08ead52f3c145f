/**
 * A folder of Hugo job postings to a Corpus. A broken posting becomes a
 * problem with its file and line; every other posting still loads.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CandorError, describe } from '../errors.js';
import type { Knowledge } from '../knowledge/types.js';
import { finalizeSections, findApplyLink, parseBody, publicLinks } from './body.js';
import { readFrontMatter } from './frontmatter.js';
import { detachStrings, fresh, type StringPool } from './detach.js';
import { detectLanguage, leadingText } from './language.js';
import { resolveRecruiter } from './recruiter.js';
import type { SectionDraft } from './sections.js';
import type { CompanyPage, ContentProblem, Corpus, Posting, Section } from './types.js';

export interface ParseOptions {
  knowledge: Pick<Knowledge, 'directory' | 'site'>;
  /** Called once per parsed section, so the engine can fill in topics. */
  annotate?: (section: Section) => void;
  /** Posting id; by default the file name without .md (the folder name for a bundle's index.md). */
  id?: string;
  /** Shared by the postings of one load, so text they repeat is held once. */
  strings?: StringPool;
}

export interface LoadOptions extends Omit<ParseOptions, 'id' | 'strings'> {
  contentDir: string;
  /** Source files are reported relative to this directory (default: the process's). */
  cwd?: string;
}

export interface ContentFile {
  /** Absolute path, for reading. */
  absolute: string;
  /** What problems and postings show. */
  shown: string;
  kind: 'posting' | 'company';
  id: string;
}

/** Files read and parsed between two turns of the event loop, so a reload in a running bot does not stall it. */
const BATCH = 200;

export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const files = listContentFiles(options);
  const load = startLoad(options);
  for (let at = 0; at < files.length; at += BATCH) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    files.slice(at, at + BATCH).forEach(load.add);
  }
  return load.corpus;
}

/** The same as loadCorpus, for a command that must start fast and has nothing else to do meanwhile. */
export function loadCorpusSync(options: LoadOptions): Corpus {
  const load = startLoad(options);
  listContentFiles(options).forEach(load.add);
  return load.corpus;
}

/** Files read (synchronously: 10,000 small files in a quarter of the time promises take), parsed and assembled in folder order. */
function startLoad(options: LoadOptions): { corpus: Corpus; add: (file: ContentFile) => void } {
  const assembly = startAssembly();
  const parseOptions = { ...options, strings: new Map<string, string>() };
  return { corpus: assembly.corpus, add: (file) => void assembly.add(file, readContentFile(file, parseOptions)) };
}

/** One file of a folder read and parsed. */
export function readContentFile(file: ContentFile, options: ParseOptions): FileResult {
  const read = readContentFileForTape(file, options);
  if (read.kind !== 'posting') return read;
  return { kind: 'posting', posting: read.posting && finishPosting(read.posting, options), problems: read.problems };
}

/** What one file gives the parse worker: a company page parsed, a posting only read (see ReadPosting). */
export type ReadFileResult = Exclude<FileResult, { kind: 'posting' }> | { kind: 'posting'; posting: ReadPosting | null; problems: ContentProblem[] };

/**
 * One file of a folder, its posting read but not finished: what the parse
 * worker sends (string-table.ts copies the strings it keeps). `source` is
 * the file's text when it was read ahead (read-ahead.ts).
 */
export function readContentFileForTape(file: ContentFile, options: Omit<ParseOptions, 'id'>, source = readFileSync(file.absolute, 'utf8')): ReadFileResult {
  if (file.kind === 'company') return { kind: 'company', ...parseCompanyPage(file.shown, source, options) };
  return { kind: 'posting', ...readPosting(file.shown, source, { ...options, id: file.id }) };
}

/** One posting file: a reload after an edit costs only this. */
export function parsePosting(file: string, source: string, options: ParseOptions): { posting: Posting | null; problems: ContentProblem[] } {
  const { posting, problems } = readPosting(file, source, options);
  return { posting: posting && finishPosting(posting, options), problems };
}

/**
 * A posting as its file gives it, its sections still drafts: everything
 * but the sections' languages, anchors and passage ids, which follow from
 * the drafts (finishPosting). The parse worker sends postings this way and
 * leaves the finishing to where the sections are first read (posting-codec.ts).
 */
export interface ReadPosting extends Omit<Posting, 'sections'> {
  sections: SectionDraft[];
}

export function readPosting(file: string, source: string, options: ParseOptions): { posting: ReadPosting | null; problems: ContentProblem[] } {
  const front = readFrontMatter(file, source, { requireTitle: true });
  if (!front.meta) return { posting: null, problems: front.problems };
  const meta = front.meta;
  const body = parseBody(file, front.body, front.bodyLine);
  const problems = [...front.problems, ...body.problems];
  if (body.problems.some((problem) => problem.severity === 'error')) return { posting: null, problems };

  const passages = body.passages;
  const language = meta.language ?? detectLanguage(leadingText([meta.title, meta.intro], passages), 'en');
  const applyUrl = findApplyLink(meta.sidebarLinkUrl, body);
  const { directory, site } = options.knowledge;
  const recruiter = resolveRecruiter({ file, passages, sidebarLinkUrl: meta.sidebarLinkUrl, directory });
  problems.push(...recruiter.problems);
  if (!applyUrl) {
    problems.push(warning(file, 'has no apply link: set sidebarlinkurl in the front matter or add an apply button or e-mail address to the text'));
  }
  if (!recruiter.recruiterId && recruiter.problems.length === 0) {
    const fallback = directory.recruiters.find((r) => r.id === directory.defaultId);
    problems.push(warning(file, `names no recruiter; questions go to the default recruiter${fallback ? ` (${fallback.name})` : ''}`));
  }
  const id = options.id ?? postingId(file);
  const posting: ReadPosting = {
    id,
    title: meta.title,
    intro: meta.intro,
    team: meta.team,
    location: meta.location,
    date: meta.date,
    draft: meta.draft,
    language,
    applyUrl,
    url: `${site.baseUrl.replace(/\/?$/, '/')}${id}/`,
    sourceFile: file,
    sections: body.sections,
    links: publicLinks(body),
    recruiterId: recruiter.recruiterId,
    contact: recruiter.contact,
  };
  return { posting, problems };
}

/** The posting with its sections finished (and annotated), its strings detached from the file. */
function finishPosting(read: ReadPosting, options: ParseOptions): Posting {
  // A spread keeps the fields' order: sections stay where they were.
  const posting: Posting = { ...read, sections: finalizeSections(read, read.language) };
  posting.sections.forEach((section) => options.annotate?.(section));
  return detachStrings(posting, options.strings);
}

/** A section's landing page (_index.md): company-wide text, no title required. */
export function parseCompanyPage(
  file: string,
  source: string,
  options: Pick<ParseOptions, 'annotate'> = {},
): { page: CompanyPage | null; problems: ContentProblem[] } {
  const front = readFrontMatter(file, source, { requireTitle: false });
  if (!front.meta) return { page: null, problems: front.problems };
  const body = parseBody(file, front.body, front.bodyLine);
  const problems = [...front.problems, ...body.problems];
  if (body.problems.some((problem) => problem.severity === 'error')) return { page: null, problems };
  const text = leadingText([front.meta.title, front.meta.intro], body.passages);
  const sections = finalizeSections(body, front.meta.language ?? detectLanguage(text, 'en'));
  sections.forEach((section) => options.annotate?.(section));
  // The title is cut from the file: a copy, so the page does not keep the file alive.
  return { page: { title: fresh(front.meta.title), sourceFile: file, sections }, problems };
}

/** What one file gives, before the folder's postings are checked against each other. */
export type FileResult =
  | { kind: 'company'; page: CompanyPage | null; problems: ContentProblem[] }
  | { kind: 'posting'; posting: Posting | null; problems: ContentProblem[] };


/** Collects parsed files in folder order; a posting id seen before is a problem, not a second posting. */
export function startAssembly(): { corpus: Corpus; add: (file: ContentFile, result: FileResult) => Posting | null } {
  const corpus: Corpus = { postings: [], company: [], problems: [] };
  const ids = new Map<string, string>();
  /** The posting the file adds to the corpus, if any. */
  const add = (file: ContentFile, result: FileResult): Posting | null => {
    if (result.kind === 'company') {
      if (result.page) corpus.company.push(result.page);
      corpus.problems.push(...result.problems);
      return null;
    }
    const earlier = ids.get(file.id);
    if (earlier) {
      corpus.problems.push({ file: file.shown, line: 0, severity: 'error', message: `has the same posting id "${file.id}" as ${earlier}` });
      return null;
    }
    corpus.problems.push(...result.problems);
    if (!result.posting) return null;
    ids.set(file.id, file.shown);
    corpus.postings.push(result.posting);
    return result.posting;
  };
  return { corpus, add };
}

/** *.md in the folder, plus page bundles (a subfolder holding index.md); _index.md is the landing page. */
/**
 * One changed posting file read and parsed on its own, for a watcher's
 * incremental reload; null when the file is not a posting of this folder
 * (a company page, a bundle, a deleted file), which needs a full reload.
 */
export async function readPostingFile(
  file: string,
  options: LoadOptions,
): Promise<{ posting: Posting | null; problems: ContentProblem[] } | null> {
  const dir = path.resolve(options.cwd ?? process.cwd(), options.contentDir);
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  const name = path.basename(absolute);
  if (path.dirname(absolute) !== dir || !name.endsWith('.md') || name === '_index.md' || name.startsWith('.') || !existsSync(absolute)) return null;
  const source = await readFile(absolute, 'utf8');
  return parsePosting(shownPath(absolute, options), source, { ...options, id: name.slice(0, -3) });
}

function shownPath(absolute: string, options: Pick<LoadOptions, 'cwd'>): string {
  const relative = path.relative(options.cwd ?? process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

export function listContentFiles(options: Pick<LoadOptions, 'contentDir' | 'cwd'>): ContentFile[] {
  const dir = path.resolve(options.cwd ?? process.cwd(), options.contentDir);
  let entries: Dirent[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    // With their types: a folder of 10,000 postings needs no stat call per file (only links are followed).
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new CandorError('CONTENT_INVALID', `cannot read the postings folder ${options.contentDir}: ${describe(error)}`, { cause: error });
  }
  // What path.join and shownPath give for each name, worked out once for the folder: a tenth of listing 10,000 files was those calls.
  const separator = dir.endsWith(path.sep) ? '' : path.sep;
  const relativeDir = path.relative(options.cwd ?? process.cwd(), dir);
  const inside = !relativeDir.startsWith('..') && !path.isAbsolute(relativeDir);
  const shownIn = relativeDir === '' ? '' : inside ? `${relativeDir}${path.sep}` : null;
  const shown = (absolute: string) => shownPath(absolute, options);
  const files: ContentFile[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const absolute = `${dir}${separator}${name}`;
    const stats = entry.isSymbolicLink() ? statSync(absolute, { throwIfNoEntry: false }) : entry;
    if (!stats) continue;
    if (name.endsWith('.md')) {
      if (!stats.isFile()) continue;
      const kind = name === '_index.md' ? 'company' : 'posting';
      files.push({ absolute, shown: shownIn === null ? absolute : `${shownIn}${name}`, kind, id: name.slice(0, -3) });
    } else if (stats.isDirectory()) {
      for (const [inner, kind] of [['index.md', 'posting'], ['_index.md', 'company']] as const) {
        const bundled = path.join(absolute, inner);
        if (existsSync(bundled)) files.push({ absolute: bundled, shown: shown(bundled), kind, id: name });
      }
    }
  }
  return files;
}

function postingId(file: string): string {
  const base = path.basename(file, '.md');
  return base === 'index' ? path.basename(path.dirname(file)) : base;
}

function warning(file: string, message: string): ContentProblem {
  return { file, line: 0, severity: 'warning', message };
}
