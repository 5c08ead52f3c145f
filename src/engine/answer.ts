/**
 * From ranked passages to the passages quoted, or none: the answerability
 * check. A passage answers when it has the shape asked and speaks of what is
 * asked; passages that speak of the other concepts asked join it.
 */
import { DEFINING, MET_BY } from './topic-kinds.js';
import { isStep, readOnce, type Entry } from './passages.js';
import type { Asked } from './asked.js';
import type { QueryWord } from './question.js';
import { tfIn, type Scored } from './rank.js';
import { termsOf } from './terms.js';
import { anotherKind } from './kinds.js';
import { namesOne } from './which-one.js';
import { countsWhatWasAsked } from './counts.js';
import { OFFERED, PAID_FOR_SAID, PAY_LABEL, PAY_PRAISED, PAY_SET, PAYMENT, PAYMENT_SAID, RANGE_OR_RATE } from '../language/money.js';
import { fold } from '../language/words.js';
import { afterSaid } from '../language/time-words.js';

export interface Answer {
  excerpts: Scored[];
  confidence: number;
}

export const MAX_EXCERPTS = 3;
/** The most steps of a numbered list quoted with the one that answers. */
const MAX_STEPS = 8;
/** Concepts that are often only the frame of a question, not what it asks. */
export const WEAK: ReadonlySet<string> = new Set(['apply', 'experience', 'location', 'clients', 'start-date', 'tasks', 'stack']);

/**
 * A passage that says something: a sentence, a label with its value
 * ("Start: Immediate"), or a short list item ("No expected overtime"); not a
 * link's words standing alone ("Om lønn").
 */
function informative(entry: Entry): boolean {
  if (entry.length >= 3 || /:\s*\S/.test(entry.passage.text)) return true;
  // An item of a list, in the body or in front matter ("Førerkort klasse B"), or two words that are a topic's ("no direct reports"),
  // say their thing in few words; a link's words standing alone say nothing.
  const few = entry.passage.kind === 'fact' || entry.passage.kind === 'list' || (entry.length >= 2 && entry.concepts.size > 0);
  return few && !(entry.posting?.links ?? []).some((link) => link.text === entry.passage.text);
}

/**
 * Pay is the measure other benefits are given in, and a word of praise in
 * passing ("Pension: 7 % of salary",
 * "parental leave topped up to full salary"): a passage answers about pay
 * when it gives an amount, stands under a pay heading, or speaks of nothing
 * else that defines it.
 */
function focused(entry: Entry, need: readonly string[], sumAsked: boolean, payWanted: boolean): boolean {
  if (!need.includes('compensation')) return true;
  if (entry.shapes.amount) return true;
  // "Lön enligt överenskommelse" says what the pay is like; never what a range or an hourly rate is.
  if (paySet(entry)) return !sumAsked;
  if (payWanted && payPraised(entry)) return false;
  if (PAY_LABEL.test(entry.passage.text)) return true;
  // Under "Lön & förmåner", a line of the benefits ("ITP1, 30 semesterdagar") is not the pay.
  if (entry.headingConcepts.has('compensation')) return entry.concepts.has('compensation') || [...entry.concepts].every((concept) => need.includes(concept));
  // "We offer fair terms and good pay" praises pay; a passage about it says more of it.
  if (need.length === 1 && (entry.conceptCounts.get('compensation') ?? 0) < 2) return false;
  return [...entry.concepts].every((concept) => need.includes(concept) || !DEFINING.has(concept));
}

/** How pay is set ("Lön enligt överenskommelse"). */
const paySet = readOnce(PAY_SET);
/** Pay praised, not given ("konkurransedyktige betingelser"). */
const payPraised = readOnce(PAY_PRAISED);

/**
 * A passage that gives back the asker's own figures and nothing more tells
 * them nothing: "after the 6 months, can it be extended?" is not answered by
 * "Contract type: 6 months contract".
 */
function restates(entry: Entry, said: ReadonlySet<string>, saysFigures: boolean): boolean {
  if (!saysFigures) return false;
  const own = [...entry.terms].filter(([, count]) => count >= 1).map(([term]) => term);
  const figures = own.filter((term) => /\d/.test(term));
  if (figures.length === 0 || !figures.every((figure) => said.has(figure))) return false;
  return own.filter((term) => !/\d/.test(term) && !said.has(term)).length <= 1;
}

