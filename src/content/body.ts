/**
 * A posting body from source text to sections: shortcodes, then Markdown
 * blocks, then sections; then languages and anchors once the posting's own
 * language is known. Also finds the apply link among what the body offers.
 */
import { createAnchors } from './anchor.js';
import { detectLanguage, leadingText } from './language.js';
import { stripComments, type FoundLink } from './inline.js';
import { markdownBlocks } from './markdown.js';
import { buildSections, type Built, type PassageDraft, type SectionDraft } from './sections.js';
import { shortcodeEvents } from './shortcodes.js';
import type { ContentProblem, Language, Link, Section } from './types.js';

export interface ParsedBody extends Built {
  problems: ContentProblem[];
}

export function parseBody(file: string, body: string, firstLine: number): ParsedBody {
  // Comments may span lines; blanking them keeps every later line number true.
  const visible = stripComments(body);
  const { events, problems } = shortcodeEvents(file, visible, firstLine);
  return { ...buildSections(markdownBlocks(events)), problems };
}

/** What finalizeSections reads of a section draft: the parser's (sections.ts), or one rebuilt from the parse worker's tape. */
export interface FinishableSection extends Pick<SectionDraft, 'headingPath' | 'title' | 'origin' | 'line' | 'explicitId'> {
  passages: readonly (Pick<PassageDraft, 'text' | 'kind'> & Partial<Pick<PassageDraft, 'serial'>>)[];
}

/** Final sections: each with the language sectionLanguages gives it, an anchor unique in the posting, and passage ids. */
export function finalizeSections(parsed: { sections: readonly FinishableSection[] }, language: Language): Section[] {
  const anchor = createAnchors();
  const languages = sectionLanguages(parsed.sections, language);
  return parsed.sections.map((draft, index) => {
    const sectionLanguage = languages[index]!;
    return {
      headingPath: draft.headingPath,
      title: draft.title,
      origin: draft.origin,
      anchor: draft.origin === 'lead' ? '' : anchor(draft.title || draft.origin, draft.explicitId ?? undefined),
      language: sectionLanguage,
      topics: NO_TOPICS,
      passages: draft.passages.map((passage, position) => ({
        id: passageId(index, position),
        text: passage.text,
        kind: passage.kind,
        language: sectionLanguage,
        topics: NO_TOPICS,
      })),
      line: draft.line,
    };
  });
}

/**
 * Each section's language comes from its own words; a section too short to
 * tell keeps the language of the one before it (the posting's `language`
 * for the first), so a bilingual posting's halves stay whole.
 */
function sectionLanguages(sections: readonly { title: string; passages: readonly { text: string }[] }[], language: Language): Language[] {
  let previous = language;
  return sections.map((section) => (previous = detectLanguage(leadingText([section.title], section.passages), previous)));
}

/** Until the index reads them: one empty list for all. */
export const NO_TOPICS: readonly string[] = Object.freeze([]);

/** "section.passage" ids of the usual sizes, made once: every posting has a "0.0". */
const ids: string[][] = [];
const CACHED_IDS = 128;
export function passageId(section: number, position: number): string {
  if (section >= CACHED_IDS || position >= CACHED_IDS) return `${section}.${position}`;
  const row = (ids[section] ??= []);
  return (row[position] ??= `${section}.${position}`);
}

/** Links a candidate can follow, in document order, each address once. */
export function publicLinks(parsed: Built): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  const all = [...parsed.sections.flatMap((section) => section.links), ...parsed.passages.flatMap((p) => p.links)];
  for (const link of all) {
    const key = /^mailto:/i.test(link.url) ? link.url.toLowerCase() : link.url;
    if (link.source === 'fragment' || seen.has(key)) continue;
    seen.add(key);
    links.push({ text: link.text, url: link.url });
  }
  return links;
}

const APPLY_WORDS = /\b(apply|applying|application|applications|resume|cv|cover letter)\b|\bsøk|\bsök|\bansök/i;
const APPLY_TITLE = /apply|application|søk|sök|ansök|interested|interessert|intresserad/i;
const APPLY_ID = /apply|application|sok|søk|ansok|ansök/i;
const SOCIAL = /linkedin\.com|twitter\.com|\/\/x\.com|facebook\.com|instagram\.com|github\.com|youtube\.com/i;

const usable = (link: FoundLink) => /^(https?:|mailto:)/i.test(link.url) && !SOCIAL.test(link.url);

/**
 * The apply link: sidebarlinkurl when it is a link; else an apply button;
 * else what follows an #apply target or sits in a "How to apply" section
 * (preferring a link in a sentence about applying); else any link in such a sentence.
 */
export function findApplyLink(sidebarLinkUrl: string, parsed: Built): string | null {
  if (/^(https?:\/\/|mailto:)\S+$/i.test(sidebarLinkUrl.trim())) return sidebarLinkUrl.trim();
  const passages = parsed.passages;
  const button = passages
    .flatMap((passage) => passage.links)
    .find((link) => usable(link) && (link.source === 'button' || (link.source === 'card' && APPLY_WORDS.test(link.text))));
  if (button) return button.url;

  const pick = (candidates: PassageDraft[]): string | null => {
    const about = candidates.find((passage) => APPLY_WORDS.test(passage.text) && passage.links.some(usable));
    return (about ?? candidates.find((passage) => passage.links.some(usable)))?.links.find(usable)?.url ?? null;
  };
  const fragments = passages.flatMap((passage) => passage.links).filter((link) => link.source === 'fragment');
  const target = parsed.anchors.find(
    (anchor) => APPLY_ID.test(anchor.id) || fragments.some((link) => link.url === `#${anchor.id}` && APPLY_WORDS.test(link.text)),
  );
  const afterTarget = target ? pick(passages.filter((passage) => passage.order >= target.order)) : null;
  if (afterTarget) return afterTarget;

  const inApplySection = pick(parsed.sections.filter((section) => APPLY_TITLE.test(section.title)).flatMap((section) => section.passages));
  if (inApplySection) return inApplySection;

  const anywhere = passages.find((passage) => APPLY_WORDS.test(passage.text) && passage.links.some(usable));
  return anywhere?.links.find(usable)?.url ?? null;
}
