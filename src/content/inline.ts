/** Markdown and HTML inside a paragraph, to the plain text Candor quotes; links kept aside. */
import type { Link } from './types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** HTML out of a block: tags go, their text stays; images, scripts, styles and comments go whole. */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_all, href: string, inner: string) => `[${inner}](${href})`)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '');
}

export function cleanInline(raw: string, links: Link[]): string {
  // Most passages are plain text: no markup to take out.
  if (!/[<>[\]*_`\\&!]/.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  let text = stripHtml(raw);
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  text = text.replace(/\[\^[^\]]+\]/g, '');
  text = text.replace(/\[([^\]]*)\]\(\s*<?((?:mailto:[^)>]+)|[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_all, label: string, url: string) => linkText(label, url.trim(), links));
  text = text.replace(/<((?:https?:\/\/|mailto:|tel:)[^>\s]+)>/gi, (_all, url: string) => linkText('', url, links));
  text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  text = text.replace(/(^|[\s(])([*_])(?=\S)([^*_]*?\S)\2(?=[\s).,:;!?]|$)/g, '$1$3');
  text = text.replace(/\*\*|__/g, '');
  text = text.replace(/`([^`]*)`/g, '$1');
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function linkText(label: string, url: string, links: Link[]): string {
  const plain = label.replace(/[*_`]/g, '').trim();
  links.push({ text: plain, url });
  const target = url.replace(/^mailto:/i, '').replace(/^tel:/i, '').replace(/\?.*$/, '');
  if (/^(mailto|tel):/i.test(url)) return plain && !plain.includes(target) ? `${plain} (${target})` : target;
  return plain || url;
}
