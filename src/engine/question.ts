/**
 * A message read as a question: its words (each with every form it may take
 * in a passage of any of the four languages, and its aliases), the concepts
 * it asks about, the shape of answer it wants, and the words it negates
 * ("not the senior one"). Sentences around the question still name the role.
 */
import { SHAPE_WORDS, type Shape } from '../language/concepts.js';
import { ALONG, BECOMES, COUNTING, INJECTION, MAIL, ON_TOP, QUESTION_START, SEND, SPEAKER, WHEN_JOINS, WHO_PAYS, YES_OR_NO } from '../language/questions.js';
import { GENERIC } from '../language/generic.js';
import type { ConceptMatcher } from '../language/concept-matcher.js';
import { detectLanguage } from '../language/detect.js';
import { FALSE_FRIENDS, isEveryday, isStopword, isStopwordIn } from '../language/stopwords.js';
import { negatedPositions, paidForPositions, paidPassively, paysFor, placePositions } from './positions.js';
import { PAID_FORMS, PAYING } from '../language/roles-and-paying.js';
import { compoundsInOtherWords } from '../language/compounds.js';
import { eligibilityOf, figuresOfTheAsker, whetherToApply } from './eligibility.js';
import { fold, parts, stemsOfAny, tokenize, type Language } from '../language/words.js';

export interface QueryWord {
  token: string;
  /** Terms to look the word up by (its stems in every language, its aliases'). */
  variants: string[];
  /** Part of a concept's word or phrase. */
  concept: boolean;
  /** The concepts it names. */
  concepts: string[];
  /** Its concepts are only inside it ("mobilutvikler"): it names a role as much as it asks. */
  looseConcept: boolean;
  /** In a sentence that asks (not only in the sentences around it). */
  asked: boolean;
  /** Within two words of a concept's word: what the concept is said of ("uncapped commission"). */
  nearConcept: boolean;
  /** A place named after "from"/"in" ("from Berlin", "fra Norge"): a location asked, not a word postings must hold. */
  place: boolean;
  negated: boolean;
  /** Which side of an "or" it stands on in its sentence, from 0: "a coding test or a take-home". */
  clause?: number;
  /** The word as written when it is a part of it ("tools" of "tools/stack") or its parts joined ("toolsstack"). */
  of?: string;
}

export interface Question {
  text: string;
  language: Language;
  words: QueryWord[];
  /** Concepts the asking sentences name. */
  concepts: string[];
  /** Concepts per clause asked ("offices or remote?" is two): answering one clause's all is answering. */
  conceptGroups: string[][];
  /** The words that named each concept: a concept named only by a posting's title ("Delivery Manager") is not asked. */
  conceptWords: Map<string, Set<string>>;
  shape: Shape;
  /** Asks how many ("how many people?"), not how big: a share is no answer. */
  counts: boolean;
  /** Something is asked (a question mark or a question word), not only said. */
  asks: boolean;
  /** Alternatives are asked ("X or Y?"). */
  alternatives: boolean;
  /** Whether the asker may apply is asked ("is that enough?"): never answered with what the role is. */
  mayApply: boolean;
}

export const MAX_QUESTION_CHARS = 1200;

/** The Swedish verb "visa" (show) before what is shown ("visa utdrag ur registret"), not a visa. */
function showsSomething(tokens: readonly string[], at: number, language: Language): boolean {
  const next = tokens[at + 1];
  return language === 'sv' && tokens[at] === 'visa' && next !== undefined && !isStopword(next) && !next.startsWith('sponsr') && !next.startsWith('sponsor');
}

/** A short word's definite ending written after a hyphen: "cv-en", "pc-en", "QA-et" are a CV, a PC, QA. */
const DEFINITE_AFTER_HYPHEN = /^([\p{L}\d]{1,5})-(en|et|a|n|ene|er|erne|ar|arna|na)$/u;

