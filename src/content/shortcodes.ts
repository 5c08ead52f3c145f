/**
 * Hugo shortcodes in a posting body: found, paired, and turned into a flat
 * stream of events (text lines, section boxes opening and closing, cards and
 * buttons) that the Markdown reader takes from there. Syntax never leaves here.
 */
import { fresh } from './detach.js';
import { cleanInline, type FoundLink } from './inline.js';
import type { ContentProblem } from './types.js';

export interface ShortcodeTag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  named: Record<string, string>;
  positional: string[];
  /** '<' for {{< >}}, '%' for {{% %}}. */
  delim: '<' | '%';
  line: number;
}

export type BodyEvent =
  | { type: 'line'; text: string; line: number }
  | { type: 'open'; origin: 'accordion' | 'note'; title: string | null; kind: string; line: number }
  | { type: 'close'; line: number }
  | { type: 'card'; text: string; links: FoundLink[]; button: boolean; line: number };

type Token = { type: 'text'; text: string; line: number } | { type: 'tag'; tag: ShortcodeTag };

const ACCORDION = /^(accordion|accordion-item|details|expand|collapse|collapsible|faq|toggle|spoiler)$/;
const NOTE = /^(note|notice|alert|callout|admonition|hint|info|tip|warning|important|caution|infobox|factbox|box)$/;
const NOTE_TYPES = /^(info|note|notice|tip|hint|warning|warn|danger|caution|important|success|error|primary|secondary)$/i;
const CARD = /card|button|icon-block|cta/;
const BUTTON = /button|cta/;
/** Shortcodes Hugo cannot render without their closing tag. */
const MUST_CLOSE = (name: string) => ACCORDION.test(name) || NOTE.test(name) || name === 'ingress';

export function shortcodeEvents(file: string, body: string, firstLine: number): { events: BodyEvent[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const tokens = tokenize(body, firstLine, (line, message) => problems.push({ file, line, severity: 'error', message }));
  const paired = pair(tokens, (line, message) => problems.push({ file, line, severity: 'error', message }));
  return { events: toEvents(tokens, paired), problems };
}

function tokenize(body: string, firstLine: number, report: (line: number, message: string) => void): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let at = 0;
  const advance = (to: number) => {
    const text = body.slice(at, to);
    if (text) tokens.push({ type: 'text', text, line });
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) line += 1;
    at = to;
  };
  for (;;) {
    const open = findOpen(body, at);
    if (open === -1) break;
    advance(open);
    const delim = body[open + 2] === '%' ? '%' : '<';
    const closer = delim === '%' ? '%}}' : '>}}';
    const end = body.indexOf(closer, open + 3);
    const inner = end === -1 ? '' : body.slice(open + 3, end);
    if (end === -1 || inner.includes('{{')) {
      report(line, `a shortcode starts here with {{${delim} but never ends with ${closer}`);
      advance(body.length);
      break;
    }
    const tag = inner.trim().startsWith('/*') ? null : parseTag(inner, delim, line);
    at = end + 3;
    for (let index = inner.indexOf('\n'); index !== -1; index = inner.indexOf('\n', index + 1)) line += 1;
    if (tag) tokens.push({ type: 'tag', tag });
  }
  advance(body.length);
  return tokens;
}

function findOpen(body: string, from: number): number {
  for (let index = body.indexOf('{{', from); index !== -1; index = body.indexOf('{{', index + 2)) {
    const next = body[index + 2];
    if (next === '<' || next === '%') return index;
  }
  return -1;
}

const ARG = /\s*(?:([\w-]+)\s*=\s*)?("(?:[^"\\]|\\.)*"|`[^`]*`|'[^']*'|[^\s"'`]+)/y;

function parseTag(inner: string, delim: '<' | '%', line: number): ShortcodeTag | null {
  let text = inner.trim();
  const selfClosing = text.endsWith('/');
  if (selfClosing) text = text.slice(0, -1).trim();
  const head = /^(\/)?\s*([\w./-]+)/.exec(text);
  if (!head) return null;
  const tag: ShortcodeTag = {
    name: head[2]!.toLowerCase(),
    closing: head[1] === '/',
    selfClosing,
    named: {},
    positional: [],
    delim,
    line,
  };
  const rest = text.slice(head[0].length);
  ARG.lastIndex = 0;
  for (let match = ARG.exec(rest); match; match = ARG.exec(rest)) {
    const raw = match[2]!;
    const value = /^["'`]/.test(raw) ? raw.slice(1, -1).replace(/\\(["\\])/g, '$1') : raw;
    if (match[1]) tag.named[match[1].toLowerCase()] = value;
    else tag.positional.push(value);
    if (ARG.lastIndex >= rest.length) break;
  }
  return tag;
}

