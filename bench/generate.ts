/**
 * Synthetic corpora for the bench: N Hugo posting files made from the bundled
 * postings and the test fixtures. Each posting gets its own title, team,
 * company, people, numbers and section order, and borrows sections from other
 * postings in its language, so a large corpus looks like many companies'
 * postings rather than copies. Deterministic for a given seed.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { detectLanguage } from '../src/language/detect.js';

/** The languages the seed postings are written in. */
type Language = 'en' | 'nb' | 'sv';
import { int, pick, rng, shuffled, type Rng } from './rng.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_DIRS = [path.join(ROOT, 'content', 'career'), path.join(ROOT, 'tests', 'fixtures', 'postings')];
const COMPANY_PAGE = path.join(ROOT, 'content', 'career', '_index.md');

interface Block {
  level: number;
  lines: string[];
}

interface Template {
  name: string;
  language: Language;
  /** The language as the seed's front matter states it; null for one half of a bilingual seed. */
  stated: string | null;
  intro: string;
  head: string[];
  middle: Block[];
  last: Block;
}

const HEADING = /^(#{1,4})\s+\S/;

/** Seed files, each split at a horizontal rule (a bilingual posting gives two templates) and at its headings. */
export function loadTemplates(): Template[] {
  const templates: Template[] = [];
  for (const dir of SEED_DIRS) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md') || name.startsWith('_')) continue;
      const parsed = matter(readFileSync(path.join(dir, name), 'utf8'));
      const data = Object.fromEntries(Object.entries(parsed.data).map(([key, value]) => [key.toLowerCase(), value]));
      const halves = parsed.content.split(/^---\s*$/m).filter((half) => (half.match(/^#{1,4}\s/gm) ?? []).length >= 3);
      halves.forEach((half, index) => {
        const template = splitBlocks(half);
        if (!template) return;
        const stated = halves.length === 1 && typeof data.language === 'string' ? data.language.toLowerCase() : null;
        const language = stated === 'nb' || stated === 'sv' || stated === 'en' ? stated : (detectLanguage(half, 'en') === 'sv' ? 'sv' : detectLanguage(half, 'en') === 'en' ? 'en' : 'nb');
        templates.push({ name: `${name}#${index}`, language, stated, intro: String(data.intro ?? ''), ...template });
      });
    }
  }
  return templates;
}

function splitBlocks(text: string): Pick<Template, 'head' | 'middle' | 'last'> | null {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const head: string[] = [];
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) blocks.push({ level: heading[1]!.length, lines: [line] });
    else (blocks.at(-1)?.lines ?? head).push(line);
  }
  // A top heading with subsections under it ("## We are hiring" then "###") stays on top.
  if (blocks.length >= 2 && blocks[0]!.level < blocks[1]!.level) head.push(...blocks.shift()!.lines);
  const last = blocks.pop();
  return last && blocks.length >= 2 ? { head, middle: blocks, last } : null;
}

// ---------------------------------------------------------------- variation

