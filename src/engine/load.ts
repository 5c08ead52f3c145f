/** Content and knowledge folders to a ready engine. */
import { loadCorpus } from '../content/load.js';
import type { Corpus } from '../content/types.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge } from '../knowledge/types.js';
import { createEngine, type CandorEngine } from './engine.js';

export interface LoadedContent {
  engine: CandorEngine;
  corpus: Corpus;
  knowledge: Knowledge;
}

export interface ContentPaths {
  contentDir: string;
  knowledgeDir: string;
  /** What "now" is for publishDate and expiryDate. */
  now?: Date;
}

export function loadContentSync(options: ContentPaths): LoadedContent {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const corpus = loadCorpus({ contentDir: options.contentDir, baseUrl: knowledge.site.baseUrl, directory: knowledge.directory, ...(options.now ? { now: options.now } : {}) });
  return { engine: createEngine(corpus, knowledge), corpus, knowledge };
}

/** The same, for callers that await: a reload in a running bot. */
export async function loadContent(options: ContentPaths): Promise<LoadedContent> {
  return loadContentSync(options);
}

export async function loadEngine(options: ContentPaths): Promise<CandorEngine> {
  return loadContentSync(options).engine;
}