/** "Location: Oslo og Bergen" for "is there one in Stockholm too, not only Oslo/Bergen?": what the asker ruled out, and at most one word more. */
function onlyRuledOut(entry: Entry, unsaid: ReadonlySet<string>): boolean {
  // Only a short passage that says a word ruled out can say nothing more: the rest are not read again.
  if (entry.length > unsaid.size + 1 || ![...unsaid].some((term) => entry.terms.has(term))) return false;
  const own = termsOf(entry.passage.text, entry.passage.language);
  return own.some((term) => unsaid.has(term)) && own.filter((term) => !unsaid.has(term)).length <= 1;
}

/**
 * "How much pension?" is not answered by "48.000–56.000 kr. om måneden + pension": the sum given must be said of
 * a topic asked, not only stand in the same line. Pay is the sum such lines give.
 */
function sumOfSomethingElse(entry: Entry, asked: Asked): boolean {
  if (asked.shape !== 'amount' || !entry.shapes.amount || asked.concepts.length === 0 || asked.concepts.includes('compensation')) return false;
  return !asked.concepts.some((concept) => entry.counted.concepts.has(concept));
}

/** "Hvor mye er svalbardtillegget?" is not answered by "Årslønn 850 000 kr, i tillegg kommer Svalbardtillegg": the sum must be said of the thing asked. */
function sumOfTheThingAsked(entry: Entry, things: Asked['words']): boolean {
  if (!entry.shapes.amount) return true;
  const held = things.filter(({ word }) => word.variants.some((variant) => entry.terms.has(variant)));
  if (held.length === 0 || held.some(({ word }) => word.variants.some((variant) => entry.counted.terms.has(variant)))) return true;
  // Said only in the heading ("Svalbardtillegg" › "kr 5 000 per måned"), the thing is what the sum is of.
  const own = new Set(termsOf(entry.passage.text, entry.passage.language));
  return !held.some(({ word }) => word.variants.some((variant) => own.has(variant)));
}

/** "Barnehageplass i Eidsby?" is not answered by "the kindergarten in Nordvåg": a passage naming only another of the board's places. */
function elsewhere(entry: Entry, asked: Asked): boolean {
  if (asked.places.asked.length === 0 || asked.places.asked.some((forms) => tfIn(entry, forms) > 0)) return false;
  // "Can I sit in Oslo instead?": where the work is, asked of a place, is said by a passage naming that place.
  return asked.places.others.some((forms) => tfIn(entry, forms) > 0) || (asked.concepts.includes('location') && entry.concepts.has('location'));
}

/** The passages right after one in its section, as ranked entries. */
function passagesAfter(item: Scored, ranked: readonly Scored[]): Scored[] {
  return ranked
    .filter((other) => other.entry.section === item.entry.section && other.entry.index > item.entry.index)
    .sort((a, b) => a.entry.index - b.entry.index)
    .slice(0, 4);
}

/** The passage that answers and those that complete its clause: whether a posting answers, and with which passage. */
export interface Found {
  first: Scored;
  chosen: Scored[];
  usable: Scored[];
}

export function chooseAnswer(ranked: readonly Scored[], asked: Asked, scale: number): Answer | null {
  const found = createFinder(asked, scale).find(ranked);
  return found && quoteAnswer(found, ranked, asked);
}

/** Whether passages answer one question, and with which: the question's part is read once, for every posting. */
export interface Finder {
  /** The passage that answers among ranked ones, and those that complete its clause. */
  find(ranked: readonly Scored[]): Found | null;
  /** Whether a passage, scored as `item` and standing at `entry`, may be quoted at all. */
  fits(item: Scored, entry: Entry): boolean;
  /** Whether a passage that fits speaks of what is asked: the best such passage is the one that answers. */
  answers(item: Scored): boolean;
  /** The concepts of its clause the passage that answers lacks: other passages must bring them. */
  missingFrom(first: Scored): string[];
  /** The checks a passage fails, by name: why it was not quoted. */
  failed(item: Scored): string[];
}

