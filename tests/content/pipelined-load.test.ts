/**
 * A big folder is parsed on a worker thread while the main thread indexes:
 * the corpus, its problems and the order postings arrive in must be exactly
 * what a load on one thread gives, broken files included. The compiled
 * worker (what `npm start` runs) is exercised through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { loadCorpus } from '../../src/content/load.js';
import { loadCorpusPipelined, MIN_FILES_FOR_WORKER, startContentLoad } from '../../src/content/pipelined-load.js';
import { loadContent } from '../../src/engine/load.js';
import type { Posting } from '../../src/content/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const knowledge = loadKnowledge('knowledge');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'candor-pipelined-'));
  generateCorpus({ dir, count: MIN_FILES_FOR_WORKER, seed: 99 });
  // Broken files first (the calling thread parses the first chunk itself) and in the middle of the folder, and a bundle whose id repeats a posting's.
  writeFileSync(path.join(dir, '0-broken-first.md'), '---\ntitle: "First"\n---\n{{% note %}}\nNever closed.\n');
  writeFileSync(path.join(dir, 'm-broken-yaml.md'), '---\ntitle: "Unclosed\nteam: x\n---\nBody\n');
  writeFileSync(path.join(dir, 'n-unclosed-accordion.md'), '---\ntitle: "FAQ"\n---\n{{% accordion title="Is there on-call?" %}}\nYes.\n');
  mkdirSync(path.join(dir, 'zz-bundle'));
  writeFileSync(path.join(dir, 'zz-bundle', 'index.md'), '---\ntitle: "Bundled"\n---\nText.\n');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCorpusPipelined', () => {
  it('gives the corpus a single-thread load gives, in the same order, with the same problems', async () => {
    const arrived: Posting[] = [];
    const pipelined = await loadCorpusPipelined({ contentDir: dir, knowledge, worker: true, onPosting: (posting) => arrived.push(posting) });
    const single = await loadCorpus({ contentDir: dir, knowledge });
    expect(pipelined.postings.length).toBeGreaterThan(MIN_FILES_FOR_WORKER - 5);
    expect(pipelined).toEqual(single);
    expect(arrived).toEqual(pipelined.postings);
    const broken = pipelined.problems.filter((problem) => problem.severity === 'error').map((problem) => [path.basename(problem.file), problem.line]);
    expect(broken).toEqual(expect.arrayContaining([['0-broken-first.md', 4], ['m-broken-yaml.md', 2], ['n-unclosed-accordion.md', 4]]));
  }, 60_000);

  it('starts its threads before the knowledge is known, and stops them when the load is given up', async () => {
    const load = startContentLoad({ contentDir: dir });
    await load.cancel();
    await expect(loadContent({ contentDir: dir, knowledgeDir: path.join(dir, 'no-knowledge-here') })).rejects.toThrow(/knowledge/i);
  });

  it('lets the process end when a started load is neither run nor cancelled, and runs a load once', async () => {
    const script = path.join(dir, '..', `${path.basename(dir)}-given-up.mjs`);
    writeFileSync(script, `import { startContentLoad } from ${JSON.stringify(pathToFileURL(path.resolve('dist/src/content/pipelined-load.js')).href)};\nstartContentLoad({ contentDir: ${JSON.stringify(dir)} });\n`);
    const given = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    rmSync(script);
    expect(given.signal, 'the process was still running after 30 s').toBeNull();
    expect(given.status, given.stderr).toBe(0);

    const load = startContentLoad({ contentDir: dir });
    await load.run({ knowledge });
    await expect(load.run({ knowledge })).rejects.toThrow(/has run already/);
  }, 60_000);

  it('refuses to run a load that was cancelled, and loads an empty folder on threads as an empty corpus', async () => {
    const cancelled = startContentLoad({ contentDir: dir, worker: true });
    await cancelled.cancel();
    await expect(cancelled.run({ knowledge })).rejects.toThrow(/was cancelled/);

    const empty = mkdtempSync(path.join(os.tmpdir(), 'candor-pipelined-empty-'));
    try {
      const corpus = await loadCorpusPipelined({ contentDir: empty, knowledge, worker: true });
      expect(corpus).toEqual({ postings: [], company: [], problems: [] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reports a postings folder it cannot read when the load runs, as it did before threads started early', async () => {
    const load = startContentLoad({ contentDir: path.join(dir, 'no-such-folder') });
    await expect(load.run({ knowledge })).rejects.toThrow(/cannot read the postings folder/);
  });

  it('reads a small folder on the calling thread, still handing each posting over', async () => {
    const arrived: string[] = [];
    const corpus = await loadCorpusPipelined({ contentDir: 'content/career', knowledge, onPosting: (posting) => arrived.push(posting.id) });
    expect(arrived).toEqual(corpus.postings.map((posting) => posting.id));
    expect(arrived.length).toBeGreaterThan(0);
  });

  it('runs compiled, as npm start does: the CLI answers from a big folder', () => {
    const run = spawnSync(process.execPath, ['dist/src/cli/main.js', 'ask', '--json', '--content', dir, 'how do I apply?'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: expect.stringMatching(/answer|clarify|handoff/) });
  }, 60_000);
});
