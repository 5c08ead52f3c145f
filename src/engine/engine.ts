/**
 * The answering engine: a question becomes an answer quoted from the right
 * posting, a question back (which role?), an honest handoff, or a hint.
 * See docs/design.md for the decision in words.
 */
import type { Corpus, Posting } from '../content/types.js';
import type { Knowledge, Recruiter } from '../knowledge/types.js';
import { analyzeQuestion, readQuestion, type QuestionAnalysis } from './analyze.js';
import { answerReply, applyLinkReply, clarifyReply, curatedReply, handoffReply, helpReply } from './compose.js';
import { rankAcross } from './across.js';
import { selectExcerpts } from './excerpt.js';
import { buildEngineIndexes, narrowTopicsOf, type EngineIndexes } from './indexes.js';
import { rankPassages, type RankQuery, type ScoredPassage } from './rank.js';
import type { SearchIndex } from './search-index.js';
import { words } from './text.js';
import { topicMatcherFor } from './topics.js';
import { createTypoCorrector } from './typos.js';
import type { Audience, Engine, Guess, Question, Reply } from './types.js';

const MAX_CHOICES = 8;

export interface CandorEngine extends Engine {
  readonly corpus: Corpus;
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
  recruiterOf(posting: Posting | null): Recruiter;
  explain(question: Question): unknown;
  replacePosting(posting: Posting): void;
}

