/** A question, read: cleaned, typo-repaired, its topics found and its remaining words kept as search terms. */
import type { Language } from '../content/types.js';
import { detectLanguage } from '../content/language.js';
import type { TopicMatch, TopicMatcher } from './topics.js';
import type { TypoCorrector } from './typos.js';
import { cleanQuestion, isStopword, stem, words } from './text.js';

export interface QuestionReading {
  /** Topic ids with their weight, strongest first. */
  topics: { id: string; weight: number }[];
  /** Terms not used up by topic words: the specific facts asked for ("framework", "kafka"). */
  contentTerms: string[];
}

export interface QuestionWords {
  /** The question's words, typo-repaired, with aliases and compound parts appended. */
  words: string[];
  /** For each word, the position of the written word it came from. */
  origins: number[];
}

export interface QuestionAnalysis extends QuestionReading, QuestionWords {
  language: Language;
  /** Terms that may name a posting: every term except those inside a topic phrase ("tech stack"). */
  nameTerms: string[];
  /** Whether any word is one the corpus or the topics know (noise like "asdf" is not). */
  hasKnownWord: boolean;
  /** Shaped like a question about something ("is there a gym?"), even if nothing in it is known. */
  asksSomething: boolean;
  /** "how many ...": a passage without a number does not answer it. */
  asksForCount: boolean;
}

export interface AnalyzerDeps {
  matcher: TopicMatcher;
  typos: TypoCorrector;
  termAliases: Record<string, string>;
  isKnownWord: (word: string) => boolean;
  /** A word of a posting's name: compounds starting with one are split ("frontendutvikler"). */
  isNameWord: (word: string) => boolean;
}

const COUNT_QUESTION = /\b(how many|hvor mange|hur många|hur manga)\b/i;
const QUESTION_START = /^\s*(is|are|do|does|can|could|will|would|what|how|where|who|when|why|which|er|kan|hva|hvor|hvordan|hvem|når|hvorfor|finns|är|vad|hur|var|vem|varför)\b/i;
/** Messages that ask for Candor itself rather than about a posting. */
const HELP_WORDS = new Set(['help', 'hjelp', 'hjalp', 'menu', 'commands', 'usage', 'info']);

export function analyzeQuestion(raw: string, deps: AnalyzerDeps): QuestionAnalysis {
  const text = focusOnQuestion(cleanQuestion(raw));
  const original = words(text);
  const corrected = original.map((word) => (isStopword(word) || HELP_WORDS.has(word) ? word : deps.typos.correct(word)));
  const expanded = [...corrected];
  const origins = corrected.map((_, index) => index);
  corrected.forEach((word, index) => {
    const extra = [...words(deps.termAliases[word] ?? ''), ...splitCompound(word, deps)];
    expanded.push(...extra);
    origins.push(...extra.map(() => index));
  });
  const question: QuestionWords = { words: expanded, origins };
  const match = deps.matcher.match(expanded, 'question');
  const nameTerms = expanded.filter((word, position) => isTerm(word) && !match.phrasePositions.has(position)).map(stem);
  const meaningful = corrected.filter((word) => !isStopword(word) && !HELP_WORDS.has(word));
  return {
    language: detectLanguage(text, 'en'),
    ...question,
    ...readingOf(expanded, match),
    nameTerms: [...new Set(nameTerms)],
    hasKnownWord: match.scores.size > 0 || meaningful.some((word) => deps.isKnownWord(word) || !original.includes(word)),
    asksForCount: COUNT_QUESTION.test(text),
    asksSomething: meaningful.length > 0 && (text.includes('?') || QUESTION_START.test(text)),
  };
}

/**
 * Topics and content terms of the question's words, leaving out the words
 * that named the posting ("team" in "the team lead role" is not a question
 * about the team) unless nothing else is left.
 */
export function readQuestion(question: QuestionAnalysis, matcher: TopicMatcher, postingNameTerms: Set<string>): QuestionReading {
  const namedOrigins = new Set(question.origins.filter((_, position) => postingNameTerms.has(stem(question.words[position]!))));
  if (namedOrigins.size === 0) return question;
  const kept = question.words.filter((_, position) => !namedOrigins.has(question.origins[position]!));
  const reading = readingOf(kept, matcher.match(kept, 'question'));
  return reading.topics.length > 0 ? reading : { topics: question.topics, contentTerms: reading.contentTerms };
}

function readingOf(questionWords: string[], match: TopicMatch): QuestionReading {
  const contentTerms = questionWords.filter((word, position) => isTerm(word) && !match.consumed.has(position)).map(stem);
  return {
    topics: [...match.scores].map(([id, weight]) => ({ id, weight })).sort((a, b) => b.weight - a.weight),
    contentTerms: [...new Set(contentTerms)],
  };
}

/**
 * A chatty message buries its question among pleasantries: keep the
 * sentences that ask (a question mark), or the whole text when none does.
 */
function focusOnQuestion(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length <= 2) return text;
  const asking = sentences.filter((sentence) => sentence.includes('?'));
  return asking.length > 0 ? asking.join(' ') : text;
}

function isTerm(word: string): boolean {
  return !isStopword(word) && !HELP_WORDS.has(word) && (word.length >= 2 || /\d/.test(word));
}

/**
 * The parts of a joined word, so "frontendutvikler", "søknadsfristen" and
 * "DevOps-rollen" meet "frontend", "søknad" + "fristen" and "devops". A word
 * the corpus knows is left whole unless it starts with a posting's name.
 */
function splitCompound(word: string, deps: Pick<AnalyzerDeps, 'isKnownWord' | 'isNameWord'>): string[] {
  if (word.includes('-')) return word.split('-').filter((part) => part.length > 1);
  if (word.length < 8 || isStopword(word)) return [];
  const known = deps.isKnownWord(word);
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!deps.isKnownWord(head) || (known && !deps.isNameWord(head))) continue;
    if (deps.isKnownWord(tail)) return [head, tail];
    // Norwegian and Swedish join with a linking s: "søknad-s-frist".
    if (tail.startsWith('s') && tail.length > 4 && deps.isKnownWord(tail.slice(1))) return [head, tail.slice(1)];
  }
  // An unknown tail still leaves a known head worth searching for ("frontend" in "frontendutvikler").
  for (let cut = word.length - 4; cut >= 5; cut--) {
    const head = word.slice(0, cut);
    if (deps.isKnownWord(head) && (!known || deps.isNameWord(head))) return [head];
  }
  return [];
}