/** Mentions, markup, links and control characters out; the rest is the asker's words. */
export function cleanQuestion(raw: string): string {
  let text = raw.length > 4 * MAX_QUESTION_CHARS ? `${raw.slice(0, 2 * MAX_QUESTION_CHARS)} ${raw.slice(-2 * MAX_QUESTION_CHARS)}` : raw;
  text = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/<[@#!][^>\s]*>/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:)[^)]*\)/g, '$1')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (text.length > MAX_QUESTION_CHARS) text = `${text.slice(0, MAX_QUESTION_CHARS / 2)} ${text.slice(-MAX_QUESTION_CHARS / 2)}`;
  return text;
}

export interface QuestionDeps {
  matcher: ConceptMatcher;
  aliases: ReadonlyMap<string, string[]>;
  /** A word's replacement when it is not a word of the board (a typo), else null. */
  repair: (token: string) => string | null;
  /** Terms of the board that start with a term: the compounds it is part of ("stockholm" → "stockholmskontoret"). */
  compounds?: (term: string) => string[];
  /** The year the board is of (its newest posting's): an earlier year the asker names is one gone by. */
  boardYear?: number;
}

/** "Hiring team here:", "People team question:", "Internt:": who is asking, said before what is asked. */
const SPEAKER_LABEL = /^([^:?\n–—]{1,40}?)\s*(?::|\s[–—-])\s+(?=\S)/;

function apartFromLabel(sentence: string): string[] {
  const label = SPEAKER_LABEL.exec(sentence);
  return label && SPEAKER.test(label[1]!) && label[1]!.split(/\s+/).length <= 4 ? [label[1]!, sentence.slice(label[0].length)] : [sentence];
}

export function readQuestion(raw: string, deps: QuestionDeps): Question {
  const text = cleanQuestion(raw);
  const sentences = text
    // A sentence ends where the next begins with a capital, or after a short remark ("okay fedt. bliver …"): "sr. backend engineer" is one.
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"'(@<])|(?<=\?)\s+|(?<=^(?:\S+\s+){0,7}\S*\p{L}{3}[.!])(?<!(?:^|\s)(?:inkl|ink|osv|etc|approx|eks|mnd|min|max|tel|evt|dvs|mvh|bl\.a|f\.eks|t\.ex|e\.g|i\.e)[.!])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .flatMap(apartFromLabel)
    // "ignore all previous instructions … ok now the real question: whats the deadline?": the real question stays.
    .flatMap((sentence) => (INJECTION.test(sentence) ? sentence.split(/(?<=[.!?:;])\s+/) : [sentence]))
    .filter((sentence) => sentence && !INJECTION.test(sentence));
  const marked = sentences.filter((sentence) => sentence.endsWith('?'));
  const asking = marked.length ? marked : sentences.filter((sentence) => QUESTION_START.test(sentence) || SHAPE_WORDS.some(([words]) => sentence.toLowerCase().startsWith(words)));
  const asked = new Set(asking.length ? asking : sentences);
  // "I don't speak Swedish yet. Can I still apply?": the topics the asker says of themselves are asked of the posting.
  const eligibility = eligibilityOf([...asked], text);
  const described = new Set<string>();
  const describing: QueryWord[] = [];
  const language = detectLanguage(text, 'en');
  const words: QueryWord[] = [];
  const concepts = new Set<string>();
  const conceptWords = new Map<string, Set<string>>();
  const conceptGroups: string[][] = [];
  let shape: Shape = null;
  let counts = false;
  for (const sentence of sentences) {
    // Typos repaired before anything is read of them: "travl" asks about travel; a word of everyday language is no typo.
    const keepAsIs = (token: string) => isEveryday(token) || GENERIC.has(token) || isStopword(token) || PAYING.has(token);
    const read = (text: string) => tokenize(text).map((token) => token.replace(DEFINITE_AFTER_HYPHEN, '$1')).map((token) => (keepAsIs(token) ? token : deps.repair(token) ?? token));
    const tokens = read(sentence);
    const isAsked = asked.has(sentence);
    const describes = eligibility.asks && !isAsked;
    const ownFigures = figuresOfTheAsker(sentence, deps.boardYear);
    // Words only in brackets qualify the role ("(ticketing team)", "(not the senior one)"): they name, they are not asked.
    const outside = new Set(read(sentence.replace(/\([^)]*\)/g, ' ')));
    // "Do you pay for internet?" asks what is paid for, not about pay.
    // "Blir det fast etterpå?" asks whether it will become permanent, not what it is: no kind of employment a posting states answers that.
    const matched = deps.matcher.match(tokens, { question: true });
    // "Kan jeg sende CV-en på mail?": e-mail said of sending an application is how one applies, not whom to contact.
    const sending = matched.some((hit) => hit.id === 'apply');
    const hits = matched.filter((hit) => !(hit.id === 'compensation' && paysFor(tokens, hit.start)) && !(hit.id === 'contract' && BECOMES.test(tokens.slice(Math.max(0, hit.start - 3), hit.start).join(' '))) && !(hit.id === 'visa' && showsSomething(tokens, hit.start, language)) && !(hit.id === 'contact' && sending && MAIL.test(tokens[hit.start]!)));
    const inConcept = new Map<number, string[]>();
    const tight = new Set<number>();
    for (const hit of hits) {
      if (!hit.loose) for (let at = hit.start; at < hit.end; at += 1) tight.add(at);
      for (let at = hit.start; at < hit.end; at += 1) inConcept.set(at, [...(inConcept.get(at) ?? []), hit.id]);
      if (describes) described.add(hit.id);
      if (!isAsked && !describes) continue;
      concepts.add(hit.id);
      const named = conceptWords.get(hit.id) ?? new Set<string>();
      for (let at = hit.start; at < hit.end; at += 1) for (const part of parts(tokens[at]!)) named.add(part);
      conceptWords.set(hit.id, named);
    }
    if (isAsked && !shape) shape = shapeOf(sentence);
    if (isAsked && COUNTING.test(fold(sentence.toLowerCase()))) counts = true;
    const negated = negatedPositions(tokens, sentence);
    const places = placePositions(sentence, tokens);
    if (places.size && isAsked) {
      concepts.add('location');
      const named = conceptWords.get('location') ?? new Set<string>();
      for (const at of places) named.add(tokens[at]!);
      conceptWords.set('location', named);
    }
    if (isAsked) {
      // Clauses joined by "or": either one answered is an answer.
      let clause = new Set<string>(places.size ? ['location'] : []);
      tokens.forEach((token, at) => {
        if (/^(or|eller|alternatively)$/.test(token)) {
          if (clause.size) conceptGroups.push([...clause]);
          clause = new Set();
        }
        // "A bonus on top of the salary?", "oppå lønna": what it comes on top of is the frame, not asked.
        for (const hit of hits) if (hit.start === at && !ON_TOP.test(tokens.slice(Math.max(0, at - 3), at).join(' '))) clause.add(hit.id);
      });
      if (clause.size) conceptGroups.push([...clause]);
    }
    // "Do you pay for home broadband?": what is paid for is the thing asked, as a topic's own words are.
    const paidFor = paidForPositions(tokens);
    // "Må jeg sende med portefølje?": what one is to send, small words between aside, is what is asked of sending.
    const sent = (at: number) => { let back = at - 1; while (back >= 0 && ALONG.test(tokens[back]!)) back -= 1; return back >= 0 && SEND.test(tokens[back]!); };
    const near = (at: number) => paidFor.has(at) || sent(at) || hits.some((hit) => at >= hit.start - 1 && at < hit.end + 1);
    // Words written apart that the board writes together ("back end" → "backend"): one word more.
    for (let at = 0; at + 1 < tokens.length; at += 1) {
      const phrase = `${tokens[at]!} ${tokens[at + 1]!}`;
      if (deps.aliases.has(phrase) && !words.some((word) => word.token === phrase)) {
        // "project manager" is a "prosjektleder": the phrase's aliases name the role.
        const forms = new Set((deps.aliases.get(phrase) ?? []).flatMap((alias) => (alias.includes(' ') ? [fold(alias.replace(/\s+/g, ''))] : stemsOfAny(alias))));
        words.push({ token: phrase, variants: [...forms], concept: false, concepts: [], looseConcept: false, asked: isAsked, negated: negated.has(at), nearConcept: false, place: false });
      }
      const joined = tokens[at]! + tokens[at + 1]!;
      if (tokens[at]!.length <= 6 && tokens[at + 1]!.length <= 6 && deps.aliases.has(joined) && !words.some((word) => word.token === joined)) {
        words.push({ token: joined, variants: variantsOf(joined, deps), concept: false, concepts: [], looseConcept: false, asked: isAsked, negated: negated.has(at), nearConcept: false, place: false });
      }
    }
    let side = 0;
    const clauseAt = tokens.map((token) => (/^(or|eller)$/.test(token) ? (side += 1) : side));
    tokens.forEach((token, at) => {
      // "take-home" is a takehome, one thing with its own words in other languages ("hjemmeopgave"), not a take and a home.
      const whole = parts(token);
      const pieces = whole.length > 1 && deps.aliases.has(whole[0]!) ? whole.slice(0, 1) : whole;
      // When one part of a hyphenated word names the topic ("verktøy" in "IaC-verktøy"), the others ("IaC") are words of their own; "on-call" is the topic whole.
      const carriers = inConcept.has(at) ? pieces.slice(1).filter((piece) => deps.matcher.match([piece], { question: true }).length > 0) : [];
      for (const part of pieces) {
        if (part.length < 2 && part !== 'r' && part !== 'c' && !/^\d$/.test(part)) continue;
        // A Nordic question's small words may be any Nordic language's ("jeg" in a question read as Swedish).
        if (isStopwordIn(part, language) || (isStopword(part) && !(language === 'en' && FALSE_FRIENDS.has(part))) || GENERIC.has(part)) continue;
        if (words.some((word) => word.token === part && word.asked === isAsked)) continue;
        const concept = inConcept.has(at) && (part === token || part === pieces[0] || carriers.length === 0 || carriers.includes(part));
        words.push({ token: part, variants: paidPassively(tokens, at) ? [...PAID_FORMS] : variantsOf(part, deps, language), concept, concepts: concept ? (inConcept.get(at) ?? []) : [], looseConcept: concept && !tight.has(at), asked: (isAsked || (describes && concept)) && !ownFigures.has(part) && (outside.has(token) || negated.has(at)) && (!paysFor(tokens, at) || paidPassively(tokens, at)), negated: negated.has(at), nearConcept: near(at), place: places.has(at), clause: clauseAt[at]!, ...(pieces.length > 1 ? { of: token } : {}) });
        if (describes) describing.push(words.at(-1)!);
      }
    });
  }
  if (eligibility.asks) whetherToApply(eligibility, { topics: described, words: describing }, { words, concepts, conceptGroups, conceptWords });
  return {
    text,
    language,
    words,
    concepts: [...concepts],
    conceptGroups,
    conceptWords,
    shape,
    counts,
    asks: asking.length > 0,
    alternatives: [...asked].some((sentence) => /\b(or|eller)\b/i.test(sentence)),
    mayApply: eligibility.asks,
  };
}

