/**
 * The front matter of a posting: split off with our own line bookkeeping (so
 * every problem points at the real line), parsed by gray-matter with the
 * `yaml` engine (which knows where a YAML error is), validated by one zod schema.
 *
 * Flat `key: value` front matter with plain values, most postings', needs
 * none of the three: simple-yaml.ts and plainFields read it. So each is
 * loaded the first time a front matter needs it. The parse worker of a big
 * load then starts without them, where loading zod and yaml was most of its
 * start (170 ms of 200) while the main thread waited for its first postings.
 */
import { createRequire } from 'node:module';
import type GrayMatter from 'gray-matter';
import type * as Yaml from 'yaml';
import type * as Zod from 'zod';
import { parseLanguageValue } from './language.js';
import { readSimpleYaml } from './simple-yaml.js';
import type { ContentProblem, Language, Posting } from './types.js';

/** What the front matter gives a posting, as the posting holds it, and what it only says. */
export interface FrontMatter extends Pick<Posting, 'title' | 'intro' | 'team' | 'location' | 'date' | 'draft'> {
  /** The language the front matter states, or null when absent or unknown. */
  language: Language | null;
  /** sidebarlinkurl as written ('' when absent). */
  sidebarLinkUrl: string;
}

export interface FrontMatterResult {
  /** null when the front matter has an error: the file cannot be used. */
  meta: FrontMatter | null;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  problems: ContentProblem[];
}

const notBoolean = (issue: { input?: unknown }) => `draft must be true or false, not ${JSON.stringify(issue.input)}`;

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, yes: true, false: false, no: false };

// Hugo front matter in the wild: keys in any case (lower-cased before this
// schema), booleans quoted or not, dates as strings or YAML dates, and keys
// Candor does not use (accepted and ignored).
function createSchema(z: typeof Zod.z) {
  const text = z
    .union([z.string(), z.number()], { error: 'must be text' })
    .nullish()
    .transform((value) => (value == null ? '' : String(value).trim()));
  return z.looseObject({
    title: text,
    intro: text,
    description: text,
    team: text,
    location: text,
    language: text,
    sidebarlinkurl: text,
    draft: z
      .union([z.boolean(), z.string().regex(/^\s*(true|false|yes|no)\s*$/i, { error: notBoolean })], { error: notBoolean })
      .nullish()
      .transform((value) => (typeof value === 'string' ? BOOLEAN_WORDS[value.trim().toLowerCase()]! : value === true)),
    date: z
      .union([z.string(), z.date(), z.number()], { error: 'the date must look like 2024-02-20' })
      .nullish()
      .transform((value) => ({ raw: value == null ? '' : String(value), iso: isoDate(value) })),
  });
}

const load = createRequire(import.meta.url);
let schema: ReturnType<typeof createSchema> | null = null;
/** The schema for front matter that plainFields cannot take. */
export const frontMatterSchema = (): ReturnType<typeof createSchema> => (schema ??= createSchema((load('zod') as typeof Zod).z));
let loadedYaml: typeof Yaml | null = null;
const yaml = (): typeof Yaml => (loadedYaml ??= load('yaml') as typeof Yaml);

/**
 * gray-matter, loaded the first time a front matter is more than flat
 * key: value lines: it brings js-yaml and esprima along, a tenth of the
 * `ask` command's cold start, and most postings never need it.
 */
let loadedGrayMatter: typeof GrayMatter | null = null;
const grayMatter = (): typeof GrayMatter => (loadedGrayMatter ??= load('gray-matter') as typeof GrayMatter);

