/**
 * What a content load (the first one or a reload) reports: the postings
 * metrics, the load error count and the 'content' readiness check.
 */
import type { Corpus } from '../content/types.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface ContentStatus {
  /** A load finished; its problems with severity 'error' count as load errors. */
  loaded(corpus: Pick<Corpus, 'postings' | 'problems'>): void;
  /** A load threw. After an earlier success the old content keeps serving, so readiness stays as it was. */
  failed(reason?: string): void;
}

export function createContentStatus({ metrics, readiness }: { metrics: Metrics; readiness: Readiness }): ContentStatus {
  let everLoaded = false;
  readiness.set('content', false, 'loading');
  return {
    loaded(corpus) {
      const draft = corpus.postings.filter((posting) => posting.draft).length;
      const errors = corpus.problems.filter((problem) => problem.severity === 'error').length;
      metrics.contentPostings({ published: corpus.postings.length - draft, draft });
      metrics.contentLoadErrors(errors);
      everLoaded = true;
      readiness.set('content', true, `${corpus.postings.length} posting${corpus.postings.length === 1 ? '' : 's'}`);
    },
    failed(reason = 'content load failed') {
      metrics.contentLoadErrors(1);
      if (!everLoaded) readiness.set('content', false, reason);
    },
  };
}
