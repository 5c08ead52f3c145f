/**
 * The answering engine: a question becomes an answer quoted from the right
 * posting, a question back (which role?), an honest handoff, or a hint.
 * docs/design.md says the decision in words.
 */
import type { Corpus, Posting } from '../content/types.js';
import { aliasMap } from '../language/aliases.js';
import { createConceptMatcher } from '../language/concept-matcher.js';
import { stemsOfAny, tokenize } from '../language/words.js';
import type { Knowledge, Recruiter } from '../knowledge/types.js';
import { chooseAnswer, createFinder, WEAK, type Answer } from './answer.js';
import { answerReply, applyLinkReply, clarifyReply, curatedReply, handoffReply, helpReply, postingRef } from './compose.js';
import { agreementOf, allAgree, createAcrossBoard, quoteOf } from './across.js';
import { ABOUT_THE_COMPANY, companyDomain, companyNameOf, companyOnTopic, definitionsOf, describeCompany, describeRole, guessesOf, looksLikeAWord, mostEcho } from './board.js';
import { BOARD_WIDE, COMPANY_WIDE, MAJORITY } from './topic-kinds.js';
import { buildPassageIndex, type Entry } from './passages.js';
import { createRecruiters } from './recruiters.js';
import { createSiblingOf } from './siblings.js';
import { buildPostingIndex } from './postings.js';
import type { Question as ReadQuestion } from './question.js';
import { createUnderstanding, visibleTo } from './understand.js';
import { addressesTheCompany, BY_ROLE } from '../language/asking.js';
import { asksAboutCandor, onlyThanks, saysNothing } from './remarks.js';
import { askedOf, asksOnlyTheCompany, inScopeOf } from './asked.js';
import { rankEntries } from './rank.js';
import { createWordRepair } from './typos.js';
import type { Engine, Question, Reply } from './types.js';

const MAX_CHOICES = 8;

export interface CandorEngine extends Engine {
  readonly corpus: Corpus;
  readonly knowledge: Knowledge;
  /** The person who follows up on a question about this posting (or none). */
  recruiterOf(posting: Posting | null): Recruiter;
  /** A recruiter by the id a handoff stored: the directory's, or a person a posting names. */
  recruiterById(id: string): Recruiter;
  explain(question: Question): unknown;
  /** The topics a text speaks of, for staff views. */
  topicsIn(text: string): string[];
}

