/**
 * One score per passage: BM25 over the words asked (rare words weigh more;
 * a heading's words count half) plus the concepts asked as one more signal.
 * And whether a passage answers at all: every concept asked is there, the
 * answer has the shape asked (how many → a number, who → a person), and no
 * substantial word asked is foreign to where Candor looks.
 */
import type { Shape } from '../language/concepts.js';
import { readOnce, type PassageIndex, type Entry } from './passages.js';
import type { Asked } from './asked.js';
import type { Question } from './question.js';
import { fits, plainly } from './shapes.js';
import { COMPENSATED } from '../language/money.js';

/** Whether a passage says how a thing is paid or made up for ("honoreres med", "time off in lieu"). */
const compensated = readOnce(COMPENSATED);

export interface Scored {
  entry: Entry;
  score: number;
  /** Share of the asked words' weight the passage holds. */
  coverage: number;
  /** Concepts asked that the passage speaks of. */
  concepts: Set<string>;
  shapeOk: boolean;
}

const K1 = 1.2;
const B = 0.5;
const CONCEPT_WEIGHT = 2.5;
const HEADING_CONCEPT_WEIGHT = 1.5;
const SHAPE_BONUS = 1.5;
const LANGUAGE_BONUS = 1.5;
const HEADING_ALSO = 1;
const HEADING_IS_ASKED = 2;
/** A heading about the one speaks of the other: "Who we're looking for" lists the experience asked for. */
const COVERED_BY: Record<string, string[]> = { experience: ['requirements'], requirements: ['experience'], manager: ['reports'], apply: ['deadline'] };

/** How often an entry holds a word, by the best of its forms. */
export function tfIn(entry: Entry, variants: readonly string[]): number {
  let tf = 0;
  for (const variant of variants) {
    const count = entry.terms.get(variant);
    if (count !== undefined && count > tf) tf = count;
  }
  return tf;
}

function scoreEntry(entry: Entry, asked: Asked, question: Question, index: PassageIndex, preferred: Shape, sets: ConceptSets): Scored {
  let score = 0;
  let covered = 0;
  let total = 0;
  const norm = K1 * (1 - B + (B * entry.length) / index.averageLength);
  const titled = entry.posting ? index.titleConcepts.get(entry.posting.id) : undefined;
  for (const { word, weight, forms } of asked.words) {
    if (!word.concept) total += weight;
    let tf = tfIn(entry, forms);
    // "pay" is met by a passage about salary in other words ("lønn", "salary range"), as often as it names the topic.
    // Not as often as the role's own title names it ("Engineering Manager" says "manager" in every other line): once.
    if (tf === 0) {
      for (const concept of word.concepts) {
        const count = entry.conceptCounts.get(concept) ?? (entry.headingConcepts.has(concept) ? 1 : 0);
        tf = Math.max(tf, titled?.has(concept) ? Math.min(1, count) : count);
      }
    }
    if (tf === 0) continue;
    score += (weight * (tf * (K1 + 1))) / (tf + norm);
    if (!word.concept) covered += weight;
  }
  let mask = 0;
  for (let bit = 0; bit < asked.concepts.length; bit += 1) {
    const concept = asked.concepts[bit]!;
    // "How many report to the manager?" is the reports'; "extra pay for on-call?" is an amount in the passage on on-call.
    const alsoOwn =
      (concept === 'manager' && question.shape === 'number' && entry.concepts.has('reports')) ||
      (concept === 'compensation' && entry.shapes.amount && asked.concepts.some((other) => other !== concept && entry.concepts.has(other))) ||
      // "Is the on-call paid extra?" is answered where the on-call itself is said to be paid or made up for ("honoreres med 4 000 kr", "compensated with time off in lieu"), not by the salary beside it.
      (concept === 'shift-pay' && compensated(entry) && asked.concepts.some((other) => other !== concept && other !== 'compensation' && entry.concepts.has(other)));
    if (entry.concepts.has(concept) || alsoOwn) {
      // Under a heading on the same topic, a passage is that topic's own ("Jour" › "en jourlista"), not a mention.
      score += CONCEPT_WEIGHT + (entry.headingConcepts.has(concept) ? HEADING_ALSO : 0);
      mask |= 1 << bit;
    } else if (entry.headingConcepts.has(concept) || (COVERED_BY[concept] ?? []).some((other) => entry.headingConcepts.has(other))) {
      score += HEADING_CONCEPT_WEIGHT;
      mask |= 1 << bit;
    }
  }
  const concepts = sets.of(mask);
  // A bilingual posting answers in the asker's language.
  if (score > 0 && entry.passage.language === question.language) score += LANGUAGE_BONUS;
  // The shape a concept's answer usually has (pay: an amount) is preferred; the shape the question asks for in words is required.
  // The shape of the one topic asked that has a usual shape ("søknadsfrist" in "hva er søknadsfristen?": a date).
  if (preferred && !question.shape && plainly(entry, preferred)) score += SHAPE_BONUS;
  // A section whose heading is what was asked ("Søknadsfrist" for "hva er søknadsfristen?") is where the answer stands, when it gives what such an answer gives.
  const headed = asked.concepts.length > 0 && asked.concepts.every((concept) => entry.headingConcepts.has(concept));
  if (headed && (!preferred || plainly(entry, preferred))) score += HEADING_IS_ASKED;
  // The shape asked in words, when the passage has it plainly ("who are the clients?" → a list of names).
  if (question.shape && score > 0 && plainly(entry, question.shape)) score += SHAPE_BONUS;
  return { entry, score, coverage: total > 0 ? covered / total : 1, concepts, shapeOk: fits(entry, question.shape, asked) };
}


