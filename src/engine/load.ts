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

export async function loadContent(options: { contentDir: string; knowledgeDir: string }): Promise<LoadedContent> {
  const knowledge = loadKnowledge(options.knowledgeDir);
  // No annotate step here: building the engine's index fills every section's and passage's topics.
  const corpus = await loadCorpus({ contentDir: options.contentDir, knowledge });
  return { engine: createEngine(corpus, knowledge), corpus, knowledge };
}

export async function loadEngine(options: { contentDir: string; knowledgeDir: string }): Promise<CandorEngine> {
  return (await loadContent(options)).engine;
}
