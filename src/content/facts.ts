/**
 * Front-matter facts: a value a reader could be told ("Salary range:
 * $121,600 - $130,500"), as opposed to the site's machinery (layout, weight,
 * ids, file names). A rule over keys and values, not a list of one site's keys.
 */
import type { Language } from '../language/words.js';
import { textOf, type FrontMatter } from './front-matter.js';
import { cleanInline } from './inline.js';

/** Keys Hugo and its themes use to build the page, never to say something to a reader. */
const MACHINERY = new Set([
  'title', 'linktitle', 'titel', 'tittel', 'rubrik', 'overskrift', 'date', 'draft', 'publishdate', 'pubdate', 'expirydate', 'unpublishdate', 'lastmod', 'modified', 'layout', 'weight', 'slug',
  'aliases', 'images', 'image', 'menu', 'menus', 'url', 'type', 'id', 'tags', 'categories', 'keywords', 'toc', 'language', 'lang', 'translationkey',
  'outputs', 'cascade', 'build', 'resources', 'sitemap', 'markup', 'headless', 'iscjklanguage', 'h1_title', 'show_date', 'controls',
]);

/** Parts of key names that name page machinery in any theme. */
const MACHINERY_PART = /(^|_|-)(meta|seo|og|twitter|image|img|icon|css|class|color|colour|order|template|partial|layout|banner|thumbnail|social|socialmedia|hero|sidebarimage|style|theme|weight|id|ids|slug|bodyclass|page)($|_|-)|image$|icon$|^sidebarlink(icon|url)$/;

/** A value that names a file, a path, a colour or an identifier rather than saying something. */
function isMachineryValue(text: string): boolean {
  if (/^\/|^\.{0,2}\/|\.(png|jpe?g|gif|svg|webp|css|js|html?|ya?ml|toml|json|pdf)$/i.test(text)) return !text.includes(' ');
  if (/^#[0-9a-f]{3,8}$/i.test(text)) return true;
  if (/^(fa|fas|far|fab|icon)-/.test(text)) return true;
  if (!text.includes(' ') && /^[a-z0-9]+([-_][a-z0-9]+)+$/.test(text) && /[a-z]/.test(text)) return true;
  if (/^[0-9a-f]{8,}$/i.test(text) || /^[a-z0-9]{16,}$/i.test(text)) return true;
  return false;
}

/** A table of its own ("contact: {name, email}"): read as its values, in order. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** "salary_range" → "Salary range", "closingDate" → "Closing date". */
export function keyInWords(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Fact {
  key: string;
  label: string;
  text: string;
}

const YES_NO: Record<Language, readonly [string, string]> = { en: ['yes', 'no'], nb: ['ja', 'nei'], sv: ['ja', 'nej'], da: ['ja', 'nej'] };

/** A table read as a reader would say it: "salary: {min, max, currency, period}" → "58000–68000 DKK per month". */
function recordText(record: Record<string, unknown>): string {
  const lower = new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), textOf(value)]));
  const [min, max] = [lower.get('min') ?? lower.get('from'), lower.get('max') ?? lower.get('to')];
  if (!min || !max) return [...lower.values()].filter(Boolean).join(', ');
  const currency = lower.get('currency') ?? lower.get('valuta') ?? '';
  const period = lower.get('period') ?? lower.get('per') ?? lower.get('unit') ?? lower.get('interval') ?? '';
  return [`${min}–${max}`, currency, period && (/ly$/i.test(period) ? period : `per ${period}`)].filter(Boolean).join(' ');
}

/** `original` keeps the keys' written case, for labels ("closingDate"). Yes and no are said in the posting's language. */
export function factsOf(data: FrontMatter, original: Record<string, unknown> = data, language: Language = 'en'): Fact[] {
  const cased = new Map(Object.keys(original).map((key) => [key.toLowerCase(), key]));
  const facts: Fact[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (MACHINERY.has(key) || MACHINERY_PART.test(key)) continue;
    const label = keyInWords(cased.get(key) ?? key);
    // "remote: false" says something: "Remote: no".
    const said = typeof value === 'boolean' ? YES_NO[language][value ? 0 : 1] : isRecord(value) ? recordText(value) : textOf(value);
    const values = (Array.isArray(value) ? value.map(textOf) : [said]).map((text) => cleanInline(text, []));
    const texts = values.filter((text) => text && !isMachineryValue(text) && !/^(true|false)$/i.test(text));
    if (texts.length === 0) continue;
    // A list of sentences reads as a list; a list of short values as one line.
    if (texts.length > 1 && texts.some((text) => text.length > 60)) for (const text of texts) facts.push({ key, label, text });
    else facts.push({ key, label, text: `${label}: ${texts.join(', ')}` });
  }
  return facts;
}
