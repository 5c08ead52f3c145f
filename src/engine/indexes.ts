/**
 * What the engine builds from a corpus before it can answer: the search index
 * and the index of postings' names. Built posting by posting, so a big
 * folder is indexed while it is still being parsed (engine/load.ts); a whole
 * corpus goes through the same steps.
 */
import type { CompanyPage, Corpus, Posting } from '../content/types.js';
import type { Knowledge } from '../knowledge/types.js';
import { buildPostingNameIndex, type PostingNameIndex } from './posting-names.js';
import { createSearchIndexBuilder, type SearchIndex } from './search-index.js';
import { words } from './text.js';
import { topicMatcherFor } from './topics.js';

export interface EngineIndexes {
  index: SearchIndex;
  names: PostingNameIndex;
}

export interface EngineIndexesBuilder {
  /** Postings in corpus order. */
  addPosting(posting: Posting): void;
  /** Adds the company pages and ends the build. */
  finish(company: CompanyPage[]): EngineIndexes;
}

/** Empty indexes for this knowledge, to fill posting by posting. */
export function engineIndexesFor(knowledge: Knowledge): EngineIndexesBuilder {
  const index = createSearchIndexBuilder(topicMatcherFor(knowledge), knowledge.site.baseUrl, narrowTopicsOf(knowledge));
  const names = buildPostingNameIndex([], knowledge.postingAliases, [knowledge.site.companyName], words);
  return {
    addPosting(posting) {
      index.addPosting(posting);
      names.replacePosting(posting);
    },
    finish: (company) => ({ index: index.finish(company), names }),
  };
}

/** A whole corpus's indexes at once. */
export function buildEngineIndexes(corpus: Corpus, knowledge: Knowledge): EngineIndexes {
  const builder = engineIndexesFor(knowledge);
  for (const posting of corpus.postings) builder.addPosting(posting);
  return builder.finish(corpus.company);
}

/** Topics postings rarely answer (`absent` in knowledge): a passage mostly about one speaks less to others. */
export function narrowTopicsOf(knowledge: Knowledge): Set<string> {
  return new Set(knowledge.topics.filter((topic) => topic.absent).map((topic) => topic.id));
}
