/**
 * The knowledge cache: a second start finds the knowledge without parsing
 * YAML, and never finds stale or broken knowledge. Each test copies the
 * bundled knowledge/ into a folder of its own and edits it there.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.js';
import { loadKnowledgeCached, packageCacheDir } from '../../src/knowledge/cache.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let work: string;
let knowledgeDir: string;
let cacheDir: string;
let parses: string[];
const parse = (dir: string): Knowledge => {
  parses.push(dir);
  return loadKnowledge(dir);
};

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'candor-knowledge-cache-'));
  knowledgeDir = path.join(work, 'knowledge');
  cpSync(path.join(ROOT, 'knowledge'), knowledgeDir, { recursive: true });
  cacheDir = path.join(work, 'cache');
  parses = [];
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const entries = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.json')) : []);

/** An answers file for every posting, on the given topic. */
const answersYaml = (topic: string, text: string) => `answers:\n  - posting: "*"\n    topic: ${topic}\n    text: ${text}\n    source: the company\n`;

describe('loadKnowledgeCached', () => {
  it('gives the parsed knowledge, and on the next start the same without parsing the YAML again', async () => {
    const first = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    const second = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(first).toEqual(loadKnowledge(knowledgeDir));
    expect(second).toEqual(first);
    expect(parses).toHaveLength(1);
    expect(entries()).toHaveLength(1);
  });

  it('sees an edited topic and an added answers file at once', async () => {
    const before = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    const topicsFile = path.join(knowledgeDir, 'topics.yaml');
    writeFileSync(topicsFile, readFileSync(topicsFile, 'utf8').replace('{ en: compensation,', '{ en: Pay and perks,'));
    const edited = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(edited.topics.some((topic) => topic.label.en === 'Pay and perks')).toBe(true);
    expect(before.topics.some((topic) => topic.label.en === 'Pay and perks')).toBe(false);

    writeFileSync(path.join(knowledgeDir, 'answers', 'zz-added.yaml'), answersYaml('compensation', 'Added by a recruiter today.'));
    const added = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(added.answers.at(-1)).toMatchObject({ text: 'Added by a recruiter today.', file: path.join(knowledgeDir, 'answers', 'zz-added.yaml') });
    expect(parses).toHaveLength(3);
  });

  it('keeps a copy of the folder apart: its answers name their own files', async () => {
    writeFileSync(path.join(knowledgeDir, 'answers', 'pay.yaml'), answersYaml('compensation', 'Pay is reviewed every spring.'));
    const copy = path.join(work, 'copy');
    cpSync(knowledgeDir, copy, { recursive: true });
    await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    const fromCopy = await loadKnowledgeCached(copy, cacheDir, parse);
    expect(fromCopy.answers.length).toBeGreaterThan(0);
    expect(fromCopy.answers.every((answer) => answer.file.startsWith(copy))).toBe(true);
  });

  it('reports a broken file with its file and line on every start, even after a good version was cached', async () => {
    await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    const settings = path.join(knowledgeDir, 'settings.yaml');
    writeFileSync(settings, 'answerThreshold: 7\n');
    for (let start = 0; start < 2; start++) {
      const failure = loadKnowledgeCached(knowledgeDir, cacheDir, parse);
      await expect(failure).rejects.toBeInstanceOf(KnowledgeError);
      await expect(failure).rejects.toThrow(`${settings}:1: answerThreshold`);
    }
  });

  it('keeps nothing when a file is saved while it is parsed', async () => {
    const settings = path.join(knowledgeDir, 'settings.yaml');
    writeFileSync(settings, 'answerThreshold: 0.45\n');
    const savedMeanwhile = (dir: string) => {
      writeFileSync(settings, 'answerThreshold: 0.9\n');
      return parse(dir);
    };
    expect((await loadKnowledgeCached(knowledgeDir, cacheDir, savedMeanwhile)).engine.answerThreshold).toBe(0.9);
    // Back to the bytes the first key was made from: their knowledge, not what was parsed after the save.
    writeFileSync(settings, 'answerThreshold: 0.45\n');
    expect((await loadKnowledgeCached(knowledgeDir, cacheDir, parse)).engine.answerThreshold).toBe(0.45);
  });

  it('reports a missing file as the loader does', async () => {
    const missing = path.join(work, 'nowhere');
    await expect(loadKnowledgeCached(missing, cacheDir, parse)).rejects.toThrow(`${path.join(missing, 'topics.yaml')}:0: cannot be read`);
  });

  it('parses again over a damaged entry, and mends it', async () => {
    const knowledge = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    const entry = path.join(cacheDir, entries()[0]!);
    writeFileSync(entry, readFileSync(entry, 'utf8').slice(0, 100));
    expect(await loadKnowledgeCached(knowledgeDir, cacheDir, parse)).toEqual(knowledge);
    expect(await loadKnowledgeCached(knowledgeDir, cacheDir, parse)).toEqual(knowledge);
    expect(parses).toHaveLength(2);
  });

  it('still loads when the cache cannot be written', async () => {
    writeFileSync(cacheDir, 'a file where the folder would go');
    const knowledge = await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(knowledge).toEqual(loadKnowledge(knowledgeDir));
    expect(readdirSync(work).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('keeps the 16 newest entries', async () => {
    const answers = path.join(knowledgeDir, 'answers', 'zz-edit.yaml');
    const edit = (n: number) => writeFileSync(answers, `answers: []\n# edit ${n}\n`);
    for (let n = 0; n < 20; n++) {
      const before = new Set(entries());
      edit(n);
      await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
      // Dated a second apart, so which entries are newest does not depend on the file system's clock resolution.
      for (const name of entries().filter((name) => !before.has(name))) utimesSync(path.join(cacheDir, name), 1_000_000 + n, 1_000_000 + n);
    }
    expect(entries()).toHaveLength(16);
    edit(19);
    await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(parses).toHaveLength(20);
    edit(0);
    await loadKnowledgeCached(knowledgeDir, cacheDir, parse);
    expect(parses).toHaveLength(21);
  });
});

describe('packageCacheDir', () => {
  it('is node_modules/.cache/candor in the package a module belongs to', () => {
    expect(packageCacheDir(pathToFileURL(path.join(ROOT, 'src', 'cli', 'main.ts')).href)).toBe(path.join(ROOT, 'node_modules', '.cache', 'candor'));
  });

  it('is none for a package without node_modules', () => {
    writeFileSync(path.join(work, 'package.json'), '{}');
    expect(packageCacheDir(pathToFileURL(path.join(work, 'knowledge', 'topics.yaml')).href)).toBeNull();
  });
});
