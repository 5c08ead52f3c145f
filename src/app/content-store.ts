/**
 * The live content: holds the current engine and swaps it on reload (the
 * `reload` staff command, SIGHUP, or a file change with WATCH_CONTENT=1).
 * Every reload rebuilds the engine. A posting that fails to parse keeps its previous version live and is
 * reported; knowledge that fails to load keeps the whole previous engine.
 */
import { join } from 'node:path';
import { watch as fsWatch } from 'node:fs';
import type { CompanyPage, ContentProblem, Corpus, Posting } from '../content/types.js';
import { createEngine, type CandorEngine } from '../engine/engine.js';
import type { LoadedContent } from '../engine/load.js';
import { describe, type OnError } from '../errors.js';
import type { Knowledge } from '../knowledge/types.js';

export interface ReloadReport {
  /** False when nothing changed because the reload failed as a whole (see error). */
  ok: boolean;
  /** Postings live after the reload. */
  postings: number;
  /** Postings that failed to parse and stay live in their previous version. */
  kept: Array<{ id: string; file: string }>;
  /** Errors and warnings found while loading (file and line). */
  problems: ContentProblem[];
  error: string | null;
  millis: number;
}

export interface Watcher {
  close(): void;
}

export interface ContentStoreDeps {
  /** What was loaded at start. */
  initial: LoadedContent;
  /** Reads content/ and knowledge/ again, e.g. () => loadContent({ contentDir, knowledgeDir }). */
  load: () => Promise<LoadedContent>;
  /** Builds an engine from a merged corpus; createEngine by default. */
  build?: (corpus: Corpus, knowledge: Knowledge) => CandorEngine;
  /** Folders watch() observes. */
  watchPaths?: string[];
  /** fs.watch by default (recursive); reports the changed file when it knows it. */
  watchFolder?: (path: string, onChange: (file: string | null) => void) => Watcher;
  debounceMs?: number;
  /** Every reload's report, including those a file change started. */
  onReload?: (report: ReloadReport) => void;
  /** Where a watcher's failure goes (a folder removed or unreadable); the error funnel in production. */
  onError?: OnError;
  now?: () => number;
}

export interface ContentStore {
  current(): CandorEngine;
  /** Reloads now; concurrent calls run one after another. */
  reload(): Promise<ReloadReport>;
  /** Reloads on file changes (debounced) until the returned function is called. */
  watch(): () => void;
}

export function createContentStore(deps: ContentStoreDeps): ContentStore {
  const build = deps.build ?? createEngine;
  const now = deps.now ?? (() => performance.now());
  let engine = deps.initial.engine;
  let queue: Promise<unknown> = Promise.resolve();

  async function reloadNow(): Promise<ReloadReport> {
    const started = now();
    let loaded: LoadedContent;
    try {
      loaded = await deps.load();
    } catch (error) {
      return { ok: false, postings: engine.corpus.postings.length, kept: [], problems: [], error: describe(error), millis: now() - started };
    }
    const { corpus, kept } = keepPrevious(engine.corpus, loaded.corpus);
    try {
      engine = build(corpus, loaded.knowledge);
    } catch (error) {
      return { ok: false, postings: engine.corpus.postings.length, kept: [], problems: loaded.corpus.problems, error: describe(error), millis: now() - started };
    }
    return { ok: true, postings: corpus.postings.length, kept, problems: loaded.corpus.problems, error: null, millis: now() - started };
  }

  function enqueue(work: () => Promise<ReloadReport>): Promise<ReloadReport> {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next.then((report) => {
      deps.onReload?.(report);
      return report;
    });
  }

  const store: ContentStore = {
    current: () => engine,
    reload() {
      return enqueue(reloadNow);
    },
    watch() {
      const watchFolder =
        deps.watchFolder ?? ((path: string, onChange: (file: string | null) => void) => nodeWatch(path, onChange, (error) => deps.onError?.(error, { step: 'content watcher', path })));
      let timer: NodeJS.Timeout | null = null;
      let stopped = false;
      let pending = new Set<string | null>();
      const changed = (file: string | null) => {
        if (stopped) return;
        pending.add(file);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          pending = new Set();
          // A reload rebuilds: a board of hundreds of postings loads in a fraction of a second.
          void enqueue(reloadNow);
        }, deps.debounceMs ?? 300);
        timer.unref();
      };
      const watchers = (deps.watchPaths ?? []).map((path) => watchFolder(path, changed));
      return () => {
        stopped = true;
        if (timer) clearTimeout(timer);
        for (const watcher of watchers) watcher.close();
      };
    },
  };
  return store;
}

/** The new corpus, with the previous version of every posting or company page whose file now fails to parse. */
export function keepPrevious(previous: Corpus, next: Corpus): { corpus: Corpus; kept: Array<{ id: string; file: string }> } {
  const broken = new Set(next.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  const postings = [...next.postings];
  const company = [...next.company];
  const kept: Array<{ id: string; file: string }> = [];
  for (const posting of previous.postings) {
    if (!broken.has(posting.sourceFile) || postings.some((p) => p.id === posting.id || p.sourceFile === posting.sourceFile)) continue;
    postings.push(posting);
    kept.push({ id: posting.id, file: posting.sourceFile });
  }
  for (const page of previous.company) {
    if (broken.has(page.sourceFile) && !company.some((p) => p.sourceFile === page.sourceFile)) company.push(page);
  }
  if (postings.length === next.postings.length && company.length === next.company.length) return { corpus: next, kept };
  const byFile = (a: Posting | CompanyPage, b: Posting | CompanyPage) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0);
  return { corpus: { postings: postings.sort(byFile), company: company.sort(byFile), problems: next.problems }, kept };
}

function nodeWatch(folder: string, onChange: (file: string | null) => void, onError: (error: unknown) => void): Watcher {
  const watcher = fsWatch(folder, { recursive: true, persistent: false }, (_event, name) => onChange(name ? join(folder, name.toString()) : null));
  watcher.on('error', onError);
  return watcher;
}
