/**
 * Blocks to sections. Headings of any level, accordions and note boxes open
 * sections; a short bold line or a lone question followed by text is taken as
 * the heading its author meant. Accordions and notes nest under the heading
 * they sit in, and text after one goes back to that heading's section.
 */
import { NO_SERIAL, type FoundLink } from './inline.js';
import type { Block } from './markdown.js';
import type { Section } from './types.js';

export interface PassageDraft {
  text: string;
  /** The text's cleaning (Inline.serial), or NO_SERIAL when it was not cleaned as one text. */
  serial: number;
  kind: 'paragraph' | 'list';
  links: readonly FoundLink[];
  line: number;
  /** Position in the document, across sections (text after an accordion returns to an earlier section). */
  order: number;
  /** From a card or button shortcode. */
  card: boolean;
}

export interface SectionDraft {
  headingPath: string[];
  title: string;
  origin: Section['origin'];
  line: number;
  passages: PassageDraft[];
  /** Links in the heading itself. */
  links: readonly FoundLink[];
  /** An explicit {#id} on the heading. */
  explicitId: string | null;
  /** Set while a note or accordion has no title yet: its type ("info"). */
  untitled: string | null;
}

export interface Built {
  sections: SectionDraft[];
  /** Every passage in document order (text after an accordion goes back to an earlier section, so not always the sections' order). */
  passages: PassageDraft[];
  /** In-page targets (<div id="apply">) and the passage order they come before. */
  anchors: { id: string; order: number }[];
}

interface Frame {
  /** Heading path the frame's own headings hang under. */
  base: string[];
  headings: { level: number; title: string; pseudo: boolean }[];
  current: SectionDraft | null;
  container: SectionDraft | null;
}

const MAX_PSEUDO_HEADING = 80;
const MAX_UNTITLED_TITLE = 60;

export function buildSections(input: Block[]): Built {
  const blocks = promotePseudoHeadings(input);
  const sections: SectionDraft[] = [];
  const passages: PassageDraft[] = [];
  const anchors: Built['anchors'] = [];
  const frames: Frame[] = [{ base: [], headings: [], current: null, container: null }];
  let order = 0;
  const frame = () => frames.at(-1)!;
  const open = (draft: Pick<SectionDraft, 'headingPath' | 'title' | 'origin' | 'line'> & Partial<SectionDraft>) => {
    const section: SectionDraft = { passages: [], links: [], explicitId: null, untitled: null, ...draft };
    sections.push(section);
    return section;
  };

  const addPassage = (text: string, serial: number, kind: PassageDraft['kind'], links: readonly FoundLink[], line: number, card = false) => {
    const f = frame();
    f.current ??= open({ headingPath: [], title: '', origin: 'lead', line });
    const section = f.current;
    if (section.untitled !== null && section.passages.length === 0 && f.headings.length === 0) name(f, untitledName(text, section.untitled));
    const passage = { text, serial, kind, links, line, order: order++, card };
    section.passages.push(passage);
    passages.push(passage);
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const f = frame();
        const pseudo = 'pseudo' in block;
        // An untitled note that starts with a heading is titled by it.
        if (f.container?.untitled != null && f.container.passages.length === 0 && f.headings.length === 0) {
          name(f, block.text);
          f.container.links = [...f.container.links, ...block.links];
          break;
        }
        const level = pseudo ? pseudoLevel(f, block.text) : block.level;
        while (f.headings.length > 0 && f.headings.at(-1)!.level >= level) f.headings.pop();
        f.headings.push({ level, title: block.text, pseudo });
        f.current = open({
          headingPath: [...f.base, ...f.headings.map((h) => h.title)],
          title: block.text,
          origin: 'heading',
          line: block.line,
          links: block.links,
          explicitId: block.id,
        });
        break;
      }
      case 'open': {
        const f = frame();
        const parent = f.current?.headingPath ?? f.base;
        const section = open({
          headingPath: [...parent, block.title ?? ''],
          title: block.title ?? '',
          origin: block.origin,
          line: block.line,
          untitled: block.title === null ? block.kind : null,
        });
        frames.push({ base: section.headingPath, headings: [], current: section, container: section });
        break;
      }
      case 'close': {
        const closed = frames.length > 1 ? frames.pop()! : null;
        if (closed?.container?.untitled != null) name(closed, capitalize(closed.container.untitled));
        break;
      }
      case 'para':
        addPassage(block.text, block.serial, 'paragraph', block.links, block.line);
        break;
      case 'item':
        addPassage(block.text, block.serial, 'list', block.links, block.line);
        break;
      case 'card':
        addPassage(block.text || block.links[0]?.text || '', NO_SERIAL, 'paragraph', block.links, block.line, true);
        break;
      case 'anchor':
        anchors.push({ id: block.id, order });
        break;
    }
  }
  for (const f of frames.slice(1)) if (f.container?.untitled != null) name(f, capitalize(f.container.untitled));
  return { sections, passages, anchors };
}

/** Gives an untitled note or accordion its title, before anything nests under it. */
function name(frame: Frame, title: string): void {
  const section = frame.container!;
  section.title = title;
  section.headingPath = [...section.headingPath.slice(0, -1), title];
  section.untitled = null;
  frame.base = section.headingPath;
}

type PseudoHeading = Extract<Block, { type: 'heading' }> & { pseudo: true };

/**
 * "What do we expect from you?" on a line of its own, or "**Requirements**",
 * followed by more text, is a heading written without the # marks.
 */
function promotePseudoHeadings(blocks: Block[]): (Block | PseudoHeading)[] {
  return blocks.map((block, index) => {
    if (block.type !== 'para' || !block.single || block.text.length >= MAX_PSEUDO_HEADING) return block;
    if (!block.bold && !block.text.endsWith('?')) return block;
    const next = blocks.slice(index + 1).find((candidate) => candidate.type !== 'anchor');
    if (!next || (next.type !== 'para' && next.type !== 'item' && next.type !== 'card' && next.type !== 'open')) return block;
    const text = block.bold ? block.text.replace(/:$/, '') : block.text;
    return { type: 'heading', level: 0, text, id: null, links: block.links, line: block.line, pseudo: true };
  });
}

/**
 * A pseudo-heading sits one level under the last real heading, except that a
 * question after a question heading is its sibling (a run of FAQ-style
 * questions), and consecutive pseudo-headings are siblings.
 */
function pseudoLevel(frame: Frame, title: string): number {
  const top = frame.headings.at(-1);
  // Below every real level, so the next real heading ends it instead of nesting under it.
  if (!top) return 7;
  if (top.pseudo) return top.level;
  return title.endsWith('?') && top.title.endsWith('?') ? top.level : top.level + 1;
}

/** "Salary range: 55 000 SEK" -> "Salary range"; a short first line as it is; else the box type ("Info"). */
function untitledName(firstText: string, kind: string): string {
  const label = /^([^:.!?]{2,40}):\s/.exec(firstText)?.[1];
  if (label) return label;
  return firstText.length <= MAX_UNTITLED_TITLE ? firstText.replace(/:$/, '') : capitalize(kind);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
