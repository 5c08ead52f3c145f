import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentStore, type ContentStore, type ReloadReport } from '../../src/app/content-store.js';
import { loadContent } from '../../src/engine/load.js';

const SALARY = 'How is the compensation for the Kubernetes team lead?';

describe('content store', () => {
  let dir: string;
  let paths: { contentDir: string; knowledgeDir: string };
  let store: ContentStore;
  const reports: ReloadReport[] = [];
  const posting = (id: string) => join(paths.contentDir, `${id}.md`);
  const edit = (id: string, change: (source: string) => string) => writeFileSync(posting(id), change(readFileSync(posting(id), 'utf8')));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-content-'));
    paths = { contentDir: join(dir, 'content', 'career'), knowledgeDir: join(dir, 'knowledge') };
    cpSync('content/career', paths.contentDir, { recursive: true });
    cpSync('knowledge', paths.knowledgeDir, { recursive: true });
    reports.length = 0;
    store = createContentStore({
      initial: await loadContent(paths),
      load: () => loadContent(paths),
      watchPaths: [paths.contentDir, paths.knowledgeDir],
      onReload: (report) => reports.push(report),
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reload picks up a changed posting', async () => {
    edit('kubernetes-team-lead', (source) => source.replace('Team Lead for our Kubernetes team', 'Team Lead for our Kubernetes squad'));
    const report = await store.reload();
    expect(report).toMatchObject({ ok: true, kept: [], error: null });
    expect(store.current().corpus.postings.find((p) => p.id === 'kubernetes-team-lead')!.title).toBe('Team Lead for our Kubernetes squad');
    expect(reports).toEqual([report]);
  });

  it('a broken posting keeps its previous version live and is reported; other changes still land', async () => {
    const before = store.current();
    const count = before.corpus.postings.length;
    edit('kubernetes-team-lead', (source) => source.replace(/^Title:.*$/m, 'Title: "Team Lead, unclosed'));
    edit('container-platform-tech-lead', (source) => source.replace(/^Title:.*$/m, 'Title: "Tech Lead, renamed"'));
    const report = await store.reload();
    expect(report.ok).toBe(true);
    expect(report.kept).toEqual([{ id: 'kubernetes-team-lead', file: expect.stringContaining('kubernetes-team-lead.md') }]);
    expect(report.problems.some((problem) => problem.severity === 'error' && problem.file.endsWith('kubernetes-team-lead.md'))).toBe(true);
    const engine = store.current();
    expect(engine).not.toBe(before);
    expect(engine.corpus.postings).toHaveLength(count);
    expect(engine.corpus.postings.find((p) => p.id === 'kubernetes-team-lead')!.title).toBe('Team Lead for our Kubernetes team');
    expect(engine.corpus.postings.find((p) => p.id === 'container-platform-tech-lead')!.title).toBe('Tech Lead, renamed');
    const reply = engine.ask({ text: SALARY, audience: 'candidate' });
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('individually negotiated');
  });

  it('a deleted posting goes away', async () => {
    unlinkSync(posting('kubernetes-team-lead'));
    const report = await store.reload();
    expect(report.kept).toEqual([]);
    expect(store.current().corpus.postings.some((p) => p.id === 'kubernetes-team-lead')).toBe(false);
  });

  it('broken knowledge keeps the whole previous engine and reports the file', async () => {
    const before = store.current();
    writeFileSync(join(paths.knowledgeDir, 'topics.yaml'), 'topics: [ this is : not valid');
    const report = await store.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toContain('topics.yaml');
    expect(store.current()).toBe(before);
  });

  it('watch reloads once per burst of changes and stops', async () => {
    const listeners: Array<(file: string | null) => void> = [];
    let closed = 0;
    const watched = createContentStore({
      initial: await loadContent(paths),
      load: () => loadContent(paths),
      watchPaths: ['a', 'b'],
      watchFolder: (_path, onChange) => {
        listeners.push(onChange);
        return { close: () => void (closed += 1) };
      },
      debounceMs: 20,
      onReload: (report) => reports.push(report),
    });
    const stop = watched.watch();
    expect(listeners).toHaveLength(2);
    listeners[0]!(null);
    listeners[1]!(null);
    listeners[0]!(null);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reports).toHaveLength(1);
    stop();
    expect(closed).toBe(2);
    listeners[0]!(null);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reports).toHaveLength(1);
  });

  it('watch notices a real file change', async () => {
    const stop = store.watch();
    try {
      edit('kubernetes-team-lead', (source) => source.replace('Team Lead for our Kubernetes team', 'Team Lead, watched'));
      for (let i = 0; i < 100 && reports.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      await Promise.all(reports);
      expect(store.current().corpus.postings.find((p) => p.id === 'kubernetes-team-lead')!.title).toBe('Team Lead, watched');
    } finally {
      stop();
    }
  });

  describe('a watched edit to one posting', () => {
    const watchedStore = async () => {
      const listeners: Array<(file: string | null) => void> = [];
      const loads = { full: 0 };
      const watched = createContentStore({
        initial: await loadContent(paths),
        load: () => {
          loads.full += 1;
          return loadContent(paths);
        },
        watchPaths: [paths.contentDir],
        watchFolder: (_path, onChange) => {
          listeners.push(onChange);
          return { close: () => undefined };
        },
        debounceMs: 10,
        onReload: (report) => reports.push(report),
      });
      const stop = watched.watch();
      const settle = async () => {
        for (let i = 0; i < 100 && reports.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      };
      return { watched, listeners, loads, stop, settle };
    };

    it('rebuilds and answers from the new text', async () => {
      const { watched, listeners, loads, stop, settle } = await watchedStore();
      const before = watched.current();
      edit('kubernetes-team-lead', (source) => source.replace('Compensation for this position is individually negotiated.', 'Compensation for this position is 70 000 SEK a month.'));
      listeners[0]!(posting('kubernetes-team-lead'));
      await settle();
      stop();
      expect(loads.full).toBe(1);
      expect(watched.current()).not.toBe(before);
      expect(reports[0]).toMatchObject({ ok: true, kept: [] });
      expect(watched.current().ask({ text: SALARY, audience: 'candidate' }).text).toContain('70 000 SEK a month');
    });

    it('keeps the previous version of a posting the edit broke', async () => {
      const { watched, listeners, loads, stop, settle } = await watchedStore();
      edit('kubernetes-team-lead', (source) => source.replace(/^Title:.*$/m, 'Title: "Team Lead, unclosed'));
      listeners[0]!(posting('kubernetes-team-lead'));
      await settle();
      stop();
      expect(loads.full).toBe(1);
      expect(reports[0]!.kept.map((entry) => entry.id)).toEqual(['kubernetes-team-lead']);
      expect(reports[0]!.problems.some((problem) => problem.severity === 'error')).toBe(true);
      expect(watched.current().ask({ text: SALARY, audience: 'candidate' }).text).toContain('individually negotiated');
    });

    it('reloads everything when the company page or knowledge changes', async () => {
      const { listeners, loads, stop, settle } = await watchedStore();
      listeners[0]!(join(paths.contentDir, '_index.md'));
      await settle();
      stop();
      expect(loads.full).toBe(1);
    });
  });
});
