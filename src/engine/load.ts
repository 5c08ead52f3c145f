/** Content and knowledge folders to a ready engine. */
import { loadCorpus } from '../content/load.js';
import type { Corpus } from '../content/types.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge } from '../knowledge/types.js';
import { createTopicAnnotator } from './annotate.js';
import { createEngine, type CandorEngine } from './engine.js';
import { createTopicMatcher } from './topics.js';

export interface LoadedContent {
  engine: CandorEngine;
  corpus: Corpus;
  knowledge: Knowledge;
}

export async function loadContent(options: { contentDir: string; knowledgeDir: string }): Promise<LoadedContent> {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const annotate = createTopicAnnotator(createTopicMatcher(knowledge.topics, knowledge.weakWords));
  const corpus = await loadCorpus({ contentDir: options.contentDir, knowledge, annotate });
  return { engine: createEngine(corpus, knowledge), corpus, knowledge };
}

export async function loadEngine(options: { contentDir: string; knowledgeDir: string }): Promise<CandorEngine> {
  return (await loadContent(options)).engine;
}
