/** Finds the concepts a run of words speaks of (concepts.ts), by root, stem or phrase. */
import type { Concept } from './concepts.js';
import { createMemo } from '../memo.js';
import { fold, LANGUAGES, stem } from './words.js';

export interface ConceptHit {
  id: string;
  /** Found only inside a longer word ("mobil" in "mobilutvikler"): what the word names, more than what it asks. */
  loose: boolean;
  /** Token positions [start, end) the concept's word covers. */
  start: number;
  end: number;
}

export interface ConceptMatcher {
  concepts: ReadonlyMap<string, Concept>;
  /** Concepts named by the tokens (lower case, as tokenize gives them); `question` counts the question-only words too. */
  match(tokens: readonly string[], options?: { question?: boolean }): ConceptHit[];
  /** Whether a word is a word of a topic's phrase ("range" of "salary range"): a word, not a typo. */
  inPhrase(token: string): boolean;
}

interface Root {
  root: string;
  /** As written: a short root is matched with its letters ("lön*" is no "long"). */
  written: string;
  id: string;
}

/** A short root and at most a definite ending, at the end of a word. */
const SHORT_HEAD = /^\p{L}{3}(en|et|a|na|ne|n)?$/u;

/** The Nordic letters that are one letter written two ways ("løn", "lön"), and no other folding. */
function nordic(word: string): string {
  return word.toLowerCase().replace(/ø/g, 'ö').replace(/æ/g, 'ä');
}

export function createConceptMatcher(concepts: readonly Concept[]): ConceptMatcher {
  const roots: Root[] = [];
  const byStem = new Map<string, Set<string>>();
  const askedOnly = new Map<string, Set<string>>();
  const phrases = new Map<string, Array<{ words: string[]; id: string }>>();
  const add = (key: string, id: string) => {
    const ids = byStem.get(key) ?? new Set<string>();
    ids.add(id);
    byStem.set(key, ids);
  };
  for (const concept of concepts) {
    for (const raw of concept.words) {
      if (raw.startsWith('?')) {
        const word = fold(raw.slice(1).toLowerCase());
        askedOnly.set(word, new Set([...(askedOnly.get(word) ?? []), concept.id]));
        continue;
      }
      if (raw.startsWith('=')) {
        add(fold(raw.slice(1).toLowerCase()), concept.id);
        continue;
      }
      const word = raw.toLowerCase();
      if (word.includes(' ')) {
        const words = word.split(/\s+/).map(fold);
        phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), { words, id: concept.id }]);
      }
      else if (word.endsWith('*')) roots.push({ root: fold(word.slice(0, -1)), written: word.slice(0, -1), id: concept.id });
      else {
        add(fold(word), concept.id);
        // A stem that cuts a word in half ("openings" → "open") would match other words: only light stems count.
        for (const language of LANGUAGES) {
          const stemmed = stem(word, language);
          if (stemmed.length >= 4 && stemmed.length >= 0.8 * word.length) add(`${language}:${stemmed}`, concept.id);
        }
      }
    }
  }
  const shortRoots = roots.filter(({ root }) => root.length === 3);
  const topicsOf = createMemo<Array<{ id: string; loose: boolean }>>(50_000);
  const ofToken = (token: string) => topicsOf(token, () => readToken(token));

  function readToken(token: string): Array<{ id: string; loose: boolean }> {
    const folded = fold(token);
    const ids = new Map<string, boolean>();
    for (const id of byStem.get(folded) ?? []) ids.set(id, false);
    for (const language of LANGUAGES) for (const id of byStem.get(`${language}:${stem(token, language)}`) ?? []) ids.set(id, false);
    const starting = roots.filter(({ root, written }) => folded.startsWith(root) && (root.length > 3 || nordic(token).startsWith(nordic(written))));
    // A word is what its longest root names: "kveldstillegg" is a supplement, not the evenings ("kveld*") it is paid for.
    const heads = starting.filter((head) => !starting.some((other) => other.id !== head.id && other.root.length > head.root.length && other.root.startsWith(head.root)));
    // A root inside the word that a longer root at its start holds is that root's, not a topic of its own: "hjemmekontor" is no "kontor".
    const inside = roots.filter(({ root }) => !folded.startsWith(root) && root.length >= 4 && folded.length >= root.length + 3 && folded.includes(root) && !heads.some((head) => head.root.length > root.length && head.root.includes(root)));
    // A short root that ends a compound is its head, what the word is: "ingångslön", "grundlønnen" are pay, "kolonn" is no "lön".
    const written = nordic(token);
    const ending = shortRoots.filter(({ written: root }) => written.length >= root.length + 3 && written.lastIndexOf(nordic(root)) >= 3 && SHORT_HEAD.test(written.slice(written.lastIndexOf(nordic(root)))));
    for (const { root, id } of [...heads, ...inside, ...ending]) if (!ids.has(id) || ids.get(id)) ids.set(id, folded.length >= root.length + 5);
    // "B-körkort", "IT-säkerhetsprövning": the last part, written apart with a hyphen, is what the word is ("company-wide" is no company).
    const last = token.includes('-') ? token.slice(token.lastIndexOf('-') + 1) : '';
    if (last.length >= 4) for (const { id } of readToken(last)) if (!ids.has(id)) ids.set(id, false);
    return [...ids].map(([id, loose]) => ({ id, loose }));
  }

  const phraseWords = new Set([...phrases.values()].flat().flatMap((phrase) => phrase.words.filter((word) => !word.endsWith('*'))));
  return {
    concepts: new Map(concepts.map((concept) => [concept.id, concept])),
    inPhrase: (token) => phraseWords.has(fold(token)),
    match(tokens, options = {}) {
      const hits: ConceptHit[] = [];
      const folded = tokens.map(fold);
      for (let at = 0; at < tokens.length; at += 1) {
        for (const { id, loose } of ofToken(tokens[at]!)) hits.push({ id, loose, start: at, end: at + 1 });
        if (options.question) for (const id of askedOnly.get(folded[at]!) ?? []) hits.push({ id, loose: false, start: at, end: at + 1 });
        for (const phrase of phrases.get(folded[at]!) ?? []) {
          if (phrase.words.length + at > tokens.length) continue;
          const fits = (word: string, offset: number) => (word.endsWith('*') ? folded[at + offset]!.startsWith(word.slice(0, -1)) : folded[at + offset] === word);
          if (phrase.words.every(fits)) hits.push({ id: phrase.id, loose: false, start: at, end: at + phrase.words.length });
        }
      }
      // "Sick pay" is sick pay and "night supplement" a supplement, in a question or a passage: one word gives way to a phrase of another topic around it.
      const phrased = hits.filter((hit) => hit.end - hit.start > 1);
      if (phrased.length === 0) return hits;
      return hits.filter((hit) => !(hit.end - hit.start === 1 && phrased.some((phrase) => phrase.id !== hit.id && phrase.start <= hit.start && hit.start < phrase.end)));
    },
  };
}