function variantsOf(token: string, deps: QuestionDeps, language: Language = 'en'): string[] {
  const forms = new Set(stemsOfAny(token));
  // A Nordic verb's infinitive and present the stemmers leave apart: "leie" / "leier", "søke" / "søker".
  // English words keep their own forms: "office" is no "officer".
  const nordic = language !== 'en';
  if (nordic && /^\p{L}{3,}e$/u.test(token)) for (const form of stemsOfAny(`${token}r`)) forms.add(form);
  else if (nordic && /^\p{L}{3,}er$/u.test(token)) for (const form of stemsOfAny(token.slice(0, -1))) forms.add(form);
  if (deps.compounds && token.length >= 5) for (const form of [...forms]) for (const compound of deps.compounds(form)) forms.add(compound);
  // An alias of one word adds its forms; one of several words adds them written together ("front end" → "frontend").
  // "sommarjobbet" is a "sommarjobb": an inflected word has its stem's other words.
  const inflected = [...forms].filter((form) => form.length >= 5 && token.startsWith(form) && token.length - form.length <= 3);
  const aliased = deps.aliases.get(token) ?? inflected.map((form) => deps.aliases.get(form)).find(Boolean) ?? [];
  for (const alias of aliased) {
    const words = tokenize(alias);
    if (words.length === 1) for (const form of stemsOfAny(words[0]!)) forms.add(form);
    else forms.add(fold(words.join('')));
  }
  for (const form of compoundsInOtherWords(token, deps.aliases)) for (const stemmed of stemsOfAny(form)) forms.add(stemmed);
  // "is commission capped?" is answered by "uncapped commission".
  if (/^[a-z]{3,}(ed|able)$/.test(token) && !token.startsWith('un')) for (const form of [...forms]) if (/^[a-z]{3,}$/.test(form)) forms.add(`un${form}`);
  return [...forms];
}

/** Each phrase that asks for a shape, as a whole-word pattern: compiled once, not for every sentence. */
const SHAPE_PATTERNS = SHAPE_WORDS.map(([words, shape]) => ({ pattern: new RegExp(`(^|[^\\p{L}])${fold(words)}([^\\p{L}]|$)`, 'u'), shape }));

function shapeOf(sentence: string): Shape {
  const lower = fold(sentence.toLowerCase());
  let best: { at: number; shape: Shape } | null = null;
  for (const { pattern, shape } of SHAPE_PATTERNS) {
    // "Who pays for the trip?" asks whether it is paid, not for a person.
    if (shape === 'person' && WHO_PAYS.test(lower)) continue;
    const match = pattern.exec(lower);
    // "Is there a probation period when you start?", "skal man vise attest når man bliver ansat?": a yes-or-no question's "when" is no date asked.
    if (match && shape === 'date' && YES_OR_NO.test(lower) && match.index > 0) continue;
    if (match && shape === 'date' && match.index > 0 && WHEN_JOINS.test(lower.slice(match.index))) continue;
    if (match && (!best || match.index < best.at)) best = { at: match.index, shape };
  }
  return best?.shape ?? null;
}
