/**
 * What a question asks, read against the board: the words that are to be met
 * (each with its weight), the topics, and what an answer must not be.
 */
import { isEveryday, isStopword } from '../language/stopwords.js';
import { isMonth } from '../language/months.js';
import { fold, parts, stemsOfAny, tokenize } from '../language/words.js';
import type { Entry, PassageIndex } from './passages.js';
import type { Question, QueryWord } from './question.js';
import { CURRENCIES, PAY_WANTED, PAYMENT } from '../language/money.js';
import { paidPassively, paysFor } from './positions.js';
import { PAYING } from '../language/roles-and-paying.js';
import { BECOMING, CLOCK, DAYS, HOW_LONG, THE_WEEK, UNIT } from '../language/time-words.js';
import { toolAskedOf } from './which-one.js';
import { APPLICANTS_COUNTED, ARTICLE, conditionalTokens, FAMILY_WORDS, FOR_A_ROLE, HAPPENS, HOW_MANY, LANGUAGE_NAME, MEASURE, PEOPLE, SETTING, SOME_UNITS, TOWARDS, WHAT_DATE, WHEN_STARTING, WHICH } from '../language/asking.js';
import { besideOr, someSideMet } from './alternatives.js';

export interface Asked {
  /** Each word asked, its weight (idf), and the forms of it the board uses. */
  words: Array<{ word: QueryWord; weight: number; forms: string[] }>;
  concepts: string[];
  /** Clauses' concepts: all of one must be met. */
  groups: string[][];
  /** Asked words that nothing in scope uses: a question about something the postings never mention. */
  foreign: string[];
  /** Such words in a question whose language is not the postings': perhaps a translation Candor lacks. */
  untranslated: string[];
  /** A payment joined to a topic is asked ("hemmakontorsbidrag"): the passage quoted must say a payment. */
  paymentJoined: boolean;
  /** "Do you pay for the course?": who pays for a thing is asked. */
  paidFor: boolean;
  /** The pay asked as what it is ("what's the salary?"): praise of it ("competitive terms") does not answer. */
  payWanted: boolean;
  /** "Blir det fast etterpå?": whether the job goes on past its end, which a passage must speak of. */
  becoming: boolean;
  /** Months asked ("start in January?"), each by its forms: the passage quoted must name each. */
  required: string[][];
  /** Every form of every word and figure the asker wrote, naming words too. */
  said: Set<string>;
  /** Days are asked of ("how many days a week …"): two weekdays named answer it. */
  saysDays: boolean;
  /** A day of the calendar is asked ("what date in January?"): a month alone is no answer. */
  day: boolean;
  /** The shape the question asks for in words ("how much" → an amount). */
  shape: Question['shape'];
  /** A currency or a kind of payment named ("beredskapsersättningen"): an amount is asked. */
  currency: boolean;
  /** Topics named only to rule them out ("not the on-call supplement"): a passage on one does not answer. */
  ruledOut: string[];
  /** Topics said only in small words ("skal man have", "do I need"): the frame of a narrower topic asked, which meets them. */
  framed: string[];
  /** Every form of the words the asker ruled out ("inte bara Oslo/Bergen"): a passage that says only those tells them nothing. */
  unsaid: Set<string>;
  /** "How many …?" (a count) or "how big …?" (a size): the number given must measure a thing the asker named; "how long …?" (a duration): a span of time. */
  counts: 'count' | 'size' | 'duration' | null;
  /** Places of the board asked about ("barnehage i Eidsby"), and the board's other places: a passage that names only another does not answer. */
  places: { asked: ReadonlyArray<readonly string[]>; others: ReadonlyArray<readonly string[]> };
  /** The words a "how many" counts ("hur många barn" → barn): a count of something else does not answer. */
  counting: QueryWord[];
  /** Applicants are counted ("how many have applied?"). */
  applicants: boolean;
  /** "Hvilket HR-system?": the kind of tool asked which of, that a passage must name one of. */
  tool: string | null;
  /** The terms of the posting (or the company pages) an entry belongs to. */
  usedWhere(entry: Entry): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
/** Concepts that say what kind of question it is, not a thing a passage must name. */
const SOFT_CONCEPTS = new Set(['company']);

/** The words and concepts a question asks about, less the words that named its posting. */
export function askedOf(question: Question, index: PassageIndex, naming: ReadonlySet<string>, inScope: (variants: readonly string[]) => boolean, boardPlaces: ReadonlyMap<string, readonly string[]> = new Map(), namedBy?: ReadonlySet<string>): Asked {
  const words: Asked['words'] = [];
  const foreign: string[] = [];
  const unmet: string[] = [];
  const required: Asked['required'] = [];
  let paymentJoined = false;
  let paymentNamed = false;
  let paidForm: readonly string[] | undefined;
  const negated = new Set(question.words.filter((word) => word.negated).map((word) => word.token));
  const namingPhrases = [...naming].filter((name) => name.includes(' ')).map((name) => name.split(' '));
  // "Not the on-call supplement": a topic named only to rule it out is not asked.
  const ruledOut = (named: ReadonlySet<string>) => named.size > 0 && [...named].every((token) => negated.has(token));
  const starting = new Set(tokenize(WHEN_STARTING.exec(question.text)?.[0] ?? ''));
  let tokens: string[] | undefined;
  const questionTokens = () => (tokens ??= tokenize(question.text));
  const keep = (concept: string) => {
    if (SOFT_CONCEPTS.has(concept)) return false;
    const named = question.conceptWords.get(concept);
    // "Is there a probation period when you start?", "straffeattest når man bliver ansat?": a topic said only as when, beside another, is not asked.
    const saidBeyond = (other: string) => other !== concept && !SOFT_CONCEPTS.has(other) && [...(question.conceptWords.get(other) ?? [])].some((token) => !starting.has(token));
    if (named && named.size > 0 && [...named].every((token) => starting.has(token)) && question.concepts.some(saidBeyond)) return false;
    if (named && ruledOut(named)) return false;
    // "Do you pay tjänstepension?": the paying is the pension's own.
    if (concept === 'compensation' && named && [...named].every((token) => PAYING.has(token)) && question.concepts.some((other) => PAID_KINDS.has(other))) return false;
    // "i Applied AI-teamet": a topic's word joined to the name of the posting's team names the team.
    if (concept === 'team' && named && [...named].some((whole) => [...named].every((token) => token === whole || whole.includes(token)) && [...named].some((token) => token !== whole && naming.has(token)))) return false;
    // "bootcamp people": people named without a number asked are not the team asked about.
    if (concept === 'team' && question.shape !== 'number' && named && [...named].every((token) => PEOPLE.test(token))) return false;
    // "den svenska senior backend-annonsen": a language said of the posting names its version, it is not asked.
    if (concept === 'languages' && named && [...named].every((token) => LANGUAGE_NAME.test(token) && beforeNaming(questionTokens(), token, naming))) return false;
    // A concept said in a phrase of small words ("må jeg ha", "must I have") is asked all the same; one small word ("opening") is not.
    return !named || [...named].some((token) => !naming.has(token) && !isStopword(token)) || (named.size > 1 && [...named].every((token) => isStopword(token)));
  };
  // "On-call in the Delivery team?" asks about on-call; "the team" only places it. The team is asked for itself ("how big?") or alone.
  const placesOnly = (concept: string) => concept === 'team' && question.shape !== 'number' && question.concepts.some((other) => other !== 'team' && !SOFT_CONCEPTS.has(other));
  const hasConcepts = question.concepts.some((concept) => !SOFT_CONCEPTS.has(concept));
  for (const word of question.words) {
    // A kind of payment named anywhere asks for an amount; joined to a topic asked ("hemmakontorsbidrag"), it must be said too.
    const payment = PAYMENT.exec(fold(word.token));
    paymentNamed ||= payment !== null;
    if (!word.asked || word.negated || naming.has(word.token) || (word.of !== undefined && naming.has(parts(word.of)[0]!))) continue;
    // "electrical engineer", read as one word for its other languages' names, names the role when its words do; and its words when it does.
    if (word.token.includes(' ') ? word.token.split(' ').every((part) => naming.has(part) || isStopword(part)) : namingPhrases.some((phrase) => phrase.includes(word.token))) continue;
    if (word.concept && payment && payment.index > 0) paymentJoined = true;
    // "Does it cover my wife and kids' flights?", "familien min": whom else it is for must be in the passage quoted, in any of the languages.
    if (!word.concept && FAMILY.has(fold(word.token))) {
      required.push(FAMILY_FORMS);
      continue;
    }
    // "Is the take-home paid?": that it is paid, or not, must be in the passage quoted.
    if (!word.concept && PAYING.has(word.token)) {
      required.push((paidForm = word.variants));
      continue;
    }
    // A month or a figure asked ("start in January?", "a 6th week of vacation?") must be in the passage quoted.
    if (!word.concept && (isMonth(word.token) || /^\d+$/.test(word.token))) {
      if (inScope(word.variants)) required.push(word.variants);
      else foreign.push(word.token);
      continue;
    }
    if (!word.concept && question.shape === 'date' && CLOCK.test(word.token)) continue;
    // A topic's word in another language than the postings' ("lønna" of an English posting) still counts, through its topic.
    if (!inScope(word.variants) && !word.concept) {
      // "hemuppdrag/kodtest", "assessment-dagene": written together the board never says them; their parts are asked each.
      const written = word.of === undefined ? [] : parts(word.of);
      const others = question.words.filter((other) => word.of !== undefined && other.of === word.of && other.token !== word.token && other.token !== written[0]);
      if (written[0] === word.token && others.length > 0) continue;
      // A word the postings never use is the thing asked when nothing else is, or when it is said of the concept.
      if (!word.place && !isEveryday(word.token)) (!hasConcepts || word.nearConcept ? foreign : unmet).push(word.token);
      continue;
    }
    if (word.place) continue;
    // "How many vacation days?": the unit counted is the shape asked ("30 semesterdagar"), not a word the passage must hold.
    if (!word.concept && (question.shape === 'number' || question.shape === 'amount') && UNIT.test(word.token)) continue;
    // "Some days", "a few weeks": sometimes, not a unit asked.
    if (!word.concept && (UNIT.test(word.token) || THE_WEEK.test(word.token)) && SOME_UNITS.test(question.text)) continue;
    // "the company's sick pay": with a topic asked, the company is only whose it is.
    if (word.concept && hasConcepts && word.concepts.length > 0 && word.concepts.every((concept) => SOFT_CONCEPTS.has(concept))) continue;
    // A topic's word that only names the posting ("AI-teamet") or is ruled out is no word asked either.
    if (word.concept && word.concepts.length > 0 && word.concepts.every((concept) => !SOFT_CONCEPTS.has(concept) && !keep(concept))) continue;
    words.push({ word, weight: idfOf(word, index), forms: word.variants.filter((variant) => index.df(variant) > 0) });
  }
  // "Paid in euro or sterling?": the two things either side of "or" are what is asked, when the postings name neither.
  if (question.alternatives) for (const [before, after] of besideOr(question)) if (unmet.includes(before) && unmet.includes(after)) foreign.push(...unmet.splice(0));
  // "Are dogs allowed at the office?": a topic said only as where the thing happens leaves the thing the postings never name asked.
  const topics = question.concepts.filter((concept) => keep(concept) && !placesOnly(concept));
  if (unmet.length > 0 && topics.length > 0 && topics.every((concept) => onlySetting(question, concept, (token) => boardPlaces.has(fold(token))))) foreign.push(...unmet.splice(0));
  // "If I work via my own limited company, do I get …?": a condition the postings never speak of, in words of its own, they cannot answer under;
  // "… headset hem om man jobbar hemifrån?": a topic said only as the condition leaves the thing asked.
  const conditional = conditionalTokens(question.text);
  const ownWords = unmet.filter((token) => !/\d/.test(token));
  if (ownWords.filter((token) => conditional.has(token)).length >= 2 || (ownWords.length >= 2 && topics.length > 0 && topics.every((concept) => [...(question.conceptWords.get(concept) ?? [])].every((token) => conditional.has(token))))) foreign.push(...unmet.splice(0));
  // "Would you sponsor a permit if I moved over to Dublin?": with a topic asked outside it, what the condition says happened to the asker asks nothing.
  // Not of pay ("extra pay if you supervise apprentices"), nor a state ("if I live abroad"): those are what is asked of.
  const ofTheAsker = conditionalTokens(question.text, HAPPENS);
  if (ofTheAsker.size > 0 && !topics.some((concept) => PAID_KINDS.has(concept) || concept === 'compensation') && topics.some((concept) => [...(question.conceptWords.get(concept) ?? [])].some((token) => !ofTheAsker.has(token)))) for (let at = words.length - 1; at >= 0; at -= 1) if (!words[at]!.word.concept && ofTheAsker.has(words[at]!.word.token)) words.splice(at, 1);
  // "Do you have openings for content designers?": a role the board never names is not open.
  if (topics.includes('openings') && unmet.some((token) => FOR_A_ROLE.has(questionTokens()[questionTokens().indexOf(token) - 1] ?? ''))) foreign.push(...unmet.splice(0));
  // "Hvilket CRM bruker dere?", "which openstack release?": the kind of thing asked for, when the postings never name it, is what they do not say.
  if (unmet.some((token) => { const at = questionTokens().indexOf(token); return !MEASURE.test(token) && (WHICH.test(questionTokens()[at - 1] ?? '') || WHICH.test(questionTokens()[at - 2] ?? '')); })) foreign.push(...unmet.splice(0));
  // "React or Vue?": one alternative found is enough, the other need not be on the board; "a coding test or a take-home" needs one whole.
  if (question.alternatives && words.some(({ word }) => !word.concept) && someSideMet(question, foreign)) foreign.length = 0;
  let concepts = topics;
  // "When was Acme founded?": with nothing else asked, the company is.
  if (concepts.length === 0 && words.length === 0 && foreign.length === 0 && question.concepts.includes('company')) concepts = ['company'];
  // "How big is the platform team?" on the Platform Team posting: with nothing else asked, the title's topic is what is asked.
  if (concepts.length === 0 && words.length === 0 && foreign.length === 0 && question.shape && question.shape !== 'frequency') concepts = question.concepts.filter((concept) => !SOFT_CONCEPTS.has(concept));
  // "Must I sit in Stockholm, or can I be in Göteborg?": with nothing else asked, the places that name the posting ask where it is.
  if (concepts.length === 0 && words.length === 0 && foreign.length === 0 && question.concepts.includes('location') && question.words.filter((word) => word.place).length >= 2) concepts = ['location'];
  // Every topic said only by the words that name the posting ("80 % as the Oslo developer"): the words the posting never uses are what is asked.
  if (concepts.length === 0 && words.length === 0 && foreign.length === 0) foreign.push(...unmet);

  const groups = question.conceptGroups.map((group) => group.filter((concept) => keep(concept) && !placesOnly(concept))).filter((group) => group.length > 0);
  // "How much does it pay/make?", "er praktikken betalt?" with nothing else asked is about pay: the role itself is what is paid.
  const paidAlone = required.length === 1 && required[0] === paidForm;
  if ((question.shape === 'amount' || paidAlone) && concepts.length === 0 && words.every(({ word }) => word.concept) && foreign.length === 0) {
    concepts.push('compensation');
    groups.push(['compensation']);
    if (paidAlone) required.length = 0;
  }
  return { words, concepts, groups: groups.length ? groups : concepts.length ? [concepts] : [], foreign, untranslated: [], required, paymentJoined, paidFor: questionTokens().some((_, at, all) => paysFor(all, at) && !paidPassively(all, at)), becoming: BECOMING.test(question.text), shape: question.shape, saysDays: question.words.some((word) => DAYS.test(word.token)), day: WHAT_DATE.test(question.text), ruledOut: [...question.conceptWords].filter(([, named]) => ruledOut(named)).map(([concept]) => concept), framed: [...question.conceptWords].filter(([, named]) => named.size > 0 && [...named].every((token) => isStopword(token))).map(([concept]) => concept), unsaid: new Set(question.words.filter((word) => word.negated).flatMap((word) => word.variants)), currency: CURRENCIES.some((currency) => question.words.some((word) => word.token === currency)) || paymentNamed || (question.shape === 'amount' && questionTokens().some((token) => PAYING.has(token))), payWanted: PAY_WANTED.test(question.text), said: saidIn(question), counts: question.counts ? 'count' : question.shape === 'number' ? (HOW_LONG.test(question.text) ? 'duration' : 'size') : null, counting: question.counts ? countingOf(question) : [], applicants: APPLICANTS_COUNTED.test(question.text), tool: toolAskedOf(question.text), places: placesOf(question, boardPlaces, namedBy ?? naming), usedWhere: (entry) => (entry.posting ? (index.termsByPosting.get(entry.posting.id) ?? NONE) : index.companyTerms) };
}

/** Topics that are a payment of their own: paying them asks of them, not of pay. */
const PAID_KINDS: ReadonlySet<string> = new Set(['pension', 'bonus', 'shift-pay', 'equity', 'mileage', 'fitness', 'parental-leave']);

/** Whether every word that names a topic follows a word for where ("at the office", "på kontoret"). */
function onlySetting(question: Question, concept: string, isPlace: (token: string) => boolean): boolean {
  const named = question.conceptWords.get(concept);
  if (!named || named.size === 0) return false;
  // As written: a capital "I" is the Danish "you" ("holder I samtaler"), not "in".
  const written = question.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const tokens = written.map((token) => token.toLowerCase());
  return [...named].every((token) => {
    const at = tokens.indexOf(token);
    if (at < 1) return false;
    // "to the Edinburgh office", "at the oslo office": the place named with it is part of the setting.
    let before = at - 1;
    while (before >= 1 && isPlace(tokens[before]!)) before -= 1;
    if (ARTICLE.test(tokens[before]!) && before >= 1) before -= 1;
    return written[before] !== 'I' && (SETTING.test(tokens[before]!) || (concept === 'location' && TOWARDS.test(tokens[before]!)));
  });
}

/** Whether some form of a word is among the terms of any of these places. */
export function inScopeOf(terms: ReadonlyArray<ReadonlySet<string>>): (variants: readonly string[]) => boolean {
  return (variants) => variants.some((variant) => terms.some((set) => set.has(variant)));
}

const FAMILY: ReadonlySet<string> = new Set(FAMILY_WORDS.map(fold));
const FAMILY_FORMS = [...new Set(FAMILY_WORDS.flatMap((word) => [fold(word), ...stemsOfAny(word)]))];

/** Whether a word stands just before a word that names the posting ("svenska senior …", "the Swedish posting"). */
function beforeNaming(tokens: readonly string[], token: string, naming: ReadonlySet<string>): boolean {
  const at = tokens.indexOf(token);
  const next = tokens[at + 1] ?? '';
  return at >= 0 && (naming.has(next) || [...naming].some((word) => word.startsWith(next) && next.length >= 4) || /^(posting|ad|advert|version|annonsen|annonse|annons|annonce|annoncen|opslaget|utlysningen|stillingen|tjänsten)$/.test(next));
}

/** A board place asked beside the topic, not to name the role. */
function placesOf(question: Question, boardPlaces: ReadonlyMap<string, readonly string[]>, namedBy: ReadonlySet<string>): Asked['places'] {
  // "Remote (Sweden or Norway)" makes "remote" a posting's place too: a topic's word is no place asked.
  const asked = new Set(question.words.filter((word) => word.asked && !word.negated && !word.concept && !namedBy.has(word.token)).map((word) => fold(word.token)).filter((token) => boardPlaces.has(token)));
  if (asked.size === 0) return { asked: [], others: [] };
  const topics = new Set(question.words.filter((word) => word.concept).map((word) => fold(word.token)));
  return { asked: [...asked].map((place) => boardPlaces.get(place)!), others: [...boardPlaces].filter(([place]) => !asked.has(place) && !topics.has(place)).map(([, forms]) => forms) };
}

function countingOf(question: Question): QueryWord[] {
  const match = HOW_MANY.exec(question.text.toLowerCase());
  if (!match) return [];
  const tokens = [match[1], match[2]].filter((token): token is string => Boolean(token) && !isStopword(token!));
  return tokens.map((token) => question.words.find((word) => word.token === token)).filter((word): word is QueryWord => word !== undefined);
}

function saidIn(question: Question): Set<string> {
  return new Set([...question.words.flatMap((word) => word.variants), ...(question.text.match(/\d+/g) ?? [])]);
}

/** Nothing asked but the company itself ("What does Acme do?"). */
export function asksOnlyTheCompany(asked: Asked): boolean {
  const company = (concept: string) => concept === 'company';
  return asked.foreign.length + asked.untranslated.length === 0 && asked.concepts.every(company) && asked.words.every(({ word }) => word.concept && word.concepts.every(company));
}

function idfOf(word: QueryWord, index: PassageIndex): number {
  const n = index.entries.length;
  let best = 0;
  // A topic's word weighs as rare as its topic is.
  for (const concept of word.concepts) {
    const df = index.byConcept.get(concept)?.length ?? 0;
    if (df > 0) best = Math.max(best, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  for (const variant of word.variants) {
    const df = index.df(variant);
    if (df > 0) best = Math.max(best, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return best;
}