export function createFinder(asked: Asked, scale: number): Finder {
  const need = asked.concepts;
  const hasWords = asked.words.some(({ word }) => !word.concept);
  const unanswerable =
    asked.foreign.length > 0 ||
    // Words Candor cannot read in the postings' language, and no concept to go by: it cannot tell what was asked.
    (need.length === 0 && asked.untranslated.length > 0) ||
    (need.length === 0 && !hasWords) ||
    // A bare figure ("80 %?") says too little to find its passage by.
    (need.length === 0 && asked.words.every(({ word }) => /^\d+$/.test(word.token)));
  if (unanswerable) return { find: () => null, fits: () => false, answers: () => false, missingFrom: () => [], failed: () => ['unanswerable'] };
  const minCoverage = Math.min(1, (need.length ? 0.3 : 0.5) * scale);
  const saysFigures = [...asked.said].some((term) => /\d/.test(term));
  const sumAsked = asked.shape === 'amount' || asked.currency || [...asked.said, ...asked.untranslated].some((token) => RANGE_OR_RATE.test(token));
  // The things a sum asked must be said of: the words asked, and a kind of payment named ("OB-tillägget") though it is a topic's word.
  const namesPayment = (word: QueryWord) => PAYMENT.test(fold(word.token));
  const things = asked.words.filter(({ word }) => !word.concept || namesPayment(word));
  // A kind of payment asked in one word ("lørdagstillegget"), which another kind ("kveldstillegg") does not answer.
  const kinds = asked.words.filter(({ word }) => word.concept && /^\p{L}{9,}$/u.test(word.token) && namesPayment(word));
  // Each check a passage must pass to be quoted, by name, so that `explain` can say which one held a passage back.
  const checks: [string, (item: Scored, entry: Entry) => boolean][] = [
    ['shape', (item) => item.shapeOk],
    ['score', (item) => item.score > 0],
    ['coverage', (item) => !hasWords || item.coverage >= minCoverage],
    ['informative', (_, entry) => informative(entry) && (asked.tool === null || namesOne(entry.passage.text, asked.tool))],
    ['focused', (_, entry) => focused(entry, need, sumAsked, asked.payWanted)],
    ['required', (_, entry) => asked.required.length === 0 || asked.required.every((variants) => tfIn(entry, variants) > 0)],
    ['payment', (_, entry) => !asked.paymentJoined || PAYMENT_SAID.test(entry.passage.text)],
    // "Do you pay for the course?": the passage must say it is paid for, or free, not only that there is one.
    ['paid-for', (_, entry) => !asked.paidFor || PAYMENT_SAID.test(entry.passage.text) || PAID_FOR_SAID.test(entry.passage.text) || OFFERED.test(entry.section.headingPath.join(' '))],
    ['ruled-out', (_, entry) => asked.ruledOut.length === 0 || !asked.ruledOut.some((concept) => entry.concepts.has(concept) || entry.headingConcepts.has(concept))],
    ['restates', (_, entry) => !restates(entry, asked.said, saysFigures)],
    ['other-sum', (_, entry) => !sumOfSomethingElse(entry, asked)],
    ['only-ruled-out', (_, entry) => !(asked.unsaid.size > 0 && onlyRuledOut(entry, asked.unsaid))],
    ['counts', (item, entry) => !asked.counts || countsWhatWasAsked(item, entry, asked)],
    ['elsewhere', (_, entry) => !elsewhere(entry, asked)],
    ['sum-of', (_, entry) => asked.shape !== 'amount' || sumOfTheThingAsked(entry, things)],
    ['another-kind', (_, entry) => kinds.length === 0 || !anotherKind(entry, kinds)],
    ['after', (_, entry) => !asked.becoming || afterSaid(entry.passage.text)],
  ];
  const usable = (item: Scored, entry: Entry) => checks.every(([, check]) => check(item, entry));
  // A weak concept ("apply" in "for å søke som …", "experience" in "experienced developer") gives way to a passage that holds the words asked.
  const wordsCarry = (item: Scored) => hasWords && item.coverage >= Math.min(1, 0.7 * scale) && need.every((concept) => item.concepts.has(concept) || WEAK.has(concept));
  const answers = (item: Scored) => need.length === 0 || item.concepts.size > 0 || wordsCarry(item);
  // The clause the best passage speaks to must be met whole; other clauses' concepts join when a passage has them.
  const missingFrom = (first: Scored): string[] => {
    const group = asked.groups.find((candidate) => candidate.some((concept) => first.concepts.has(concept))) ?? asked.groups[0] ?? [];
    if (group.every((concept) => first.concepts.has(concept))) return [];
    const carried = wordsCarry(first);
    // Applying asked beside another topic frames it ("must I speak Swedish to apply?"): the other topic met is enough.
    const met = (concept: string) => first.concepts.has(concept) || (concept === 'apply' && group.some((other) => other !== 'apply' && first.concepts.has(other))) || (asked.framed.includes(concept) && (MET_BY[concept] ?? []).some((other) => first.concepts.has(other)));
    return group.filter((concept) => !met(concept) && !(carried && WEAK.has(concept)) && !(WEAK.has(concept) && group.some((other) => !WEAK.has(other) && first.concepts.has(other))));
  };
  return {
    fits: usable,
    answers,
    missingFrom,
    failed: (item) => [...checks.filter(([, check]) => !check(item, item.entry)).map(([name]) => name), ...(answers(item) ? [] : ['topic'])],
    find(ranked) {
      const fit = ranked.filter((item) => usable(item, item.entry));
      const first = fit.find(answers);
      if (!first) return null;
      const chosen = [first];
      const missing = new Set(missingFrom(first));
      // In rank order, each passage that brings a concept still missing.
      for (const item of fit) {
        if (missing.size === 0 || chosen.length >= MAX_EXCERPTS) break;
        if (item.entry.posting !== first.entry.posting || item.entry.company !== first.entry.company || ![...item.concepts].some((concept) => missing.has(concept))) continue;
        chosen.push(item);
        for (const concept of item.concepts) missing.delete(concept);
      }
      return missing.size > 0 ? null : { first, chosen, usable: fit };
    },
  };
}

