/**
 * A Markdown body to sections of passages: headings (ATX, with Hugo's
 * `{#id}`), a bold line standing alone as a heading (sites that style their
 * headings by hand), paragraphs, list items and table rows. Code goes.
 */
import { cleanInline, stripHtml } from './inline.js';
import type { Link } from './types.js';

export interface DraftSection {
  level: number;
  title: string;
  origin: 'heading' | 'bold' | 'shortcode' | 'lead';
  explicitId: string | null;
  /** 0-based line of the body where the section starts. */
  line: number;
  passages: Array<{ text: string; kind: 'paragraph' | 'list' }>;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const EXPLICIT_ID = /\s*\{\s*#([\w\-.:\u00c0-\uffff]+)\s*\}\s*$/;
const LIST = /^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/;
const BOLD_LINE = /^\s*(?:\*\*|__)\s*(?:[_*]\s*)?([^*_][^*]*?)(?:\s*[_*])?\s*(?:\*\*|__)\s*:?\s*$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

export function parseBlocks(body: string, links: Link[]): DraftSection[] {
  const sections: DraftSection[] = [{ level: 0, title: '', origin: 'lead', explicitId: null, line: 0, passages: [] }];
  let lastHeadingLevel = 0;
  let paragraph: string[] = [];
  let item: string[] | null = null;
  let fenced = false;
  let header: string[] | null = null;
  let previousRow: { cells: string[]; at: number } | null = null;
  const lines = body.split('\n');

  const current = () => sections[sections.length - 1]!;
  const push = (raw: string, kind: 'paragraph' | 'list') => {
    const text = cleanInline(raw, links);
    if (/[\p{L}\p{N}]/u.test(text)) current().passages.push({ text, kind });
  };
  const flush = () => {
    if (paragraph.length) push(paragraph.join(' '), 'paragraph');
    if (item) push(item.join(' '), 'list');
    paragraph = [];
    item = null;
  };
  const open = (level: number, raw: string, origin: DraftSection['origin'], line: number) => {
    flush();
    const explicit = EXPLICIT_ID.exec(raw);
    const title = cleanInline(explicit ? raw.slice(0, explicit.index) : raw, []).replace(/:$/, '').trim();
    if (!title) return;
    sections.push({ level, title, origin, explicitId: explicit?.[1] ?? null, line, passages: [] });
  };

  lines.forEach((rawLine, index) => {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const line = stripHtml(rawLine).replace(/^\s*>\s?/, '');
    if (!/^\s*\|/.test(line)) {
      header = null;
      previousRow = null;
    }
    if (!line.trim() || RULE.test(line)) return flush();
    const heading = HEADING.exec(line);
    if (heading) {
      lastHeadingLevel = heading[1]!.length;
      return open(lastHeadingLevel, heading[2]!, 'heading', index);
    }
    const bold = paragraph.length === 0 && !item ? BOLD_LINE.exec(line) : null;
    if (bold && bold[1]!.length <= 80) return open(Math.min(lastHeadingLevel + 1, 6), bold[1]!, 'bold', index);
    if (/^\s*\|/.test(line)) {
      flush();
      const cells = line.split('|').map((cell) => cell.trim()).filter(Boolean);
      // The row above a |---| line is the header: a table of three columns or more says each cell under its column's name.
      if (/^\s*\|?\s*:?-{2,}/.test(line)) {
        // The header row itself is said in every row below it, not on its own.
        if (previousRow) {
          header = previousRow.cells;
          if (header.length >= 3 && previousRow.at >= 0) current().passages.splice(previousRow.at, 1);
        }
        return;
      }
      const said = header && header.length >= 3 && cells.length === header.length ? cells.map((cell, at) => (at === 0 ? cell : `${header![at]}: ${cell}`)) : cells;
      const before = current().passages.length;
      push(said.join(' — '), 'list');
      previousRow = { cells, at: current().passages.length > before ? before : -1 };
      return;
    }
    const list = LIST.exec(line);
    if (list) {
      flush();
      // An ordered item keeps its number: "1. oktober 2023" is a date as often as it is a step.
      item = [/^\s*\d/.test(line) ? line.trim() : list[2]!];
      return;
    }
    if (item) item.push(line.trim());
    else paragraph.push(line.trim());
  });
  flush();
  return sections;
}