export function createEngine(corpus: Corpus, knowledge: Knowledge): CandorEngine {
  const matcher = createConceptMatcher(knowledge.topics);
  const passages = buildPassageIndex(corpus.postings, corpus.company, matcher);
  const aliases = aliasMap(knowledge.termAliases);
  const postingIndex = buildPostingIndex(corpus.postings, passages, knowledge.postingAliases, aliases);
  // A word the board uses in some form ("jobber" where it says "jobb") is no typo.
  const isKnown = (token: string) =>
    passages.vocabulary.has(token) || aliases.has(token) || matcher.inPhrase(token) || matcher.match([token], { question: true }).length > 0 || stemsOfAny(token).some((form) => passages.postingsOf.has(form));
  // Typos are repaired to the board's words and to the words of the topics ("travl" → "travel" on a board that only says "travels"); a compound the board writes apart is split into its words.
  const topicWords = knowledge.topics.flatMap((topic) => topic.words).filter((word) => /^[?=]?[\p{L}]+\*?$/u.test(word)).map((word) => word.replace(/^[?=]|\*$/g, '').toLowerCase());
  const boardYear = Math.max(0, ...corpus.postings.map((posting) => Number(posting.date.slice(0, 4)) || 0));
  const repair = createWordRepair([...passages.vocabulary, ...topicWords], isKnown, aliases);
  const byId = new Map(corpus.postings.map((posting) => [posting.id, posting]));
  const { domain, hostWords } = companyDomain(corpus);
  const companyName = knowledge.site.companyName || companyNameOf(corpus, domain);
  // "Tidewell" of "Tidewell Health" (tidewellhealth.co.uk): the name's own word, not "health".
  const companyWords = new Set([...tokenize(knowledge.site.companyName), ...tokenize(companyName).slice(0, 1), ...(domain ? [domain] : []), ...hostWords]);
  const definitions = definitionsOf([...passages.company, ...passages.entries.filter((entry) => entry.posting !== null)], companyName);
  const scale = knowledge.engine.answerThreshold;
  const { companyTerms, termsByPosting: postingTerms } = passages;

  const shapeOfConcept = (id: string) => matcher.concepts.get(id)?.shape ?? null;
  const acrossBoard = createAcrossBoard(passages, scale, shapeOfConcept);
  const { recruiterOf, recruiterById } = createRecruiters(corpus, knowledge.directory, companyName);
  const siblingOf = createSiblingOf(postingIndex, { matcher, aliases });

  // A board does not change under a loaded engine: each audience's postings are listed once.
  const visibleLists = { candidate: corpus.postings.filter(visibleTo('candidate')), staff: corpus.postings };

  const understand = createUnderstanding({ question: { matcher, aliases, repair, compounds: passages.compounds, boardYear }, postingIndex, byId, companyWords, siblingOf, visibleLists });

  function ask(input: Question): Reply {
    const plan = understand(input);
    const { question } = plan;
    const language = question.language;
    const visibleList = visibleLists[input.audience];
    // An unknown word asked about ("do you use kafka?") is a question; keyboard noise ("asdf jkl") is not.
    const saysSomething =
      question.concepts.length > 0 || question.words.some((word) => (!word.concept && isKnown(word.token)) || (question.asks && word.asked && looksLikeAWord(word.token)));
    // Said, not asked, naming no role and no topic ("I'm interested in working for you"): the hint.
    const onlySaid = !question.asks && question.concepts.length === 0;
    if (!input.postingId && ((!plan.posting && !plan.named && (!saysSomething || onlySaid || (asksAboutCandor(question.text) && question.concepts.length === 0) || saysNothing(question.text))) || onlyThanks(question.text))) return helpReply({ visible: visibleList, language });
    // Off topic: nothing asked but words the board never uses, around a place ("the weather in Oslo tomorrow?").
    const placeOnly = question.concepts.length > 0 && question.concepts.every((concept) => concept === 'location' && [...(question.conceptWords.get('location') ?? [])].every((token) => question.words.some((word) => word.place && word.token === token)));
    const namedByPlaceOnly = [...plan.naming].every((token) => question.words.some((word) => word.place && word.token === token));
    if (!input.postingId && !input.contextPostingId && placeOnly && namedByPlaceOnly && question.words.every((word) => word.place || word.negated || !isKnown(word.token))) return helpReply({ visible: visibleList, language });
    const topic = question.concepts[0] ?? null;
    if (plan.posting) return answerForPosting(plan.posting, question, plan.naming, topic);
    if (plan.hiddenNamed) return handoffReply({ posting: null, recruiter: recruiterOf(null), topic, confidence: 0, guesses: [], language });
    return answerAcross(plan.named ?? visibleList, Boolean(plan.named), question, plan.naming, topic);
  }

  /** What is asked of one posting, and its passages ranked for it. */
  function rankFor(posting: Posting, question: ReadQuestion, naming: Set<string>) {
    const asked = askedOf(question, passages, naming, inScopeOf([postingTerms.get(posting.id) ?? new Set(), companyTerms]), postingIndex.places);
    const own = passages.byPosting.get(posting.id) ?? [];
    // A word foreign to a posting in another language may be a translation Candor lacks: the concepts decide then. Not when it also says it in the asker's.
    if (!own.some((entry) => entry.passage.language === question.language)) [asked.untranslated, asked.foreign] = [asked.foreign, []];
    return { asked, own, ranked: rankEntries(own, asked, question, passages, shapeOfConcept) };
  }

  function answerForPosting(posting: Posting, question: ReadQuestion, naming: Set<string>, topic: string | null): Reply {
    const language = question.language;
    const { asked, own, ranked } = rankFor(posting, question, naming);
    // Nothing asked of the role but the role itself, or what its work is ("what would I be doing?"): what the posting says the role is.
    // A topic asked but read as naming the role ("the CE licence" of the "C/CE" driver) is no question about the work.
    const theWork = asked.concepts.every((concept) => concept === 'tasks' || (WEAK.has(concept) && asked.concepts.includes('tasks'))) && asked.words.every(({ word }) => word.concept) && (asked.concepts.length > 0 || question.concepts.every((concept) => concept === 'tasks' || concept === 'company')) && !asked.becoming && !question.mayApply;
    if (theWork && asked.foreign.length === 0 && asked.untranslated.length === 0) {
      const role = describeRole(own);
      if (role.length) return answerReply({ excerpts: role, posting, companyTitle: companyName, topic: 'role', confidence: 0.6, language });
    }
    const answer = chooseAnswer(ranked, asked, scale);
    if (answer) return answered(answer, posting, topic, language);
    if (asked.concepts.length && asked.concepts.every((concept) => COMPANY_WIDE.has(concept))) {
      const company = chooseAnswer(rankEntries(companyOnTopic(passages.company, asked.concepts), asked, question, passages, shapeOfConcept), asked, scale);
      if (company) return answered(company, null, topic, language);
    }
    const curated = curatedFor(posting.id, topic);
    if (curated) return curatedReply({ text: curated.text, source: curated.source, posting, topic: curated.topic, language });
    if (asked.concepts.length === 1 && asked.concepts[0] === 'apply' && !asked.shape && asked.words.every(({ word }) => word.concept) && posting.applyUrl && asked.foreign.length === 0) return applyLinkReply({ posting: { ...posting, applyUrl: posting.applyUrl }, topic: 'apply', language });
    return handoffReply({ posting, recruiter: recruiterOf(posting), topic, confidence: ranked[0] ? 0.3 : 0, guesses: guessesOf(ranked, topic), language });
  }

  function answerAcross(all: Posting[], named: boolean, question: ReadQuestion, naming: Set<string>, topic: string | null): Reply {
    const language = question.language;
    // "(inte senior)": the roles a negated word names are not asked about.
    const negated = question.words.filter((word) => word.negated);
    const ruledOut = negated.length ? new Set(postingIndex.rank(negated.map((word) => ({ ...word, negated: false })), () => true).map((match) => match.posting)) : new Set<Posting>();
    const pool = all.filter((posting) => !ruledOut.has(posting));
    // Role words ("engineer") name postings, even when they name too many to pick one: they are not what is asked.
    const roleWords = question.words.filter((word) => !word.concept && postingIndex.inSomeTitle(word)).map((word) => word.token);
    // Postings named only by where they are ("at Variant Trondheim", "kontoret deres i Bergen"): the company's office there may be what is asked, when an office is.
    const namedByPlace = naming.size > 0 && [...naming].every((token) => postingIndex.isPlace(token));
    const byPlace = named && namedByPlace && question.concepts.some((concept) => concept === 'location' || concept === 'team');
    const notAsked = byPlace ? [...companyWords, ...roleWords.filter((token) => !naming.has(token))] : [...naming, ...companyWords, ...roleWords];
    const asked = askedOf(question, passages, new Set(notAsked), (variants) => variants.some((variant) => passages.postingsOf.has(variant)), postingIndex.places, byPlace ? new Set() : naming);
    if (!pool.some((posting) => posting.language === question.language)) [asked.untranslated, asked.foreign] = [asked.foreign, []];
    // "Where are your offices?", "har dere …": asked of the company, not of a role.
    const ofYou = (!named || byPlace) && addressesTheCompany(question.text) && (asked.concepts.length ? asked.concepts : question.concepts).every((concept) => BOARD_WIDE.has(concept));
    const ofItself = question.concepts.some((concept) => ABOUT_THE_COMPANY.has(concept));
    // "Hjemmefra hos Havbro?": the company named as whose the job is, as "hos dere" says it.
    const byName = question.words.some((word) => companyWords.has(word.token));
    const aboutCompany = ofYou || ofItself || byName || question.concepts.includes('openings');
    // "What does Acme do?": the sentence Acme describes itself with, else the company page's opening words.
    const defined = aboutCompany && !question.shape && asksOnlyTheCompany(asked) ? describeCompany(definitions, pool) : [];
    const nothingAsked = asked.words.length === 0 && asked.concepts.length === 0 && asked.foreign.length === 0 && asked.untranslated.length === 0;
    if (nothingAsked && named) return clarifyReply({ choices: pool.slice(0, MAX_CHOICES), topic: null, confidence: 0.5, language });
    const about = defined.length ? defined : nothingAsked && aboutCompany ? describeRole(passages.company) : [];
    if (about.length) return answerReply({ excerpts: about, posting: null, companyTitle: companyName, topic: 'company', confidence: 0.6, language });
    if (nothingAsked) return helpReply({ visible: pool, language });
    const company = chooseAnswer(rankEntries(aboutCompany ? passages.company : companyOnTopic(passages.company, asked.concepts), asked, question, passages, shapeOfConcept), asked, scale);
    // The company itself asked about, and its page answers: what each role says does not change that.
    if (company && aboutCompany) return answered(company, null, topic, language);
    const board = acrossBoard(pool, question, asked);
    const answering = board.answering;
    const best = answering[0];
    const companyWide = asked.concepts.length > 0 && asked.concepts.every((concept) => BOARD_WIDE.has(concept));
    const majorityFact = asked.concepts.length > 0 && asked.concepts.every((concept) => MAJORITY.has(concept));
    // How many postings say the same matters for what is company-wide; elsewhere only whether all of them do.
    const agreeing = !named && (aboutCompany || majorityFact || (company !== null && companyWide)) ? agreementOf(answering, asked) : null;
    // The company page speaks for every posting on what is company-wide, or when the company itself is asked about;
    // not when the postings answer it each their own way ("pension depends on the country": which role?).
    // Unless most of them answer with a figure the company page gives ("Friskvårdsbidrag på 5 000 kr" in one posting's words or another's).
    // "For some roles, an extract from the criminal register": the company page itself leaves it to each role.
    const pageDefers = company !== null && answering.length >= 2 && company.excerpts.some(({ entry }) => BY_ROLE.test(entry.passage.text));
    const postingsDiffer = pageDefers || (agreeing !== null && answering.length >= 2 && 2 * agreeing.length < answering.length && !(company && mostEcho(answering, company.excerpts, majorityFact, sectionOf(company.excerpts))));
    if (company && (aboutCompany || (!named && companyWide && !postingsDiffer) || !best)) {
      return answered(company, null, topic, language);
    }
    if (!best) {
      const curated = curatedFor('*', topic);
      if (curated) return curatedReply({ text: curated.text, source: curated.source, posting: null, topic: curated.topic, language });
      // No role answers, none named: of what is company-wide, the company page may say it under another heading ("Where we hire"), not untitled or in what it says of itself.
      const anywhere = !named && !aboutCompany && asked.concepts.length > 0 && asked.concepts.every((concept) => BOARD_WIDE.has(concept) || concept === 'visa') && chooseAnswer(rankEntries(passages.company.filter((entry) => entry.section.headingPath.length > 0 && !entry.headingConcepts.has('company')), asked, question, passages, shapeOfConcept), asked, scale);
      if (anywhere) return answered(anywhere, null, topic, language);
      // Several roles fit the words and none says it: which one decides who can answer.
      // Not when they were named only by where they are and the thing asked is one the board never names ("a dog at the Oslo office?").
      if (named && pool.length > 1 && !(namedByPlace && asked.foreign.length > 0)) return clarifyReply({ choices: pool.slice(0, MAX_CHOICES), topic, confidence: 0.4, language });
      const only = named && pool.length === 1 ? pool[0]! : null;
      const people = new Set(pool.map((posting) => recruiterOf(posting).id));
      const recruiter = named && people.size === 1 ? recruiterOf(pool[0]!) : recruiterOf(null);
      const guesses = [...board.guesses].sort((a, b) => b.confidence - a.confidence).slice(0, 3);
      return handoffReply({ posting: only, recruiter, topic, confidence: 0, guesses: guesses.map(({ posting, confidence }) => ({ posting: postingRef(posting), topic, confidence })), language });
    }
    // One posting answers; or the question is about a thing ("do you use OpenShift?") or the company itself, not a topic each role answers its own way.
    // One posting answering is the answer, unless others speak of it without giving what is asked, or as they see fit
    // ("how many days at home?", "what does a developer earn?" with "market-rate pay" in one, each role's own hiring process): which role, then.
    const shaped = Boolean(question.shape) || asked.concepts.some((concept) => shapeOfConcept(concept) !== null);
    const alone = answering.length === 1 && (asked.concepts.length === 0 || (!shaped && !companyWide) || board.speaking < 2);
    // Asked of the company ("hjemmefra hos dere?"), a topic a few roles answer each their own way is which role; one most answer, or asked of a place ("kontoret deres i Bergen"), the company's.
    const ofUs = ofItself || ((ofYou || byName) && (byPlace || asked.places.asked.length > 0 || asked.concepts.length === 0 || 3 * answering.length >= 2 * pool.length));
    if (alone || (!named && question.asks && asked.concepts.length === 0) || ((!named || byPlace) && question.asks && ofUs)) return answered(quoteOf(best, asked), best.posting, topic, language);
    // Several postings saying the same: a company-wide fact, when most of those that answer say it; else when all do.
    const mostSay = agreeing !== null && agreeing.length >= 2 && 2 * agreeing.length >= answering.length;
    const said = pageDefers ? null : mostSay ? answering[agreeing[0]!]! : agreeing === null && answering.length > 1 && allAgree(answering, asked) ? best : null;
    if (said) return answered(quoteOf(said, asked), said.posting, topic, language);
    // Those that answer first, then the other roles asked about, so every role can be picked (its own answer or a handoff).
    const choices = answering.slice(0, MAX_CHOICES).map((item) => item.posting);
    for (const posting of pool) {
      if (choices.length >= MAX_CHOICES) break;
      if (!choices.includes(posting)) choices.push(posting);
    }
    return clarifyReply({ choices, topic, confidence: 1 - 1 / (1 + answering.length), language });
  }

  function answered(answer: Answer, posting: Posting | null, topic: string | null, language: Reply['language']): Reply {
    return answerReply({ excerpts: answer.excerpts.map((item) => item.entry), posting, companyTitle: companyName, topic, confidence: answer.confidence, language });
  }

  // The company page's list a quote is from, all of it: postings repeat the list, not the line.
  const sectionOf = (excerpts: readonly { entry: Entry }[]) => {
    const sections = new Set(excerpts.map(({ entry }) => entry.section));
    return passages.company.filter((entry) => sections.has(entry.section)).map((entry) => ({ entry }));
  };

  const curatedFor = (postingId: string, topic: string | null) => (topic ? knowledge.answers.find((answer) => answer.topic === topic && (answer.posting === postingId || answer.posting === '*')) : undefined);

  /** Why a question gets its reply: what was read of it and which postings it named. */
  function explain(input: Question) {
    const { question, posting, named, naming, matches } = understand(input);
    const top = matches.slice(0, 5).map((match) => ({ id: match.posting.id, title: Number(match.title.toFixed(2)), total: Number(match.total.toFixed(2)) }));
    // For a posting asked about: its best passages, and the checks that kept each from being quoted.
    let passagesRanked: { text: string; score: number; coverage: number; concepts: string[]; failed: string[] }[] = [];
    let unknown: string[] = [];
    if (posting) {
      const { asked, ranked } = rankFor(posting, question, naming);
      unknown = [...asked.foreign, ...asked.untranslated];
      const finder = createFinder(asked, scale);
      passagesRanked = ranked.slice(0, 8).map((item) => ({ text: item.entry.passage.text.slice(0, 240), score: Number(item.score.toFixed(2)), coverage: Number(item.coverage.toFixed(2)), concepts: [...item.concepts], failed: finder.failed(item) }));
    }
    return { words: question.words, concepts: question.concepts, shape: question.shape, posting: posting?.id ?? null, named: named?.map((entry) => entry.id) ?? null, naming: [...naming], matches: top, unknown, passages: passagesRanked, reply: ask(input) };
  }

  return {
    corpus,
    knowledge,
    recruiterOf,
    recruiterById,
    explain,
    ask,
    topicsIn: (text) => [...new Set(matcher.match(tokenize(text)).map((hit) => hit.id))],
    postings: (audience) =>
      visibleLists[audience].map((posting) => ({
        ...postingRef(posting),
        team: posting.team,
        location: posting.location,
        url: posting.url,
        applyUrl: posting.applyUrl,
      })),
  };
}