export function rankEntries(entries: readonly Entry[], asked: Asked, question: Question, index: PassageIndex, shapeOfConcept: (id: string) => Shape = () => null): Scored[] {
  return createRanker(asked, question, index, shapeOfConcept).rank(entries);
}

export interface Ranker {
  /** Entries best first (with `positiveOnly`, only those that score). */
  rank(entries: readonly Entry[]): Scored[];
  /** How an entry scores: its own, or that of the first entry scored that reads the same (whose `entry` is that one). */
  scoreOf(entry: Entry): Scored;
}

/**
 * Ranks entries for one question. A passage repeated under the same heading
 * reads the same, and scores the same wherever it stands: it is scored once.
 */
export function createRanker(asked: Asked, question: Question, index: PassageIndex, shapeOfConcept: (id: string) => Shape = () => null, positiveOnly = false): Ranker {
  const shaped = asked.concepts.map(shapeOfConcept).filter((shape) => shape !== null);
  const preferred = shaped.length === 1 ? shaped[0]! : null;
  const sets = conceptSets(asked);
  const scored = new Map<number, Scored>();
  const scoreOf = (entry: Entry): Scored => {
    const known = scored.get(entry.reading);
    if (known) return known;
    const fresh = scoreEntry(entry, asked, question, index, preferred, sets);
    scored.set(entry.reading, fresh);
    return fresh;
  };
  const score = (entry: Entry): Scored => {
    const known = scoreOf(entry);
    return known.entry === entry ? known : { entry, score: known.score, coverage: known.coverage, concepts: known.concepts, shapeOk: known.shapeOk };
  };
  return {
    scoreOf,
    rank(entries) {
      const ranked: Scored[] = [];
      for (const entry of entries) {
        const item = score(entry);
        if (item.score > 0 || !positiveOnly) ranked.push(item);
      }
      return ranked.sort((a, b) => b.score - a.score || a.entry.index - b.entry.index);
    },
  };
}

interface ConceptSets {
  of(mask: number): Set<string>;
}

/** The concepts asked that a passage speaks of, one set per combination: thousands of passages share a few. */
function conceptSets(asked: Asked): ConceptSets {
  const byMask = new Map<number, Set<string>>();
  return {
    of(mask) {
      let set = byMask.get(mask);
      if (!set) byMask.set(mask, (set = new Set(asked.concepts.filter((_, bit) => mask & (1 << bit)))));
      return set;
    },
  };
}
