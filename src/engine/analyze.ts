/** A question, read: cleaned, typo-repaired, its topics found and its remaining words kept as search terms. */
import type { Language } from '../content/types.js';
import { detectLanguage } from '../content/language.js';
import type { TopicMatcher } from './topics.js';
import type { TypoCorrector } from './typos.js';
import { cleanQuestion, isStopword, stem, words } from './text.js';

export interface QuestionReading {
  /** Topic ids with their weight, strongest first. */
  topics: { id: string; weight: number }[];
  /** Terms not used up by topic words: the specific facts asked for ("framework", "kafka"). */
  contentTerms: string[];
}

export interface QuestionAnalysis extends QuestionReading {
  language: Language;
  /** The question's words, typo-repaired, aliases appended. */
  words: string[];
  /** Terms that may name a posting: every term except those inside a topic phrase ("tech stack"). */
  nameTerms: string[];
  /** Whether any word is one the corpus or the topics know (noise like "asdf" is not). */
  hasKnownWord: boolean;
  /** "how many ...": only a passage with a number answers it. */
  asksForCount: boolean;
}

export interface AnalyzerDeps {
  matcher: TopicMatcher;
  typos: TypoCorrector;
  termAliases: Record<string, string>;
  isKnownWord: (word: string) => boolean;
}

const COUNT_QUESTION = /\b(how many|hvor mange|hur många|hur manga)\b/i;

export function analyzeQuestion(raw: string, deps: AnalyzerDeps): QuestionAnalysis {
  const text = cleanQuestion(raw);
  const original = words(text);
  const corrected = original.map((word) => (isStopword(word) ? word : deps.typos.correct(word)));
  const expanded = [...corrected];
  for (const word of corrected) {
    const alias = deps.termAliases[word];
    if (alias) expanded.push(...words(alias));
    expanded.push(...splitCompound(word, deps.isKnownWord));
  }
  const match = deps.matcher.match(expanded, 'question');
  const nameTerms = expanded.filter((word, position) => isTerm(word) && !match.phrasePositions.has(position)).map(stem);
  return {
    language: detectLanguage(text, 'en'),
    words: expanded,
    ...readQuestion(expanded, deps, new Set()),
    nameTerms: [...new Set(nameTerms)],
    hasKnownWord: match.scores.size > 0 || corrected.some((word, i) => !isStopword(word) && (deps.isKnownWord(word) || word !== original[i])),
    asksForCount: COUNT_QUESTION.test(text),
  };
}

/**
 * Topics and content terms of the question's words, leaving out the words
 * that named the posting ("team" in "the team lead role" is not a question
 * about the team) unless nothing else is left.
 */
export function readQuestion(
  questionWords: string[],
  deps: Pick<AnalyzerDeps, 'matcher' | 'termAliases'>,
  postingNameTerms: Set<string>,
): QuestionReading {
  const matcher = deps.matcher;
  const namesPosting = (word: string) =>
    postingNameTerms.has(stem(word)) || words(deps.termAliases[word] ?? '').some((alias) => postingNameTerms.has(stem(alias)));
  const kept = questionWords.filter((word) => !namesPosting(word));
  const reading = read(kept, matcher);
  return reading.topics.length > 0 || postingNameTerms.size === 0 ? reading : { ...read(questionWords, matcher), contentTerms: reading.contentTerms };
}

function read(questionWords: string[], matcher: TopicMatcher): QuestionReading {
  const match = matcher.match(questionWords, 'question');
  const contentTerms = questionWords.filter((word, position) => isTerm(word) && !match.consumed.has(position)).map(stem);
  return {
    topics: [...match.scores].map(([id, weight]) => ({ id, weight })).sort((a, b) => b.weight - a.weight),
    contentTerms: [...new Set(contentTerms)],
  };
}

function isTerm(word: string): boolean {
  return !isStopword(word) && (word.length >= 2 || /\d/.test(word));
}

/**
 * The parts of a joined word, so "frontendutvikler", "søknadsfristen" and
 * "DevOps-rollen" meet "frontend", "søknad" + "fristen" and "devops".
 */
function splitCompound(word: string, isKnown: (word: string) => boolean): string[] {
  if (word.includes('-')) return word.split('-').filter((part) => part.length > 1);
  if (word.length < 8 || isStopword(word)) return [];
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!isKnown(head)) continue;
    if (isKnown(tail)) return [head, tail];
    // Norwegian and Swedish join with a linking s: "søknad-s-frist".
    if (tail.startsWith('s') && tail.length > 4 && isKnown(tail.slice(1))) return [head, tail.slice(1)];
  }
  // An unknown tail still leaves a known head worth searching for ("frontend" in "frontendutvikler").
  for (let cut = word.length - 4; cut >= 5; cut--) {
    if (isKnown(word.slice(0, cut))) return [word.slice(0, cut)];
  }
  return [];
}