const TECH = ['Kubernetes', 'OpenStack', 'Ceph', 'Cloud', 'Platform', 'Network', 'Backend', 'Frontend', 'Data', 'Security', 'Storage', 'DevOps', 'Linux', 'Database', 'Observability', 'Go', 'Python', 'Site Reliability', 'Identity', 'Billing', 'Edge', 'Compute', 'Backup', 'API'];
const TITLES: Record<Language, (next: Rng) => string> = {
  en: (next) => {
    const tech = pick(next, TECH);
    const role = pick(next, ['Engineer', 'Developer', 'Team Lead', 'Architect', 'Specialist', 'Administrator', 'Consultant', 'Operations Engineer', 'Product Owner']);
    const level = pick(next, ['', '', '', 'Senior ', 'Junior ', 'Lead ', 'Staff ', 'Principal ']);
    return next() < 0.2 ? `${role} for our ${tech} team` : `${level}${tech} ${role}`;
  },
  nb: (next) => {
    const role = pick(next, ['Infrastrukturingeniør', 'Driftsingeniør', 'Plattformutvikler', 'Nettverksingeniør', 'Systemutvikler', 'Skyarkitekt', 'Lagringsspesialist', 'Sikkerhetsingeniør', 'Teamleder', 'Frontendutvikler', 'Backendutvikler']);
    return next() < 0.5 ? `${role} – ${pick(next, TECH)}` : `${pick(next, ['', 'Senior ', 'Erfaren '])}${role}`;
  },
  sv: (next) => {
    const role = pick(next, ['Nätverksingenjör', 'Drifttekniker', 'Systemutvecklare', 'Plattformsingenjör', 'Molnarkitekt', 'Teamledare', 'Säkerhetsspecialist', 'Lagringsingenjör', 'Backendutvecklare', 'Driftansvarig']);
    return next() < 0.5 ? `${role} – ${pick(next, TECH)}` : `${pick(next, ['', 'Senior ', 'Erfaren '])}${role}`;
  },
};
const TEAMS: Record<Language, string[]> = {
  en: ['Infrastructure', 'Delivery and Operations', 'Container platform', 'Network', 'Storage', 'Customer Platform', 'Data', 'Security', 'Billing', 'Developer Experience', 'Compute', 'Backup'],
  nb: ['Infrastruktur', 'Drift', 'Plattform', 'Nettverk', 'Lagring', 'Kundeplattform', 'Sikkerhet', 'Utvikling'],
  sv: ['Infrastruktur', 'Drift', 'Plattform', 'Nätverk', 'Lagring', 'Kundplattform', 'Säkerhet', 'Utveckling'],
};
const PLACES = ['Oslo', 'Stockholm', 'Bergen', 'Göteborg', 'Malmö', 'Trondheim', 'Uppsala', 'Umeå', 'Tromsø', 'Stavanger', 'Linköping', 'Helsinki', 'Copenhagen', 'Aarhus'];
const COMPANY_A = ['Nord', 'Fjell', 'Skog', 'Hav', 'Ljus', 'Stål', 'Berg', 'Vind', 'Is', 'Elv', 'Sol', 'Myr', 'Strand', 'Norr', 'Väst', 'Öst'];
const COMPANY_B = ['sky', 'nett', 'byte', 'works', 'cloud', 'labs', 'drift', 'tek', 'systems', 'data', 'stack', 'ops'];
const FIRST = ['Ingrid', 'Lars', 'Kari', 'Erik', 'Astrid', 'Johan', 'Sigrid', 'Magnus', 'Elin', 'Nils', 'Maja', 'Ola', 'Freja', 'Henrik', 'Linnea', 'Per', 'Emma', 'Jonas', 'Hedda', 'Mats', 'Tuva', 'Anton', 'Ebba', 'Sander'];
const LAST = ['Hansen', 'Johansson', 'Nilsen', 'Karlsson', 'Berg', 'Lund', 'Dahl', 'Eriksson', 'Haugen', 'Strand', 'Lindgren', 'Solberg', 'Holm', 'Bakke', 'Sandberg', 'Moe', 'Nyström', 'Aas', 'Vik', 'Ek'];
/** The people the seeds name: full name, e-mail local part, first name (also alone). */
const SEED_PEOPLE: Array<[RegExp, RegExp, RegExp]> = [
  [/Anders Bruvik/g, /anders\.bruvik/g, /\bAnders\b/g],
  [/Jarle Bj\S*rgengen/g, /jarle\.\S*rgengen/g, /\bJarle\b/g],
  [/Sofia Lindqvist/g, /sofia\.lindqvist/g, /\bSofia\b/g],
  [/Karin Holm/g, /karin\.holm/g, /\bKarin\b/g],
  [/Thomas Berg/g, /thomas\.berg/g, /\bThomas\b/g],
  [/Marietta/g, /marietta/g, /\bMarietta\b/g],
];
/** Leave URLs, e-mail addresses, shortcodes and HTML alone; vary other numbers. */
const TOKEN = /https?:\/\/\S+|\S+@\S+|\{\{[^}]*\}\}|<[^>]*>|(?<![\p{L}\d])\d+(?![\p{L}\d])/gu;

const fold = (text: string) =>
  text.toLowerCase().replace(/[æä]/g, 'ae').replace(/[øö]/g, 'o').replace(/å/g, 'a').normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
const slug = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function varyNumbers(next: Rng, text: string): string {
  // One scale per posting keeps ranges in order ("55 000 – 68 000 SEK" stays a range).
  const scale = 0.7 + next() * 0.7;
  return text.replace(TOKEN, (token) => {
    if (!/^\d+$/.test(token) || /^0+$/.test(token)) return token;
    if (/^(19|20)\d\d$/.test(token)) return String(int(next, 2012, 2025));
    if (token.length === 1) return String(int(next, 1, 9));
    return String(Math.min(10 ** token.length - 1, Math.max(10 ** (token.length - 1), Math.round(Number(token) * scale))));
  });
}

function personalize(next: Rng, text: string, company: string): string {
  let out = text.replace(/safespring/g, slug(company)).replace(/Safespring/g, company).replace(/SAFESPRING/g, company.toUpperCase());
  if (next() < 0.75) {
    // Most postings name their own people; the rest keep the directory's recruiters (Marietta, Anders Bruvik).
    for (const [full, local, first] of SEED_PEOPLE) {
      const name = pick(next, FIRST);
      const last = pick(next, LAST);
      out = out.replace(full, `${name} ${last}`).replace(local, `${fold(name)}.${fold(last)}`).replace(first, name);
    }
  }
  return varyNumbers(next, out);
}