/** `indexes`, when given, are this corpus's, built as it was parsed (engineIndexesFor); else they are built here. */
export function createEngine(corpus: Corpus, knowledge: Knowledge, indexes: EngineIndexes = buildEngineIndexes(corpus, knowledge)): CandorEngine {
  const companyName = knowledge.site.companyName;
  const matcher = topicMatcherFor(knowledge);
  const narrowTopics = narrowTopicsOf(knowledge);
  const { index, names } = indexes;
  const aliasWords = Object.entries(knowledge.termAliases).flatMap(([key, value]) => [key, ...words(value)]);
  const typos = createTypoCorrector([...matcher.vocabulary, ...names.vocabulary, ...aliasWords], index.words);
  // Topic and alias words are fixed; posting names and corpus words grow with replacePosting, so they are read live.
  const vocabulary = new Set([...matcher.vocabulary, ...aliasWords]);
  const isKnownWord = (word: string) => vocabulary.has(word) || index.words.has(word) || names.vocabulary.has(word);
  const visibleCache = new Map<Audience, Posting[]>();
  let byIdCache: Map<string, Posting> | null = null;
  const threshold = knowledge.engine.answerThreshold;
  const companyWords = new Set(words(companyName));
  const directory = knowledge.directory;
  const recruiterOf = (posting: Posting | null): Recruiter => {
    if (!posting?.recruiterId && posting?.contact) return { id: `contact:${posting.contact.email}`, ...posting.contact };
    const id = posting?.recruiterId ?? directory.defaultId;
    return directory.recruiters.find((recruiter) => recruiter.id === id) ?? directory.recruiters[0]!;
  };

  return {
    corpus,
    knowledge,
    index,
    recruiterOf,
    postings: (audience) =>
      visiblePostings(audience).map((posting) => ({
        id: posting.id,
        title: posting.title,
        ...(posting.draft ? { draft: true } : {}),
        team: posting.team,
        location: posting.location,
        url: posting.url,
        applyUrl: posting.applyUrl,
      })),
    ask,
    explain,
    replacePosting,
  };

  /**
   * One changed posting in place of its old version, without a rebuild: a
   * file watcher's edit costs one posting's indexing, not the corpus's.
   */
  function replacePosting(posting: Posting): void {
    const at = corpus.postings.findIndex((existing) => existing.id === posting.id);
    if (at >= 0) corpus.postings[at] = posting;
    else corpus.postings.push(posting);
    index.replacePosting(posting);
    names.replacePosting(posting);
    visibleCache.clear();
    byIdCache = null;
  }

  /** Postings by id: a board of thousands is not searched from the start for each question. */
  function postingsById(): Map<string, Posting> {
    byIdCache ??= new Map(corpus.postings.map((posting) => [posting.id, posting]));
    return byIdCache;
  }

  function visiblePostings(audience: Audience): Posting[] {
    const cached = visibleCache.get(audience);
    if (cached) return cached;
    const visible = corpus.postings.filter((posting) => audience === 'staff' || !posting.draft);
    visibleCache.set(audience, visible);
    return visible;
  }

  interface Plan {
    analysis: QuestionAnalysis;
    visible: Posting[];
    named: Posting[];
    namesHidden: boolean;
    query: RankQuery;
    posting: Posting | undefined;
    candidates: Posting[];
    /** Whether a posting is among the candidates, without a set over a large board. */
    isCandidate: (posting: Posting) => boolean;
    context: Posting | undefined;
    topic: string | null;
  }

  /** What the question asks and about which posting(s), before deciding how to reply. */
  function understand(question: Question): Plan {
    const analysis = analyzeQuestion(question.text, {
      matcher,
      typos,
      termAliases: knowledge.termAliases,
      isKnownWord,
      isNameWord: (word) => names.vocabulary.has(word),
    });
    const visible = visiblePostings(question.audience);
    const isVisible = (posting: Posting) => question.audience === 'staff' || !posting.draft;
    const byId = (id: string | undefined) => {
      const posting = id === undefined ? undefined : postingsById().get(id);
      return posting && isVisible(posting) ? posting : undefined;
    };
    const named = names.resolve(analysis.nameTerms, isVisible);
    // A role the asker cannot see (a draft, for a candidate) is a role Candor does not know: hand off, reveal nothing.
    const namesHidden = named.length === 0 && names.resolve(analysis.nameTerms, () => true).length > 0;
    const reading = readQuestion(analysis, matcher, new Set(named.flatMap((match) => [...match.matched])));
    const asksForCount = analysis.asksForCount && reading.topics.some((topic) => matcher.topics.get(topic.id)?.absent);
    const query: RankQuery = { topics: reading.topics, contentTerms: reading.contentTerms, asksForCount, narrowTopics, language: analysis.language };
    if (query.topics.length === 0 && analysis.words.some((word) => companyWords.has(word))) query.topics = [{ id: 'company', weight: 1 }];
    const context = byId(question.contextPostingId);
    let posting = byId(question.postingId);
    let candidates = visible;
    if (!posting) {
      if (named.length === 1) posting = named[0]!.posting;
      else if (named.length > 1) {
        posting = named.find((match) => match.posting.id === context?.id)?.posting;
        candidates = named.map((match) => match.posting);
      } else posting = context ?? (visible.length === 1 ? visible[0] : undefined);
    }
    // A set: on a big board a question can name hundreds of postings, and a scan across the board asks this of every passage it meets.
    const namedSet = candidates === visible ? null : new Set(candidates);
    const isCandidate = namedSet === null ? isVisible : (posting: Posting) => namedSet.has(posting);
    return { analysis, visible, named: named.map((match) => match.posting), namesHidden, query, posting, candidates, isCandidate, context, topic: query.topics[0]?.id ?? null };
  }

  function ask(question: Question): Reply {
    const plan = understand(question);
    const { analysis, visible, query } = plan;
    const language = analysis.language;
    if (!question.postingId && plan.named.length === 0 && analysis.topics.length === 0 && !analysis.hasKnownWord && !analysis.asksSomething) {
      return helpReply({ visible, language });
    }
    if (query.topics.length === 0 && query.contentTerms.length === 0) {
      // A role named and nothing asked about it: what the role is. Nothing named and nothing asked: a hint.
      if (!plan.posting && plan.named.length === 0) return helpReply({ visible, language });
      query.topics = [{ id: 'role', weight: 1 }];
    }
    const topic = query.topics[0]?.id ?? null;
    if (topic === 'openings' && !plan.posting) return helpReply({ visible, language });
    if (plan.posting) return answerForPosting(plan.posting, query, topic, language);
    if (plan.namesHidden && !plan.context) {
      return handoffReply({ posting: null, recruiter: recruiterOf(null), topic, confidence: 0, guesses: [], language });
    }
    return answerAcross(plan.candidates, plan.isCandidate, query, topic, language);
  }

  /** Why a question gets its reply: for developers tuning knowledge/ and for staff. */
  function explain(question: Question) {
    const plan = understand(question);
    const pool = plan.posting ? index.byPosting.get(plan.posting.id) ?? [] : plan.candidates.flatMap((posting) => index.byPosting.get(posting.id) ?? []);
    return {
      words: plan.analysis.words,
      topics: plan.query.topics,
      contentTerms: plan.query.contentTerms,
      named: plan.named.map((posting) => posting.id),
      posting: plan.posting?.id ?? null,
      top: rankPassages(pool, plan.query, index)
        .slice(0, 5)
        .map((item) => ({
          posting: item.entry.posting?.id,
          section: item.entry.section.title,
          score: Number(item.score.toFixed(3)),
          topicFit: Number(item.topicFit.toFixed(3)),
          lexical: Number(item.lexical.toFixed(3)),
          own: Object.fromEntries([...item.entry.ownTopics]),
          text: item.entry.passage.text.slice(0, 100),
        })),
    };
  }

  function answerForPosting(posting: Posting, query: RankQuery, topic: string | null, language: Reply['language']): Reply {
    const ranked = rankPassages(index.byPosting.get(posting.id) ?? [], query, index);
    const best = ranked[0];
    const confidence = best?.score ?? 0;
    if (best && confidence >= threshold) {
      return answerReply({ excerpts: excerpts(ranked, query), posting, companyTitle: companyName, topic, confidence, language });
    }
    const curated = curatedFor(posting.id, topic);
    if (curated) return curatedReply({ text: curated.text, source: curated.source, posting, topic: curated.topic, language });
    if (topic === 'apply' && posting.applyUrl) return applyLinkReply({ posting: { ...posting, applyUrl: posting.applyUrl }, topic, language });
    const guesses: Guess[] = ranked.slice(0, 3).map((item) => ({ posting: { id: posting.id, title: posting.title }, topic, confidence: item.score }));
    return handoffReply({ posting, recruiter: recruiterOf(posting), topic, confidence, guesses, language });
  }

  function answerAcross(
    candidates: Posting[],
    isCandidate: (posting: Posting) => boolean,
    query: RankQuery,
    topic: string | null,
    language: Reply['language'],
  ): Reply {
    const perPosting = rankAcross(candidates, isCandidate, query, index, { threshold, enough: MAX_CHOICES });
    const answering = perPosting.filter(({ ranked }) => (ranked[0]?.score ?? 0) >= threshold);
    const company = rankPassages(index.company, query, index);
    const companyAnswers = (company[0]?.score ?? 0) >= threshold;
    const guesses: Guess[] = perPosting
      .map(({ posting, ranked }) => ({ posting: { id: posting.id, title: posting.title }, topic, confidence: ranked[0]?.score ?? 0 }))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3);

    // Company-wide text answers for every posting when it answers at least as well as any of them.
    const bestPostingScore = Math.max(0, ...perPosting.map(({ ranked }) => ranked[0]?.score ?? 0));
    if (companyAnswers && (topic === 'company' || company[0]!.score >= bestPostingScore - 0.05)) {
      return answerReply({ excerpts: excerpts(company, query), posting: null, companyTitle: companyName, topic, confidence: company[0]!.score, language });
    }
    if (answering.length === 0) {
      const curated = curatedFor('*', topic);
      if (curated) return curatedReply({ text: curated.text, source: curated.source, posting: null, topic: curated.topic, language });
      const confidence = guesses[0]?.confidence ?? 0;
      return handoffReply({ posting: null, recruiter: recruiterOf(null), topic, confidence, guesses, language });
    }
    const first = answering[0]!;
    const sameEverywhere =
      answering.length === candidates.length && new Set(answering.map(({ ranked }) => normalise(ranked[0]!.entry.passage.text))).size === 1;
    const onlyOneSaysIt = answering.length === 1 && query.contentTerms.length > 0 && first.ranked[0]!.lexical >= 0.5;
    // A question about a thing, not a topic ("do you use OpenShift?"), is about the company's
    // work: the posting that says it best answers it, and says which posting it is.
    const aboutAThing = query.topics.length === 0 && query.contentTerms.length > 0;
    if (sameEverywhere || onlyOneSaysIt || aboutAThing) {
      const best = aboutAThing ? answering.reduce((a, b) => (b.ranked[0]!.score > a.ranked[0]!.score ? b : a)) : first;
      return answerReply({ excerpts: excerpts(best.ranked, query), posting: best.posting, companyTitle: companyName, topic, confidence: best.ranked[0]!.score, language });
    }
    // Those that answer first, then the others up to the limit: a board of thousands is not copied for eight choices.
    const choices = answering.slice(0, MAX_CHOICES).map(({ posting }) => posting);
    for (const posting of candidates) {
      if (choices.length >= MAX_CHOICES) break;
      if (!answering.some((a) => a.posting === posting)) choices.push(posting);
    }
    return clarifyReply({ choices, topic, confidence: 1 - 1 / (1 + answering.length), language });
  }

  function excerpts(ranked: ScoredPassage[], query: RankQuery) {
    return selectExcerpts(ranked, query, matcher, (scored) =>
      ranked.filter((item) => item.entry.section === scored.entry.section).concat(
        (scored.entry.posting ? index.byPosting.get(scored.entry.posting.id) ?? [] : index.company)
          .filter((entry) => entry.section === scored.entry.section && !ranked.some((item) => item.entry === entry))
          .map((entry) => ({ entry, score: 0, topicFit: 0, lexical: 0 })),
      ),
    );
  }

  function curatedFor(postingId: string, topic: string | null) {
    if (!topic) return undefined;
    return knowledge.answers.find((answer) => answer.topic === topic && (answer.posting === postingId || answer.posting === '*'));
  }
}

function normalise(text: string): string {
  return words(text).join(' ');
}
