/** Shared by the engine tests: the two corpora, loaded once per file, and checks a reader would make. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadEngine } from '../../src/engine/load.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import type { Audience, Question, Reply } from '../../src/engine/types.js';

export const BUNDLED = 'content/career';
export const FIXTURES = 'tests/fixtures/postings';
/** knowledge/company.yaml: site.baseUrl. */
export const BASE_URL = 'https://www.safespring.com/career/';

export const bundledDrafts = [
  { id: 'platform-engineer', title: 'Platform Engineer at Safespring' },
  { id: 'openstack-engineer', title: 'OpenStack Engineer - Infrastructure Team' },
];
export const fixtureDrafts = [{ id: 'data-engineer-draft', title: 'Data Engineer' }];

export const bundledPublished = ['container-platform-tech-lead', 'infrastrukturingenior', 'kubernetes-team-lead'];
export const fixturePublished = ['cloud-network-engineer', 'devops-engineer', 'frontend-developer', 'senior-backend-engineer'];

export function load(contentDir: string): Promise<CandorEngine> {
  return loadEngine({ contentDir, knowledgeDir: 'knowledge' });
}

export function ask(engine: CandorEngine, text: string, options: Partial<Omit<Question, 'text'>> & { audience?: Audience } = {}): Reply {
  return engine.ask({ audience: 'candidate', ...options, text });
}

/** A posting's file as a reader sees it: emphasis and link syntax gone, whitespace collapsed. */
export function readable(contentDir: string, postingId: string): string {
  return squash(
    readFileSync(join(contentDir, `${postingId}.md`), 'utf8')
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  );
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An answer as a candidate should see it: each quote appears in the posting
 * file word for word, and the reply names the posting's title and links to
 * the posting's page.
 */
export function expectQuotedAnswer(reply: Reply, contentDir: string, postingId: string, title: string): void {
  expect(reply.kind).toBe('answer');
  expect(reply.posting?.id).toBe(postingId);
  expect(reply.quotes.length).toBeGreaterThan(0);
  const source = readable(contentDir, postingId);
  for (const quote of reply.quotes) {
    expect(source).toContain(squash(quote.text));
    expect(reply.text).toContain(quote.text);
  }
  expect(reply.text).toContain(`"${title}`);
  const url = reply.sources[0]!.url;
  expect(url.startsWith(`${BASE_URL}${postingId}/`)).toBe(true);
  expect(reply.text).toContain(url);
  expect(reply.recruiter).toBeNull();
  expect(reply.choices).toEqual([]);
}

/** A board written in a test, with an empty knowledge folder: the engine on it, and a way to remove it. */
export async function writtenBoard(files: Record<string, string>): Promise<{ engine: CandorEngine; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-board-'));
  for (const folder of ['jobs', 'knowledge']) mkdirSync(join(dir, folder));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'jobs', name), text);
  const engine = await loadEngine({ contentDir: join(dir, 'jobs'), knowledgeDir: join(dir, 'knowledge') });
  return { engine, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A board written from these files for one test file: loaded before its tests, removed after them. */
export function boardFor(files: Record<string, string>): () => CandorEngine {
  let written: { engine: CandorEngine; remove: () => void } | undefined;
  beforeAll(async () => {
    written = await writtenBoard(files);
  });
  afterAll(() => written?.remove());
  return () => written!.engine;
}