function headingAt(level: number, block: Block): Block {
  const [first = '', ...rest] = block.lines;
  return { level, lines: [first.replace(/^#{1,4}/, '#'.repeat(level)), ...rest] };
}

function posting(next: Rng, index: number, template: Template, pool: Map<Language, Array<{ from: string; block: Block }>>): { id: string; text: string } {
  const language = template.language;
  const company = `${pick(next, COMPANY_A)}${pick(next, COMPANY_B)}`;
  const title = TITLES[language](next);
  const level = template.middle[0]?.level ?? 2;
  const middle = template.middle.filter(() => next() > 0.1);
  const borrowable = (pool.get(language) ?? []).filter((entry) => entry.from !== template.name);
  const target = int(next, 7, 10);
  while (middle.length < target && borrowable.length > 0) middle.push(headingAt(level, pick(next, borrowable).block));
  const body = [...template.head, ...shuffled(next, middle).flatMap((block) => block.lines), ...template.last.lines].join('\n');
  const id = `${slug(title)}-${String(index).padStart(5, '0')}`;
  const place = pick(next, PLACES);
  const front: Record<string, string | boolean> = {
    [next() < 0.5 ? 'title' : 'Title']: title,
    intro: personalize(next, template.intro, company),
    Team: pick(next, TEAMS[language]),
    Location: next() < 0.3 ? 'Remote (Sweden or Norway)' : `${place}${next() < 0.5 ? ' or remote' : ''}`,
    Duration: 'Full time',
    draft: next() < 0.04,
    date: `${int(next, 2019, 2025)}-${String(int(next, 1, 12)).padStart(2, '0')}-${String(int(next, 1, 28)).padStart(2, '0')}`,
    sidebarlinkurl: next() < 0.5 ? `https://jobs.${slug(company)}.com/${id}` : `mailto:jobs@${slug(company)}.com?subject=${encodeURIComponent(title)}`,
    ...(template.stated ? { language: template.stated } : {}),
  };
  const yaml = Object.entries(front).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return { id, text: `---\n${yaml.join('\n')}\n---\n${personalize(next, body, company)}\n` };
}

/** Common words, none a topic word: three of them make a tag no other line has, without growing the vocabulary. */
const TAG_WORDS = (
  'north south east west river stone cloud maple cedar birch aspen willow harbor meadow summit valley coral amber ivory silver copper ' +
  'bronze golden crimson azure violet indigo scarlet olive teal lime mint pearl ruby jade onyx quartz topaz opal garnet beryl agate falcon ' +
  'raven heron swan otter badger lynx wolf bear moose elk hare fox owl crane robin finch lark wren kite hawk eagle'
).split(' ');

/**
 * Every paragraph and list item made unlike any other by a three-word tag:
 * generated postings share most of their text, as a board's boilerplate
 * does, and this shows what reading text that is all different costs.
 */
function tagEveryLine(text: string, counter: { next: number }): string {
  const close = text.indexOf('\n---\n', 4);
  const body = text.slice(close + 5).split('\n').map((line) => {
    const trimmed = line.trim();
    if (trimmed.length <= 20 || /^(#|\{\{|<|\||```)/.test(trimmed)) return line;
    const n = counter.next++;
    const size = TAG_WORDS.length;
    return `${line.trimEnd()} (${TAG_WORDS[n % size]} ${TAG_WORDS[Math.floor(n / size) % size]} ${TAG_WORDS[Math.floor(n / size / size) % size]})`;
  });
  return `${text.slice(0, close + 5)}${body.join('\n')}`;
}

/** Writes `count` posting files and the company page into `dir`; returns the bytes written. */
export function generateCorpus(options: { dir: string; count: number; seed?: number; templates?: Template[]; uniqueText?: boolean }): {
  files: number;
  bytes: number;
} {
  const counter = { next: 0 };
  const templates = options.templates ?? loadTemplates();
  const next = rng(options.seed ?? 20240601);
  const pool = new Map<Language, Array<{ from: string; block: Block }>>();
  for (const template of templates) {
    const list = pool.get(template.language) ?? [];
    list.push(...template.middle.map((block) => ({ from: template.name, block })));
    pool.set(template.language, list);
  }
  // Mostly English, as in a Nordic tech community; Norwegian and Swedish for the rest.
  const byLanguage = (language: Language) => templates.filter((template) => template.language === language);
  const weighted: Array<[number, Template[]]> = [
    [0.65, byLanguage('en')],
    [0.2, byLanguage('nb')],
    [0.15, byLanguage('sv')],
  ];
  mkdirSync(options.dir, { recursive: true });
  copyFileSync(COMPANY_PAGE, path.join(options.dir, '_index.md'));
  let bytes = 0;
  for (let i = 0; i < options.count; i++) {
    let roll = next();
    const group = weighted.find(([weight, list]) => list.length > 0 && (roll -= weight) < 0)?.[1] ?? templates;
    const made = posting(next, i, pick(next, group), pool);
    const text = options.uniqueText ? tagEveryLine(made.text, counter) : made.text;
    writeFileSync(path.join(options.dir, `${made.id}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: options.count, bytes };
}