/** Matches opening and closing tags; returns the tags (both ends) that found their partner. */
function pair(tokens: Token[], report: (line: number, message: string) => void): Set<ShortcodeTag> {
  const paired = new Set<ShortcodeTag>();
  const stack: ShortcodeTag[] = [];
  const unclosed = (open: ShortcodeTag) => {
    const title = titleOf(open);
    const what = title ? `the ${open.name} "${title}"` : `the ${open.name}`;
    report(open.line, `${what} is opened but never closed with ${show(open, true)}`);
  };
  for (const token of tokens) {
    if (token.type !== 'tag' || token.tag.selfClosing) continue;
    const tag = token.tag;
    if (!tag.closing) {
      stack.push(tag);
      continue;
    }
    const index = stack.map((open) => open.name).lastIndexOf(tag.name);
    if (index === -1) {
      report(tag.line, `${show(tag, true)} closes a ${tag.name} that was never opened`);
      continue;
    }
    const [opener, ...inside] = stack.splice(index);
    paired.add(opener!).add(tag);
    // Openers between the pair without a partner were self-closing, which only some shortcodes may be.
    for (const open of inside) if (MUST_CLOSE(open.name)) unclosed(open);
  }
  for (const open of stack) if (MUST_CLOSE(open.name)) unclosed(open);
  return paired;
}

function show(tag: ShortcodeTag, closing: boolean): string {
  const [left, right] = tag.delim === '%' ? ['{{%', '%}}'] : ['{{<', '>}}'];
  return `${left} ${closing ? '/' : ''}${tag.name} ${right}`;
}

function toEvents(tokens: Token[], paired: Set<ShortcodeTag>): BodyEvent[] {
  const events: BodyEvent[] = [];
  let buffer = '';
  let bufferLine = 0;
  const flushText = () => {
    if (buffer.trim() !== '') events.push({ type: 'line', text: buffer, line: bufferLine });
    buffer = '';
  };
  for (const token of tokens) {
    if (token.type === 'text') {
      token.text.split('\n').forEach((part, index) => {
        if (index > 0) {
          // A line left blank (or holding only a vanished shortcode) ends a paragraph.
          events.push({ type: 'line', text: buffer.trim() === '' ? '' : buffer, line: bufferLine });
          buffer = '';
        }
        if (buffer === '') bufferLine = token.line + index;
        buffer += part;
      });
      continue;
    }
    const tag = token.tag;
    const container = containerOrigin(tag.name);
    if (container && paired.has(tag)) {
      flushText();
      events.push(
        tag.closing
          ? { type: 'close', line: tag.line }
          : { type: 'open', origin: container, title: titleOf(tag), kind: noteKind(tag), line: tag.line },
      );
    } else if (CARD.test(tag.name) && !tag.closing) {
      const card = cardEvent(tag);
      if (card) {
        flushText();
        events.push(card);
      }
    }
    // Every other tag (ingress, accordion-script, unknown ones) vanishes; its inner text stays.
  }
  flushText();
  return events;
}

function containerOrigin(name: string): 'accordion' | 'note' | null {
  if (ACCORDION.test(name)) return 'accordion';
  if (NOTE.test(name)) return 'note';
  return null;
}

/** The title a box carries in its arguments, or null when it only has a type like "info". */
function titleOf(tag: ShortcodeTag): string | null {
  const named = ['title', 'header', 'heading', 'question', 'summary', 'label', 'name']
    .map((key) => tag.named[key])
    .find((value) => value !== undefined && value.trim() !== '');
  if (named) return cleanInline(named).text;
  const positional = tag.positional.find((value) => value.trim() !== '' && !NOTE_TYPES.test(value.trim()));
  return positional ? cleanInline(positional).text : null;
}

/** "info", "warning"...: what an untitled note box is called when nothing better is at hand. */
function noteKind(tag: ShortcodeTag): string {
  const type = tag.named['type'] ?? tag.positional.find((value) => NOTE_TYPES.test(value.trim()));
  // A copy: an untitled note is named after its kind, and a slice of the file would keep the file alive.
  return fresh((type ?? tag.name).trim().toLowerCase());
}

const URLISH = /^(https?:\/\/|mailto:|\/|#|\.\.?\/)/i;

function cardEvent(tag: ShortcodeTag): BodyEvent | null {
  const pick = (keys: string[]) => keys.map((key) => tag.named[key]?.trim()).find((value) => value);
  const link = pick(['link', 'url', 'href', 'target']) ?? tag.positional.find((value) => URLISH.test(value.trim()));
  const texts = tag.positional.filter((value) => !URLISH.test(value.trim()) && value.trim() !== '');
  const title = pick(['cardtitle', 'title', 'heading', 'header', 'name']);
  const body = pick(['text', 'description', 'content', 'body', 'subtitle']);
  const button = BUTTON.test(tag.name);
  const linkText = pick(['linktext', 'buttontext', 'button', 'label', 'cta']);
  const parts = button ? [linkText ?? title ?? body ?? texts[0]] : [title, body ?? texts.join(' ')];
  const words = joinTitle(parts.filter((part): part is string => Boolean(part)).map((part) => cleanInline(part).text));
  const links: FoundLink[] = [];
  if (link && !link.startsWith('#')) links.push({ text: cleanInline(linkText || words || link).text, url: link, source: button ? 'button' : 'card' });
  const found = cleanInline(words);
  links.push(...found.links);
  if (!found.text && links.length === 0) return null;
  return { type: 'card', text: found.text, links, button, line: tag.line };
}

/** "Got questions?" + "Marietta is..." reads as one sentence pair; a bare title gets a colon. */
function joinTitle(parts: string[]): string {
  if (parts.length < 2) return parts[0] ?? '';
  const [title, ...rest] = parts;
  const glue = /[.!?:]$/.test(title!) ? ' ' : ': ';
  return `${title}${glue}${rest.join(' ')}`;
}