export function readFrontMatter(file: string, source: string, options: { requireTitle: boolean }): FrontMatterResult {
  const problem = (line: number, message: string, severity: ContentProblem['severity'] = 'error') => ({
    file,
    line,
    severity,
    message,
  });
  const fail = (line: number, message: string): FrontMatterResult => ({
    meta: null,
    body: '',
    bodyLine: 1,
    problems: [problem(line, message)],
  });

  const clean = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!/\S/.test(clean)) return fail(0, 'the file is empty');
  // Only the front matter is cut into lines: the body is passed on whole, as the rest of the file.
  const firstBreak = clean.indexOf('\n');
  const first = (firstBreak === -1 ? clean : clean.slice(0, firstBreak)).trimEnd();
  if (first === '+++') return fail(1, 'the front matter is TOML (+++); Candor reads YAML front matter between --- lines');
  if (first !== '---') {
    return options.requireTitle
      ? fail(1, 'the posting has no front matter: start the file with a --- block that holds at least a title')
      : { meta: defaults(), body: clean, bodyLine: 1, problems: [] };
  }
  const closing = firstBreak === -1 ? null : CLOSING_LINE.exec(clean.slice(firstBreak + 1));
  if (!closing) {
    return fail(1, 'the front matter that starts on line 1 is never closed: add a line with only --- after the last setting');
  }
  // The closing line is line 2 (no settings at all) or follows a line break, which ends the last setting's line.
  const block = clean.slice(firstBreak + 1, firstBreak + 1 + closing.index);
  const yamlLines = closing[0].startsWith('\n') ? block.replace(/\r$/, '').split(/\r?\n/) : [];
  const close = yamlLines.length + 1;
  const lines = ['---', ...yamlLines, '---'];
  const afterClose = firstBreak + 1 + closing.index + closing[0].length;
  const rest = clean.slice(afterClose);

  let data: unknown;
  try {
    // Rebuilt with exact delimiters, so gray-matter and our line count agree:
    // line n of the block gray-matter hands the engine is line n of the file.
    const yamlText = yamlLines.join('\n');
    // Flat key: value lines need neither gray-matter nor the yaml library (simple-yaml.ts reads them as yaml does). A "---" inside goes the long way.
    data =
      (yamlText.includes('---') ? null : readSimpleYaml(yamlText)) ??
      grayMatter()(`---\n${yamlText}\n---\n`, {
        engines: { yaml: { parse: (block: string) => yaml().parse(block, { uniqueKeys: false, logLevel: 'error' }) as object } },
      }).data;
  } catch (error) {
    // Only the yaml engine throws this, so yaml is loaded when it is caught.
    if (!(loadedYaml && error instanceof loadedYaml.YAMLParseError)) throw error;
    return fail(yamlErrorLine(error, lines), `the front matter is not valid YAML: ${yamlMessage(error)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 'the front matter should be "key: value" lines, like title: "Platform Engineer"');
  }

  const keyLine = (key: string) => {
    const index = yamlLines.findIndex((line) => line.trimStart().toLowerCase().startsWith(`${key}:`));
    return index === -1 ? 1 : index + 2;
  };
  const record = lowerCaseKeys(data as Record<string, unknown>);
  const parsed = plainFields(record) ?? frontMatterSchema().safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const message = issue.message.startsWith('must') ? `${key} ${issue.message}` : issue.message;
    return fail(keyLine(key), message);
  }

  const fm = parsed.data;
  const problems: ContentProblem[] = [];
  if (options.requireTitle && fm.title === '') {
    problems.push(problem(keyLine('title'), 'the posting has no title: add a line like title: "Platform Engineer" to the front matter'));
    return { meta: null, body: '', bodyLine: 1, problems };
  }
  const language = fm.language === '' ? null : parseLanguageValue(fm.language);
  if (fm.language !== '' && language === null) {
    problems.push(
      problem(keyLine('language'), `the language "${fm.language}" is not one Candor knows (en, nb, sv); it will guess from the text`, 'warning'),
    );
  }
  if (fm.date.raw !== '' && fm.date.iso === '') {
    problems.push(problem(keyLine('date'), `the date "${fm.date.raw}" is not a date like 2024-02-20`, 'warning'));
  }
  return {
    meta: {
      title: fm.title,
      intro: fm.intro || fm.description,
      team: fm.team,
      location: fm.location,
      date: fm.date.iso,
      draft: fm.draft,
      language,
      sidebarLinkUrl: fm.sidebarlinkurl,
    },
    body: normalizeBreaks(rest),
    bodyLine: close + 2,
    problems,
  };
}

type Fields = Zod.output<ReturnType<typeof createSchema>>;
const TEXT_KEYS = ['title', 'intro', 'description', 'team', 'location', 'language', 'sidebarlinkurl'] as const;

/**
 * What the schema gives when every field is already of a plain type (text,
 * number, absent): most postings, at a small part of the schema's cost per
 * posting. Anything else (a list, a Date, a draft of "maybe") is left to the
 * schema, which also words the error.
 */
export function plainFields(record: Record<string, unknown>): { success: true; data: Fields } | null {
  const fields: Record<string, unknown> = { ...record };
  for (const key of TEXT_KEYS) {
    const value = record[key];
    if (value == null) fields[key] = '';
    else if (typeof value === 'string' || isFiniteNumber(value)) fields[key] = String(value).trim();
    else return null;
  }
  const draft = record['draft'];
  if (typeof draft === 'string') {
    const word = draft.trim().toLowerCase();
    if (!Object.hasOwn(BOOLEAN_WORDS, word)) return null;
    fields['draft'] = BOOLEAN_WORDS[word];
  } else if (draft == null || typeof draft === 'boolean') fields['draft'] = draft === true;
  else return null;
  const date = record['date'];
  if (date != null && typeof date !== 'string' && !isFiniteNumber(date)) return null;
  fields['date'] = { raw: date == null ? '' : String(date), iso: isoDate(date) };
  return { success: true, data: fields as Fields };
}

/** What the schema takes as a number: not Infinity or NaN (`1e999`, `.nan`), which it rejects. */
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The closing --- line of the front matter, and its line break. */
const CLOSING_LINE = /(?:^|\n)---[^\S\n]*(?:\n|$)/;

/** Windows line breaks as \n, as the rest of the reader expects; most files have none to change. */
function normalizeBreaks(text: string): string {
  return text.includes('\r') ? text.split(/\r?\n/).join('\n') : text;
}

function defaults(): FrontMatter {
  return { title: '', intro: '', team: '', location: '', date: '', draft: false, language: null, sidebarLinkUrl: '' };
}

/** `Title` and `title` are the same key to Hugo; the first non-empty one wins. */
function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    if (out[lower] === undefined || out[lower] === null || out[lower] === '') out[lower] = value;
  }
  return out;
}

function isoDate(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return '';
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (!match) return '';
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return '';
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** The file line of a YAML error; a missing closing quote is reported where the quote opens. */
function yamlErrorLine(error: Yaml.YAMLParseError, lines: string[]): number {
  const line = error.linePos?.[0]?.line ?? 1;
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    for (let index = Math.min(line, lines.length) - 1; index >= 1; index -= 1) {
      const quotes = (lines[index]!.match(/"/g) ?? []).length;
      if (quotes % 2 === 1) return index + 1;
    }
  }
  return line;
}

function yamlMessage(error: Yaml.YAMLParseError): string {
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'MISSING_CHAR':
      return /quote/i.test(first) ? 'a quoted value is missing its closing quote' : first.toLowerCase();
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value contains ": "; put the whole value in double quotes';
    case 'BAD_INDENT':
      return 'a line is indented wrongly; settings should start at the beginning of the line';
    default:
      return `${first.charAt(0).toLowerCase()}${first.slice(1)}; check the quotes and the indentation`;
  }
}
