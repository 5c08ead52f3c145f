/**
 * Markdown lines to blocks: headings, paragraphs and list items, each with
 * its line, their text cleaned by inline.ts. Shortcode events pass through.
 */
import { fresh } from './detach.js';
import { cleanInline, type FoundLink } from './inline.js';
import type { BodyEvent } from './shortcodes.js';

export type Block =
  | { type: 'heading'; level: number; text: string; id: string | null; links: readonly FoundLink[]; line: number }
  /** single: one source line; bold: the whole paragraph is **bold** (both hint at a heading). */
  | { type: 'para'; text: string; serial: number; links: readonly FoundLink[]; line: number; single: boolean; bold: boolean }
  | { type: 'item'; text: string; serial: number; links: readonly FoundLink[]; depth: number; line: number }
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

  const emitIds = (ids: readonly string[], line: number) => ids.forEach((id) => blocks.push({ type: 'anchor', id, line }));
  const flush = () => {
    if (para) {
      // "**Salary**" or "Interested?" on the first line with text right under it reads as a heading.
      const first = para.lines[0]!;
      if (para.lines.length > 1 && (BOLD_LINE.test(first) || (first.endsWith('?') && first.length < 60))) {
        const inline = cleanInline(first);
        blocks.push({ type: 'para', text: inline.text, serial: inline.serial, links: inline.links, line: para.line, single: true, bold: BOLD_LINE.test(first) });
        para = { lines: para.lines.slice(1), line: para.line + 1 };
      }
      const raw = para.lines.join('\n');
      const inline = cleanInline(raw);
      emitIds(inline.ids, para.line);
      const bold = para.lines.length === 1 && BOLD_LINE.test(raw.trim());
      if (inline.text) blocks.push({ type: 'para', text: inline.text, serial: inline.serial, links: inline.links, line: para.line, single: para.lines.length === 1, bold });
      para = null;
    }
    if (item) {
      const inline = cleanInline(item.lines.join('\n'));
      emitIds(inline.ids, item.line);
      if (inline.text) blocks.push({ type: 'item', text: inline.text, serial: inline.serial, links: inline.links, depth: item.depth, line: item.line });
      item = null;
    }
  };

  /** A line of running text: it continues the list item or paragraph it follows, or starts a paragraph. */
  const prose = (text: string, line: number, wasBlank: boolean) => {
    if (item && !wasBlank) item.lines.push(text.trim());
    else if (para) para.lines.push(text.trim());
    else {
      flush();
      if (columns(/^[ \t]*/.exec(text)![0]) < 2) listIndents = [];
      para = { lines: [text.trim()], line };
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
      prose(event.text, line, wasBlank);
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
        if (inline.text) blocks.push({ type: 'para', text: inline.text, serial: inline.serial, links: inline.links, line, single: false, bold: false });
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
    prose(text, line, wasBlank);
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
    // A copy: a slice would keep the whole file alive through the section's anchor.
    const explicit = /#([\w-]+)/.exec(text.slice(brace))?.[1];
    id = explicit === undefined ? null : fresh(explicit);
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
