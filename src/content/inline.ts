/**
 * Inline Markdown and HTML to plain words: links, e-mail addresses and HTML
 * ids are taken out on the way so nothing a candidate might need is lost;
 * images, tags, code marks and emphasis are dropped, entities decoded.
 */
import { fresh } from './detach.js';

export interface FoundLink {
  text: string;
  url: string;
  /** Where it came from; 'fragment' links (#apply) point inside the page. */
  source: 'markdown' | 'html' | 'email' | 'url' | 'card' | 'button' | 'fragment';
}

export interface Inline {
  text: string;
  /**
   * Which cleaning this is: the same for every occurrence of a raw text while
   * the memo holds it, and no other cleaning's in this thread (see
   * string-table.ts, which numbers a text by it without hashing the text).
   */
  serial: number;
  links: readonly FoundLink[];
  /** id="..." / name="..." attributes of HTML elements: in-page targets such as #apply. */
  ids: readonly string[];
}

// Private-use characters stand in for backslash-escaped ones while the syntax is removed.
const ESCAPE_BASE = 0xe000;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~"'])/g;
const INLINE_TAGS = /^(a|b|strong|em|i|u|s|span|code|small|sup|sub|mark|abbr|del|ins|kbd|font)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', shy: '', aring: 'å', Aring: 'Å', aelig: 'æ',
  AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', eacute: 'é',
};

