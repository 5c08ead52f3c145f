/**
 * Markdown to plain words in blocks: headings, paragraphs and list items, each
 * with its line. Links, e-mail addresses and HTML ids are taken out on the way
 * so nothing a candidate might need is lost; images, tags and emphasis marks
 * are dropped.
 */
import type { BodyEvent } from './shortcodes.js';

export interface FoundLink {
  text: string;
  url: string;
  /** Where it came from; 'fragment' links (#apply) point inside the page. */
  source: 'markdown' | 'html' | 'email' | 'url' | 'card' | 'button' | 'fragment';
}

export interface Inline {
  text: string;
  links: FoundLink[];
  /** id="..." / name="..." attributes of HTML elements: in-page targets such as #apply. */
  ids: string[];
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

export function cleanInline(raw: string): Inline {
  // Most lines of a posting are plain prose: nothing to strip, nothing to find.
  if (!MARKUP.test(raw)) return { text: collapseSpace(raw), links: [], ids: [] };
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
  return { text, links, ids };
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

export type Block =
  | { type: 'heading'; level: number; text: string; id: string | null; links: FoundLink[]; line: number }
  /** single: one source line; bold: the whole paragraph is **bold** (both hint at a heading). */
  | { type: 'para'; text: string; links: FoundLink[]; line: number; single: boolean; bold: boolean }
  | { type: 'item'; text: string; links: FoundLink[]; depth: number; line: number }
  | { type: 'anchor'; id: string; line: number }
  | Exclude<BodyEvent, { type: 'line' }>;

const FENCE = /^\s*(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|$)/;
const TAGS_ONLY = /^\s*(?:<[^<>]+>\s*)+$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const PROSE_START = /^\p{L}/u;
const BOLD_LINE = /^(\*\*|__)(?=\S)[^*_]*?\S\1:?$/;

/** Reads the line events of a body into blocks; shortcode events pass through in place. */
export function markdownBlocks(events: BodyEvent[]): Block[] {
  const blocks: Block[] = [];
  let para: { lines: string[]; line: number } | null = null;
  let item: { lines: string[]; line: number; depth: number } | null = null;
  let listIndents: number[] = [];
  let fence: string | null = null;
  let afterBlank = true;

  const emitIds = (ids: string[], line: number) => ids.forEach((id) => blocks.push({ type: 'anchor', id, line }));
  const flush = () => {
    if (para) {
      // "**Salary**" or "Interested?" on the first line with text right under it reads as a heading.
      const first = para.lines[0]!;
      if (para.lines.length > 1 && (BOLD_LINE.test(first) || (first.endsWith('?') && first.length < 60))) {
        const inline = cleanInline(first);
        blocks.push({ type: 'para', text: inline.text, links: inline.links, line: para.line, single: true, bold: BOLD_LINE.test(first) });
        para = { lines: para.lines.slice(1), line: para.line + 1 };
      }
      const raw = para.lines.join('\n');
      const inline = cleanInline(raw);
      emitIds(inline.ids, para.line);
      const bold = para.lines.length === 1 && BOLD_LINE.test(raw.trim());
      if (inline.text) blocks.push({ type: 'para', text: inline.text, links: inline.links, line: para.line, single: para.lines.length === 1, bold });
      para = null;
    }
    if (item) {
      const inline = cleanInline(item.lines.join('\n'));
      emitIds(inline.ids, item.line);
      if (inline.text) blocks.push({ type: 'item', text: inline.text, links: inline.links, depth: item.depth, line: item.line });
      item = null;
    }
  };

  for (const event of events) {
    if (event.type !== 'line') {
      flush();
      listIndents = [];
      afterBlank = true;
      blocks.push(event);
      continue;
    }
    const { line } = event;
    if (fence !== null) {
      if (event.text.trim().startsWith(fence)) {
        fence = null;
        flush();
      } else (para ??= { lines: [], line }).lines.push(event.text.trim());
      continue;
    }
    // A line that starts with a letter can only be prose: none of the block patterns below can match it.
    if (PROSE_START.test(event.text)) {
      const wasBlank = afterBlank;
      afterBlank = false;
      if (item && !wasBlank) item.lines.push(event.text.trim());
      else if (para) para.lines.push(event.text.trim());
      else {
        flush();
        listIndents = [];
        para = { lines: [event.text.trim()], line };
      }
      continue;
    }
    const text = event.text.replace(/^(\s*>\s?)+/, '');
    const fenceOpen = FENCE.exec(text);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    if (text.trim() === '') {
      flush();
      afterBlank = true;
      continue;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    const setext = SETEXT.exec(text);
    if (setext && para && !item) {
      const inline = cleanInline(para.lines.join('\n'));
      blocks.push({ type: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2, text: inline.text, id: null, links: inline.links, line: para.line });
      para = null;
      continue;
    }
    if (BREAK.test(text) || TAGS_ONLY.test(text)) {
      flush();
      emitIds(cleanInline(text).ids, line);
      afterBlank = true;
      continue;
    }
    const atx = ATX.exec(text);
    if (atx) {
      flush();
      listIndents = [];
      blocks.push(heading(atx[1]!.length, atx[2] ?? '', line));
      continue;
    }
    if (TABLE_ROW.test(text)) {
      flush();
      const cells = text.trim().slice(1, -1).split('|').map((cell) => cell.trim()).filter(Boolean);
      if (!cells.every((cell) => /^:?-+:?$/.test(cell))) {
        const inline = cleanInline(cells.join(' | '));
        if (inline.text) blocks.push({ type: 'para', text: inline.text, links: inline.links, line, single: false, bold: false });
      }
      continue;
    }
    const marker = ITEM.exec(text);
    if (marker) {
      flush();
      const indent = columns(marker[1]!);
      // A deeper item (by two columns or more) nests; anything else is a sibling of the closest item.
      while (listIndents.length > 0 && listIndents.at(-1)! > indent + 1) listIndents.pop();
      if (listIndents.length === 0 || indent >= listIndents.at(-1)! + 2) listIndents.push(indent);
      item = { lines: [marker[3] ?? ''], line, depth: listIndents.length - 1 };
      continue;
    }
    if (item && !wasBlank) item.lines.push(text.trim());
    else if (para) para.lines.push(text.trim());
    else {
      flush();
      if (columns(/^[ \t]*/.exec(text)![0]) < 2) listIndents = [];
      para = { lines: [text.trim()], line };
    }
  }
  flush();
  return blocks;
}

function heading(level: number, raw: string, line: number): Block {
  // String steps rather than end-anchored regexes: those backtrack badly on long runs of spaces.
  let text = raw.trim();
  const closing = /#+$/.exec(text);
  if (closing && (closing.index === 0 || /[ \t]/.test(text[closing.index - 1]!))) text = text.slice(0, closing.index).trimEnd();
  // Hugo heading attributes: "## Salary {#salary}" sets the anchor.
  let id: string | null = null;
  const brace = text.endsWith('}') ? text.lastIndexOf('{') : -1;
  if (brace !== -1) {
    id = /#([\w-]+)/.exec(text.slice(brace))?.[1] ?? null;
    text = text.slice(0, brace).trimEnd();
  }
  const inline = cleanInline(text);
  return { type: 'heading', level, text: inline.text, id, links: inline.links, line };
}

function columns(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
