/** URL fragments for sections: readable, ASCII, unique within one posting. */
import { fresh } from './detach.js';

// Nordic letters that NFD does not split into a base letter plus a mark.
const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ß: 'ss', þ: 'th', ð: 'd', œ: 'oe', ł: 'l' };

/** Slugs of headings seen before: boards repeat their headings endlessly. Emptied when full. */
const slugs = new Map<string, string>();
const SLUGS = 20_000;

/** "Hvordan er lønnen?" -> "hvordan-er-lonnen". */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size >= SLUGS) slugs.clear();
    // Copies: a heading may be a slice of its file, which the memo must not keep alive.
    slug = fresh(makeSlug(text));
    slugs.set(fresh(text), slug);
  }
  return slug;
}

function makeSlug(text: string): string {
  // Most headings are plain ASCII: nothing to fold or decompose.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return text
    .toLowerCase()
    .replace(/[æøåäößþðœł]/g, (letter) => FOLD[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out anchors for one posting: the first "faq" stays "faq", the next
 * ones become "faq-1", "faq-2". The lead-in (no heading) gets ''.
 */
export function createAnchors(): (title: string, preferred?: string) => string {
  const used = new Set<string>();
  // Next suffix to try per base, so a hundred "FAQ" headings cost a hundred steps, not 5,000.
  const next = new Map<string, number>();
  return (title, preferred) => {
    if (title === '' && !preferred) return '';
    // An explicit {#id} is what the site renders, so it is kept as written.
    const explicit = preferred && /^[A-Za-z0-9_-]+$/.test(preferred) ? preferred : '';
    const base = explicit || slugify(preferred || title) || 'section';
    let anchor = base;
    let n = next.get(base) ?? 1;
    for (; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    next.set(base, n);
    used.add(anchor);
    return anchor;
  };
}
