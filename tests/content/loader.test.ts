/**
 * A company's career folder as its Hugo site publishes it, read with no
 * company knowledge: every front-matter format, page bundles, staff-only
 * postings, front-matter facts, contacts, heading links and shortcodes.
 * The postings are the fixture site under tests/fixtures/site.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/load.js';
import type { Posting } from '../../src/content/types.js';
import { loadContentSync } from '../../src/engine/load.js';

const SITE = 'tests/fixtures/site/content/jobs';
const NOW = new Date('2026-12-04T12:00:00Z');
const corpus = loadCorpus({ contentDir: SITE, now: NOW });
const posting = (id: string): Posting => {
  const found = corpus.postings.find((entry) => entry.id === id);
  if (!found) throw new Error(`no posting ${id}; loaded: ${corpus.postings.map((entry) => entry.id).join(', ')}`);
  return found;
};
const texts = (item: Posting) => item.sections.flatMap((section) => section.passages.map((passage) => passage.text));

describe('a Hugo career folder, no company knowledge', () => {
  it('loads every posting with no error', () => {
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.postings).toHaveLength(14);
  });

  it('reads YAML, TOML and JSON front matter, keys in any case', () => {
    expect(posting('platform-engineer').title).toBe('Platform Engineer');
    expect(posting('senior-platform-engineer').title).toBe('Senior Platform Engineer');
    expect(posting('data-engineer').title).toBe('Data Engineer');
  });

  it('takes a title from the first heading, else from the file name, when there is no front matter', () => {
    expect(posting('frontend-developer').title).toBe('Frontend Developer');
    expect(posting('supporttekniker-stockholm').title).toBe('Supporttekniker stockholm');
  });

  it('names a page bundle by its folder and finds postings in nested folders; _index.md is the company page', () => {
    expect(posting('mobilutvikler').title).toMatch(/^Mobilutvikler/);
    expect(posting('backend-utvikler').url).toBe('https://jobs.fjordlys.example/oslo/backend-utvikler/');
    expect(corpus.postings.some((entry) => entry.id === '_index')).toBe(false);
    expect(corpus.company).toHaveLength(1);
  });

  it('links a posting by its slug on the base URL of the Hugo site the folder sits in', () => {
    expect(posting('senior-platform-engineer').url).toBe('https://jobs.fjordlys.example/senior-platform-engineer-bergen/');
  });

  it('keeps drafts, future and expired postings for staff only, saying why', () => {
    expect(posting('engineering-manager')).toMatchObject({ draft: true, hidden: 'draft' });
    expect(posting('ml-engineer')).toMatchObject({ draft: true, hidden: 'future' });
    expect(posting('sommerjobb-2020')).toMatchObject({ draft: true, hidden: 'expired' });
    expect(posting('platform-engineer')).toMatchObject({ draft: false, hidden: null });
  });

  it('makes front-matter values facts under their key in words, and leaves the site machinery out', () => {
    const facts = posting('senior-platform-engineer').sections.find((section) => section.origin === 'facts')!;
    const lines = facts.passages.map((passage) => passage.text);
    expect(lines).toContain('Salary range: NOK 920,000 - 1,080,000');
    expect(lines.some((line) => line.startsWith('Deadline: 2027-01-31'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/img\/ops\.jpg|a81f3c2e|Layout|Weight|Slug|Aliases/);
  });

  it('labels a camelCase key in words, as it was written', () => {
    const facts = posting('backend-utvikler-bergen').sections.find((section) => section.origin === 'facts')!;
    expect(facts.passages.map((passage) => passage.text)).toContain('Closing date: 2027-01-22');
  });

  it('takes the recruiter a posting names only in front matter', () => {
    expect(posting('backend-utvikler-bergen').contact).toEqual({ name: 'Kari Nordmann', email: 'kari.nordmann@fjordlys.example' });
  });

  it('keeps an unknown shortcode’s inner text and e-mail argument, and no shortcode syntax', () => {
    const platform = posting('platform-engineer');
    const all = texts(platform).join('\n');
    expect(all).toContain('ola.hansen@fjordlys.example');
    expect(all).not.toMatch(/\{\{|\}\}/);
    expect(platform.contact?.email).toBe('ola.hansen@fjordlys.example');
  });

  it('gives headings Hugo’s ids, Nordic letters kept, an explicit {#id} first', () => {
    expect(posting('mobilutvikler').sections.map((section) => section.anchor)).toContain('hvordan-er-lønnen');
    expect(posting('platform-engineer').sections.map((section) => section.anchor)).toContain('perks');
  });

  it('names nobody for a posting that names nobody', () => {
    expect(posting('frontend-developer').contacts.filter((contact) => contact.from !== 'application')).toEqual([]);
  });
});

describe('an empty knowledge folder', () => {
  it('is the product’s own language knowledge and no company’s people', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'candor-empty-'));
    const { engine, knowledge } = loadContentSync({ contentDir: SITE, knowledgeDir: empty, now: NOW });
    expect(knowledge.directory.recruiters).toEqual([]);
    expect(knowledge.topics.map((topic) => topic.id)).toContain('compensation');
    const reply = engine.ask({ text: 'what is the salary for the senior platform engineer?', audience: 'candidate' });
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('920,000');
    const nobody = engine.ask({ text: 'does the frontend developer role come with a company car?', audience: 'candidate' });
    expect(nobody.kind).toBe('handoff');
    expect(nobody.recruiter?.email ?? '').not.toMatch(/safespring/);
  });
});

describe('broken postings', () => {
  const broken = loadCorpus({ contentDir: 'tests/fixtures/broken' });
  const errorsOf = (name: string) =>
    broken.problems.filter((problem) => problem.file.endsWith(name) && problem.severity === 'error').map(({ line, message }) => ({ line, message }));

  it('are reported with file and line, and the others still load', () => {
    expect(errorsOf('bad-yaml.md')).toEqual([{ line: 3, message: 'YAML front matter: a value contains ": "; put the whole value in double quotes' }]);
    expect(errorsOf('unclosed-quote.md')).toEqual([{ line: 3, message: 'YAML front matter: a quoted value is missing its closing quote' }]);
    expect(errorsOf('unterminated.md')).toEqual([{ line: 1, message: 'front matter opened with --- is never closed' }]);
    expect(errorsOf('empty.md')).toEqual([{ line: 0, message: 'the file is empty' }]);
    expect(broken.postings.map((entry) => entry.id)).toEqual(expect.arrayContaining(['good-posting', 'no-contact']));
  });

  it('reads a quoted "true" draft flag', () => {
    expect(broken.postings.find((entry) => entry.id === 'good-posting')).toMatchObject({ draft: true, hidden: 'draft' });
  });
});

describe('a theme\'s own key for the job\'s name', () => {
  it('titles a posting by it when there is no title, never by a share of a week', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-titles-'));
    mkdirSync(path.join(dir, 'pedagogisk-leder'));
    writeFileSync(path.join(dir, 'pedagogisk-leder', 'index.md'), '---\nstilling: "Pedagogisk leder"\nstillingsprosent: "100 %"\n---\n\nDu leder en avdeling.\n');
    writeFileSync(path.join(dir, 'assistent.md'), '---\nstilling: "100 %"\n---\n\nDu jobber med barna.\n');
    const loaded = loadCorpus({ contentDir: dir, now: NOW });
    expect(loaded.postings.map((entry) => [entry.id, entry.title]).sort()).toEqual([['assistent', 'Assistent'], ['pedagogisk-leder', 'Pedagogisk leder']]);
  });
});

describe('a list of places', () => {
  it('is where the posting is, every place of it', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-places-'));
    writeFileSync(path.join(dir, 'android.md'), '+++\ntitle = "Senior Android Engineer"\nlocation = ["Stockholm", "Remote (EU)"]\n+++\n\nYou build our Android app.\n');
    writeFileSync(path.join(dir, 'analytiker.md'), '---\ntitle: Produktanalytiker\nort:\n  - Stockholm\n  - Umeå\n---\n\nDu analyserar produkten.\n');
    const loaded = loadCorpus({ contentDir: dir, now: NOW });
    expect(Object.fromEntries(loaded.postings.map((entry) => [entry.id, entry.location]))).toEqual({ android: 'Stockholm, Remote (EU)', analytiker: 'Stockholm, Umeå' });
  });
});