/** Characters that can start markup, an entity, an escape, an address or a link. */
const MARKUP = /[<>[\]`*_~&\\@]|https?:/i;

/**
 * What plain prose has: no links, no ids. Shared, so it must never be added
 * to (the type forbids it). Not frozen, and made as an array of objects: every
 * list of links or ids then has one hidden class, and the parser's optimized
 * code is not thrown away and compiled again when its first link turns up.
 */
const NOTHING: readonly never[] = [null as never].slice(0, 0);

/**
 * Inline text cleaned before, by its raw text: a board repeats its lines
 * (benefits, "About us") in posting after posting. The cleaned text is then
 * one string wherever it occurs, which later steps (sharing repeated text,
 * reading it for topics) find cheaply. Copies, so no posting's file is kept
 * alive by it; emptied when full.
 */
const cleaned = new Map<string, Inline>();
const CLEANED = 50_000;

let serials = 0;
/** The serial of text that was not cleaned as one piece. */
export const NO_SERIAL = -1;

/**
 * What a later step worked out once per cleaning, found again by the
 * cleaning's serial instead of by hashing its text (a board repeats its
 * passages, and hashing them was most of such a step). Serials only grow:
 * the latest SERIALS_KEPT are kept, so a long-lived memo stays small, and
 * an older serial is simply not found.
 */
export class BySerial<T> {
  private values: (T | undefined)[] = [];
  private first = 0;

  get(serial: number): T | undefined {
    return serial >= this.first ? this.values[serial - this.first] : undefined;
  }

  set(serial: number, value: T): void {
    if (serial < this.first) return;
    if (serial - this.first >= SERIALS_KEPT) {
      this.values = [];
      this.first = serial;
    }
    this.values[serial - this.first] = value;
  }
}
const SERIALS_KEPT = 100_000;

export function cleanInline(raw: string): Inline {
  let inline = cleaned.get(raw);
  if (!inline) {
    const found = readInline(raw);
    inline = {
      text: fresh(found.text),
      serial: serials++,
      links: found.links.length === 0 ? NOTHING : found.links.map((link) => ({ text: fresh(link.text), url: fresh(link.url), source: link.source })),
      ids: found.ids.length === 0 ? NOTHING : found.ids.map(fresh),
    };
    if (cleaned.size >= CLEANED) cleaned.clear();
    cleaned.set(fresh(raw), inline);
  }
  return inline;
}

function readInline(raw: string): Omit<Inline, 'serial'> {
  // Most lines of a posting are plain prose: nothing to strip, nothing to find.
  if (!MARKUP.test(raw)) return { text: collapseSpace(raw), links: NOTHING, ids: NOTHING };
  const links: FoundLink[] = [];
  const ids: string[] = [];
  const addLink = (text: string, url: string, source: FoundLink['source']) => {
    const href = url.trim();
    if (!href) return;
    links.push({ text: text.trim() || href.replace(/^mailto:/i, ''), url: href, source: href.startsWith('#') ? 'fragment' : source });
  };

  // Each pass runs only when its marker character is there: most lines need one or two.
  const escaped = raw.includes('\\');
  let text = escaped ? raw.replace(ESCAPED, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0))) : raw;
  const tags = text.includes('<');
  if (tags) {
    text = stripComments(text);
    for (const match of text.matchAll(/<[A-Za-z][^<>]*?\b(?:id|name)\s*=\s*["']([^"']+)["'][^<>]*>/g)) ids.push(match[1]!);
  }
  if (text.includes('`')) text = text.replace(/`+([^`]+?)`+/g, '$1');
  // The link text may hold other tags but not another <a>, which keeps the scan linear.
  if (tags) {
    text = text.replace(/<a\b[^<>]*?\bhref\s*=\s*["']([^"']*)["'][^<>]*>((?:[^<]|<(?!\/?a[\s>]))*)<\/a\s*>/gi, (_, url: string, inner: string) => {
      const words = stripTags(inner);
      addLink(words, url, 'html');
      return words;
    });
  }
  if (text.includes('[')) {
    text = text.replace(/!\[[^[\]]*\]\([^()]*\)/g, '');
    text = text.replace(/\[([^[\]]*)\]\(\s*<?([^()[\]\s<>]*)>?(?:\s+["'][^"']*["'])?\s*\)/g, (_, words: string, url: string) => {
      addLink(stripEmphasis(words), url, 'markdown');
      return words;
    });
    text = text.replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1');
  }
  if (tags) {
    text = text.replace(/<((?:https?|mailto):[^<>\s]+)>/gi, (_, url: string) => {
      addLink(url, url, 'url');
      return url.replace(/^mailto:/i, '');
    });
    text = stripTags(text);
  }
  if (/[*_~]/.test(text)) text = stripEmphasis(text);
  if (text.includes('&')) text = decodeEntities(text);
  if (escaped) text = text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
  text = collapseSpace(text.includes('\\') ? text.replace(/\\$/gm, '') : text);

  // Bare addresses and URLs, looked for word by word so long input cannot make a regex backtrack.
  const bare = text.includes('@') || /https?:/i.test(text);
  for (const word of bare ? text.split(' ') : []) {
    if (word.length > 320) continue; // no address or URL is this long; skipping keeps the scan linear
    if (word.includes('@')) {
      const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/.exec(word)?.[0];
      if (email && !links.some((link) => link.url.toLowerCase().startsWith(`mailto:${email.toLowerCase()}`))) {
        addLink(email, `mailto:${email}`, 'email');
      }
    } else if (/^\(?https?:\/\//i.test(word)) {
      const url = word.replace(/^\(/, '').replace(/[).,;:!?'"]+$/, '');
      if (!links.some((link) => link.url === url)) addLink(url, url, 'url');
    }
  }
  // The shared empty list rather than this call's own: cleanInline then only ever reads lists of one kind.
  return { text, links: links.length === 0 ? NOTHING : links, ids: ids.length === 0 ? NOTHING : ids };
}

/** Runs of whitespace as one space, trimmed; most lines have none to collapse, and are left as they are. */
function collapseSpace(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Removes <!-- comments --> with indexOf, so an unclosed one costs one scan, not one per opener. */
export function stripComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(at, open) + text.slice(open, close + 3).replace(/[^\n]/g, '');
    at = close + 3;
  }
  return out + text.slice(at);
}

function stripTags(text: string): string {
  return text.replace(/<\/?([A-Za-z][\w-]*)[^<>]*>/g, (_, name: string) => (INLINE_TAGS.test(name) ? '' : ' '));
}

function stripEmphasis(text: string): string {
  // The original order of passes matters ("__*a*__"); each runs only when its mark is there.
  let out = text;
  if (out.includes('**')) out = out.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1');
  if (out.includes('__')) out = out.replace(/__(?=\S)([^_]*?\S)__/g, '$1');
  if (out.includes('*')) out = out.replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2');
  if (out.includes('_')) out = out.replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2');
  if (out.includes('~~')) out = out.replace(/~~(?=\S)([^~]*?\S)~~/g, '$1');
  return out.includes('**') || out.includes('__') ? out.replace(/\*\*|__/g, '') : out;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (!body.startsWith('#')) return ENTITIES[body] ?? entity;
    const code = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

