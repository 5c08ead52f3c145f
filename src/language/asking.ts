/**
 * The small words and phrases a question asks with, in the four languages:
 * where something happens, what a condition says, what is counted, whom
 * else a benefit is for, whom the question speaks to; and how a company
 * page leaves a fact to each role ("for some roles").
 */
import { tokenize } from './words.js';

/** "Some days", "a few weeks": sometimes, not a unit asked. */
export const SOME_UNITS = /\b(some|a few|few|several|noen|nogle|några|par|flere|flera) (days|weeks|dager|dage|dagar|uker|uger|veckor)\b/i;

/** A date asked in so many words ("what date", "hvilken dato"). */
export const WHAT_DATE = /\b(what|which|exact) date\b|\bhvilken dato\b|\bvilket datum\b|\bhvilket dato\b/i;

/** "When I start", "når jeg begynner": when something happens, said of starting the job. */
export const WHEN_STARTING = /(?:^|[^\p{L}])(?:when|once|after|når|när|efter|etter)\s+(?:i|you|we|one|jeg|jag|man|du|eg|vi|ein|en)\s+(?:\p{L}+\s+)?(?:start|starts|begin|begins|join|joins|starter|begynner|begynder|börjar|tiltrer|tiltræder|hired|employed|ansat|ansatt|anställd|anstalld)(?:[^\p{L}]|$)/iu;

/** A word for where a thing happens ("at the office", "på kontoret"). */
export const SETTING = /^(at|in|on|inside|around|from|i|på|hos|ved|vid|fra|från|frå)$/;

/** Where one goes is a setting too, of a place: "bring my dog to the office" ("to apply" is no place). */
export const TOWARDS = /^(to|into|til|till)$/;

/** An article or a possessive between a word for where and the place ("at the office", "på deres kontor"). */
export const ARTICLE = /^(the|our|your|this|that|a|an|det|den|dere|deres|jeres|era|ert|vårt|vores)$/;

/** "Which …": asks one of several. */
export const WHICH = /^(which|hvilken|hvilket|hvilke|vilken|vilket|vilka|kva|kvifor)$/;

/** "Which number", "vilket datum": the measure of the answer, not the thing asked. */
export const MEASURE = /^(number|figure|amount|date|day|tall|tal|talet|tallet|beløp|belopp|beløb|dato|datum|datoen|datumet|dag|dagen|prosent|procent|percent)$/;

/** "openings for …", "stillinger som …": the word after names the role sought. */
export const FOR_A_ROLE: ReadonlySet<string> = new Set(['for', 'til', 'för', 'inom', 'innen', 'within', 'as', 'som', 'in']);

/** "if I …", "om man …", "hvis jeg …": a condition, up to its comma or the end of its sentence. */
export const CONDITION = /(?:^|[^\p{L}])(?:if|hvis|ifall|dersom|om|in case)\s+(?:i|i'm|im|we|you|my|one|jag|jeg|eg|man|du|vi|ni|dere|det|de|min|mitt)\s[^,.!?;]*/giu;

/** What happens to the asker in a condition ("if I moved", "if I got hired", "hvis jeg får jobben"), as against a state of theirs ("if I live abroad"). */
export const HAPPENS = /(?<!\p{L})(moved?|moving|got|get|gets|hired|offered|start|started|flytter|flyttet|flytta|flyttar|flyttade|flytte|får|fikk|fick|fik|ansatt|anställd|ansat|begynner|börjar|begynder)(?!\p{L})/iu;

/** Whom else a benefit may be for, in the four languages. */
export const FAMILY_WORDS = 'family families spouse spouses partner partners wife husband kids children child dependents dependants familie familien familier familj familjen familjer ektefelle ektefellen make maka kone mann barn barna barnen børn børnene sambo samboer'.split(' ');

/** People named without saying who ("bootcamp people"). */
export const PEOPLE = /^(people|ppl|folk|folks|personer|persons|mennesker|människor|staff)$/;

/** A language named ("the Swedish posting", "svenska annonsen"). */
export const LANGUAGE_NAME = /^(english|engelsk[ae]?|norwegian|norsk[ae]?|swedish|svensk[ae]?|danish|dansk[ae]?)$/;

/** "How many" in the four languages. */
const HOW_MANY_SAID = String.raw`(?:how many|hvor mange|hur manga|hur många|kor mange)`;

/** The words right after "how many", small words aside. */
export const HOW_MANY = new RegExp(String.raw`${HOW_MANY_SAID}\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?`, 'iu');

/** The words of the conditions said (of those that say `only`, when given), said nowhere else in the question. */
export function conditionalTokens(text: string, only?: RegExp): Set<string> {
  const inside = new Set<string>();
  for (const match of text.matchAll(CONDITION)) if (!only || only.test(match[0])) for (const token of tokenize(match[0])) inside.add(token);
  // A word said outside any condition as well is asked there.
  if (inside.size > 0) for (const token of tokenize(text.replace(CONDITION, ' '))) inside.delete(token);
  return inside;
}

/** "Your offices", "hos dere", "har I …": the company spoken to. */
const YOU_THE_COMPANY = /\b(your|you guys|dere|deres|jer|jeres|era|ert|er kontor)\b/i;
/** Danish "I" (you, plural) after its verb, as written: "har I", "tilbyder I". */
const DANISH_YOU = /\b(har|bruger|tilbyder|giver|betaler|arbejder|sidder|er|kan) I\b/;

export function addressesTheCompany(text: string): boolean {
  return YOU_THE_COMPANY.test(text) || DANISH_YOU.test(text);
}

/** A company page leaving a fact to each role: "for some roles", "beroende på tjänst", "i nogle stillinger". */
export const BY_ROLE = /(?<!\p{L})(?:for some roles|some roles|certain roles|some positions|depending on the role|depends on the role|för vissa (?:roller|tjänster)|vissa roller|vissa tjänster|beroende på (?:roll|tjänst)\p{L}*|for enkelte stillinger|for noen stillinger|noen stillinger|enkelte stillinger|avhengig av stilling\p{L}*|afhængig(?:t)? af stilling\p{L}*|i nogle stillinger|nogle stillinger|for nogle roller)(?!\p{L})/iu;

/** "How many have applied?", "hvor mange har søkt?": applicants counted, which only a count of applicants answers. */
export const APPLICANTS_COUNTED = new RegExp(String.raw`${HOW_MANY_SAID}\s+(?:\p{L}+\s+)?(?:(?:have|has|had|har|hade)\s+(?:\p{L}+\s+)?(?:applied|søkt|sökt|ansøgt|søgt)|(?:applicants|applications|søkere|søknader|sökande|ansökningar|ansøgere|ansøgninger))(?!\p{L})`, 'iu');
/** Applicants, or applications, as what a figure counts ("200 søkere"): the unit's stem. */
export const APPLICANT_UNIT = /^(applicant|applic|søker|soker|søknad|soknad|sökand|sokand|ansökning|ansokning|ansøger|ansoger|ansøgning|ansogning)/;
