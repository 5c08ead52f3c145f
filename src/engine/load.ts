/** Content and knowledge folders to a ready engine. */
import { startContentLoad } from '../content/pipelined-load.js';
import type { Corpus } from '../content/types.js';
import { loadKnowledgeCached } from '../knowledge/cache.js';
import type { Knowledge } from '../knowledge/types.js';
import { createEngine, type CandorEngine } from './engine.js';
import { engineIndexesFor } from './indexes.js';

export interface LoadedContent {
  engine: CandorEngine;
  corpus: Corpus;
  knowledge: Knowledge;
}

export interface ContentPaths {
  contentDir: string;
  knowledgeDir: string;
  /** Where validated knowledge is kept between runs (knowledge/cache.ts); none by default. */
  knowledgeCacheDir?: string | null;
}

export async function loadContent(options: ContentPaths): Promise<LoadedContent> {
  // A big folder's threads start up while the knowledge is read.
  const content = startContentLoad({ contentDir: options.contentDir });
  let knowledge: Knowledge;
  let builder: ReturnType<typeof engineIndexesFor>;
  try {
    knowledge = await readKnowledge(options);
    // Each posting is indexed (and its names read) as soon as it is parsed; indexing also fills every section's and passage's topics.
    builder = engineIndexesFor(knowledge);
  } catch (error) {
    await content.cancel();
    throw error;
  }
  const corpus = await content.run({ knowledge, onPosting: (posting) => builder.addPosting(posting) });
  return { engine: createEngine(corpus, knowledge, builder.finish(corpus.company)), corpus, knowledge };
}

export async function loadEngine(options: ContentPaths): Promise<CandorEngine> {
  return (await loadContent(options)).engine;
}

async function readKnowledge({ knowledgeDir, knowledgeCacheDir }: ContentPaths): Promise<Knowledge> {
  // yaml and zod are loaded only when the knowledge is parsed: a cached copy needs neither.
  const parse = async (dir: string) => (await import('../knowledge/load.js')).loadKnowledge(dir);
  return knowledgeCacheDir ? loadKnowledgeCached(knowledgeDir, knowledgeCacheDir, parse) : parse(knowledgeDir);
}