/** What is quoted with the passage found: the other concepts asked, its list, the steps, the same said at length. */
export function quoteAnswer(found: Found, ranked: readonly Scored[], asked: Asked): Answer {
  const { first, usable } = found;
  const need = asked.concepts;
  const confidence = Math.min(1, 0.5 + 0.5 * first.coverage * (need.length ? first.concepts.size / need.length : 1));
  // The only passage that fits, neither a list's introduction nor one of its steps: it is the whole quote.
  if (usable.length === 1 && !introduces(first) && !isStep(first.entry)) return { excerpts: [first], confidence };
  const chosen = [...found.chosen];
  const samePlace = (item: Scored) => item.entry.posting === first.entry.posting && item.entry.company === first.entry.company;
  const others = new Set(need.filter((concept) => !chosen.some((item) => item.concepts.has(concept))));
  for (const item of usable) {
    if (others.size === 0 || chosen.length >= MAX_EXCERPTS) break;
    if (chosen.includes(item) || !samePlace(item) || ![...item.concepts].some((concept) => others.has(concept))) continue;
    chosen.push(item);
    for (const concept of item.concepts) others.delete(concept);
  }
  // Neighbours in the same section that also fit: a list answers with its items.
  for (const item of usable) {
    if (chosen.length >= MAX_EXCERPTS) break;
    if (chosen.includes(item) || item.entry.section !== first.entry.section || item.score < 0.6 * first.score) continue;
    if (need.length && item.concepts.size === 0) continue;
    chosen.push(item);
  }
  // A passage that ends in a colon introduces what follows it ("our clients include:"): the items come with it.
  const last = chosen[chosen.length - 1]!;
  if (introduces(last)) {
    const section = passagesAfter(last, ranked);
    for (const item of section) {
      if (chosen.length >= MAX_EXCERPTS + 2) break;
      if (!chosen.includes(item)) chosen.push(item);
    }
  }
  // A step of a numbered list ("3. Tech interviews") is read with the other steps: one step alone misleads.
  if (chosen.some((item) => isStep(item.entry))) {
    const steps = ranked.filter((item) => item.entry.section === first.entry.section && isStep(item.entry)).sort((a, b) => a.entry.index - b.entry.index);
    for (const item of steps.slice(0, MAX_STEPS)) if (!chosen.includes(item)) chosen.push(item);
  }
  // A terse line (a front-matter fact, "Start: Immediate") is joined by the passage elsewhere that says the same thing at length;
  // any passage, by one elsewhere that answers about as well (the posting may say it twice, in two ways).
  const terse = first.entry.section.origin === 'facts' || first.entry.passage.text.length < 90;
  if (chosen.length < MAX_EXCERPTS) {
    const more = usable.find(
      (item) =>
        !chosen.includes(item) &&
        samePlace(item) &&
        item.entry.section !== first.entry.section &&
        item.score >= (terse ? 0.4 : 0.85) * first.score &&
        (need.length === 0 || [...item.concepts].some((concept) => first.concepts.has(concept))),
    );
    if (more) chosen.push(more);
  }
  chosen.sort((a, b) => a.entry.index - b.entry.index);
  return { excerpts: chosen, confidence };
}

/** A passage that ends in a colon introduces what follows it ("our clients include:"). */
function introduces(item: Scored): boolean {
  return /:\s*$/.test(item.entry.passage.text);
}
