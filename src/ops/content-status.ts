/**
 * What a content load (the first one or any reload: SIGHUP, WATCH_CONTENT,
 * the `reload` command) reports: the postings metrics, the load error count
 * and the 'content' readiness check. An empty corpus is not ready: a folder
 * mounted in the wrong place loads without an error but answers nothing.
 */
import type { ReloadReport } from '../app/content-store.js';
import type { Corpus } from '../content/types.js';
import type { Logger } from '../log.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

type Loaded = Pick<Corpus, 'postings' | 'problems'>;

export interface ContentStatus {
  /** A load finished; its problems with severity 'error' count as load errors. */
  loaded(corpus: Loaded): void;
  /** A reload finished (or failed); `live` is the corpus serving after it. */
  reloaded(report: Pick<ReloadReport, 'ok' | 'problems' | 'error'>, live: Pick<Corpus, 'postings'>): void;
  /** A load threw. After an earlier success the old content keeps serving, so readiness stays as it was. */
  failed(reason?: string): void;
}

export interface ContentStatusDeps {
  metrics: Metrics;
  readiness: Readiness;
  logger: Logger;
  /** CONTENT_DIR, named when it yields no postings. */
  contentDir: string;
  now?: () => number;
}

export function createContentStatus({ metrics, readiness, logger, contentDir, now = Date.now }: ContentStatusDeps): ContentStatus {
  let everLoaded = false;
  let serving = 0;
  readiness.set('content', false, 'loading');

  function publish(postings: Loaded['postings'], errors: number, what: string): void {
    const draft = postings.filter((posting) => posting.draft).length;
    metrics.contentPostings({ published: postings.length - draft, draft });
    metrics.contentLoadErrors(errors);
    everLoaded = true;
    serving = postings.length;
    const at = new Date(now()).toISOString();
    if (postings.length === 0) {
      const reason = `no postings found in CONTENT_DIR (${contentDir}): is the folder empty or mounted elsewhere?`;
      logger.warn({ contentDir, errors }, `content ${what}: ${reason}`);
      readiness.set('content', false, `${reason} (${what} ${at})`);
      return;
    }
    readiness.set('content', true, `${postings.length} posting${postings.length === 1 ? '' : 's'}, ${errors} load error${errors === 1 ? '' : 's'} (${what} ${at})`);
  }

  const errorsIn = (problems: Loaded['problems']) => problems.filter((problem) => problem.severity === 'error').length;

  const status: ContentStatus = {
    loaded: (corpus) => publish(corpus.postings, errorsIn(corpus.problems), 'loaded'),
    reloaded(report, live) {
      if (!report.ok) return status.failed(`reload failed: ${report.error ?? 'unknown error'}`);
      publish(live.postings, errorsIn(report.problems), 'reloaded');
    },
    failed(reason = 'content load failed') {
      metrics.contentLoadErrors(1);
      if (!everLoaded) readiness.set('content', false, reason);
      else if (serving > 0) readiness.set('content', true, `${serving} postings from the previous load; ${reason} (${new Date(now()).toISOString()})`);
    },
  };
  return status;
}
