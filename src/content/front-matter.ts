/**
 * Front matter as Hugo reads it: YAML between `---`, TOML between `+++`, a
 * JSON object at the top, or none. Parsed by gray-matter with the `yaml`
 * and `smol-toml` engines; keys are lower-cased, as Hugo treats them.
 */
import matter from 'gray-matter';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLParseError } from 'yaml';

export type FrontMatter = Record<string, unknown>;

export interface ReadFrontMatter {
  /** Keys in lower case, as Hugo reads them. */
  data: FrontMatter;
  /** Keys as written ("closingDate"), for a fact's label. */
  original: FrontMatter;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  format: 'yaml' | 'toml' | 'json' | 'none';
}

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const ENGINES = {
  yaml: (text: string) => parseYaml(text) as object,
  toml: readToml,
};

/** A bare key or table name with letters beyond ASCII ("ansættelsestype = …", "[ansøgning]"): TOML 1.1 allows them, the parser reads 1.0. */
const UNICODE_KEY = /^(\s*\[{0,2}\s*)([^\s="'[\]#.]*[^\x00-\x7f][^\s="'[\]#.]*)(?=\s*(=|\]))/gmu;

function readToml(text: string): object {
  try {
    return parseToml(text) as object;
  } catch (error) {
    const quoted = text.replace(UNICODE_KEY, (_, lead: string, key: string) => `${lead}"${key}"`);
    if (quoted === text) throw error;
    try {
      return parseToml(quoted) as object;
    } catch {
      throw error;
    }
  }
}

/** Throws FrontMatterError with the file's line. `source` has LF line ends. */
export function readFrontMatter(source: string): ReadFrontMatter {
  const text = source.replace(/^\uFEFF/, '');
  const first = /^\s*(\S+)/.exec(text)?.[1] ?? '';
  if (first === '---' || first === '+++') return readDelimited(text, first === '+++' ? 'toml' : 'yaml');
  if (text.trimStart().startsWith('{')) return readJson(text);
  return { data: {}, original: {}, body: text, bodyLine: 1, format: 'none' };
}

function readDelimited(text: string, format: 'yaml' | 'toml'): ReadFrontMatter {
  const delimiter = format === 'toml' ? '+++' : '---';
  const lead = text.length - text.trimStart().length;
  const start = text.slice(0, lead).split('\n').length - 1;
  const lines = text.slice(lead).split('\n');
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === delimiter);
  if (close < 0) throw new FrontMatterError(`front matter opened with ${delimiter} is never closed`, start + 1);
  let parsed: { data: FrontMatter; content: string };
  try {
    parsed = matter(text.slice(lead), { delimiters: delimiter, language: format, engines: ENGINES }) as unknown as typeof parsed;
  } catch (error) {
    // The parser counts from the line after the opening delimiter, which is the file's line start + 2 (gray-matter keeps the newline).
    throw new FrontMatterError(`${format.toUpperCase()} front matter: ${explain(messageOf(error))}`, start + lineOf(error));
  }
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontMatterError('front matter is not a set of keys', start + 1);
  return { data: withParams(lowerKeys(data)), original: withParams(data), body: lines.slice(close + 1).join('\n'), bodyLine: start + close + 2, format };
}

function readJson(text: string): ReadFrontMatter {
  const lines = text.split('\n');
  for (let end = 0; end < lines.length; end += 1) {
    if (!lines[end]!.trimEnd().endsWith('}')) continue;
    try {
      const data = JSON.parse(lines.slice(0, end + 1).join('\n')) as unknown;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) break;
      return { data: withParams(lowerKeys(data as FrontMatter)), original: withParams(data as FrontMatter), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, format: 'json' };
    } catch {
      // Not the closing brace yet.
    }
  }
  throw new FrontMatterError('JSON front matter: no closing } that makes a valid object', 1);
}

/** Hugo themes that keep a page's own fields under `params:` ("params: {location, department}"): those fields are the page's. */
function withParams(data: FrontMatter): FrontMatter {
  const params = data.params;
  if (!params || typeof params !== 'object' || Array.isArray(params) || params instanceof Date) return data;
  const out: FrontMatter = { ...data };
  delete out.params;
  for (const [key, value] of Object.entries(params as FrontMatter)) if (!(key in out)) out[key] = value;
  return out;
}

function lowerKeys(data: FrontMatter): FrontMatter {
  const out: FrontMatter = {};
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    if (!(lower in out)) out[lower] = value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? lowerKeys(value as FrontMatter) : value;
  }
  return out;
}

/** The parsers' words for the mistakes people make, in the words of the fix. */
function explain(message: string): string {
  if (/Nested mappings are not allowed in compact mappings|mapping values are not allowed/i.test(message)) return 'a value contains ": "; put the whole value in double quotes';
  if (/Missing closing "?quote|unexpected end of the stream within a double quoted scalar/i.test(message)) return 'a quoted value is missing its closing quote';
  return message;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/ at line \d+.*$/, '');
}

/** 1-based line inside the front matter block where the parser stopped. */
function lineOf(error: unknown): number {
  if (error instanceof YAMLParseError) return error.linePos?.[0]?.line ?? 1;
  if (error instanceof TomlError) return error.line;
  const mark = (error as { mark?: { line?: number } }).mark;
  return typeof mark?.line === 'number' ? mark.line + 1 : 1;
}

/** A front-matter value as one line of text, or '' when it is not text. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return '';
}

/** The first of the keys that holds text. */
export function firstText(data: FrontMatter, ...keys: string[]): string {
  for (const key of keys) {
    const text = textOf(data[key]);
    if (text) return text;
  }
  return '';
}

/** The first of the keys that holds text, or a list of texts ("location = [\"Stockholm\", \"Remote (EU)\"]"), joined. */
export function firstTexts(data: FrontMatter, ...keys: string[]): string {
  for (const key of keys) {
    const value = data[key];
    const text = Array.isArray(value) ? value.map(textOf).filter(Boolean).join(', ') : textOf(value);
    if (text) return text;
  }
  return '';
}

/** A date-like value as a Date; null when absent or unreadable. */
export function dateOf(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object' && value !== null && 'toISOString' in value) return new Date(String((value as { toISOString(): string }).toISOString()));
  if (typeof value !== 'string' || !value.trim()) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}
