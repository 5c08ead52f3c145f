/**
 * Which words of a question's sentence play a part: ruled out ("not the
 * senior one"), places ("from Berlin"), what someone pays for ("do you pay
 * for internet?").
 */
import { isMonth } from '../language/months.js';
import { isStopword } from '../language/stopwords.js';
import { fold, tokenize } from '../language/words.js';
import { ARTICLES, BEING, COMPARING, FOR, FOR_MONEY, HOW_MUCH, I_AM, MONEY, NEGATORS, PASSIVE, PAY_ITSELF, PAYERS, PAYING, PLACE_BEFORE, ROLE_NOUN, SAYS_WHERE, SENIORITY, WANTING } from '../language/roles-and-paying.js';

/** How far back the thing paid may start: "is the whole take home paid". */
const PASSIVE_REACH = 4;

/** "Is the take-home paid?": the pay word is then asked, as a word a passage must say ("tiden er betalt"). */
export function paidPassively(tokens: readonly string[], at: number): boolean {
  return beingBefore(tokens, at) >= 0;
}

/** Where a passive pay word's "is" stands, or -1: "bliver omklædningen betalt". */
function beingBefore(tokens: readonly string[], at: number): number {
  if (!PASSIVE.has(tokens[at]!)) return -1;
  for (let back = at - 2; back >= Math.max(0, at - 1 - PASSIVE_REACH); back -= 1) if (BEING.has(tokens[back]!)) return back;
  // "Is the design exercise for the senior product designer paid?": the "is" that opens the question, however long the thing paid.
  return at === tokens.length - 1 && BEING.has(tokens[0] ?? '') ? 0 : -1;
}

/** Someone pays for a thing ("do you pay for internet?", "betaler dere for", "is the take-home paid?"): not a question about pay ("the pay for the role"). */
export function paysFor(tokens: readonly string[], at: number): boolean {
  const [before, word, next, after] = [tokens[at - 1] ?? '', tokens[at]!, tokens[at + 1] ?? '', tokens[at + 2] ?? ''];
  // "Money for conferences?", "budsjett til utstyr": what the money is for is the thing paid for.
  if (MONEY.has(word)) return FOR_MONEY.has(next) && aThingPaid(after);
  if (!PAYING.has(word)) return false;
  return (PAYERS.has(before) && FOR.has(next)) || (PAYERS.has(next) && (FOR.has(after) || (aThingPaid(after) && !HOW_MUCH.has(tokens[at - 1] ?? '') && !HOW_MUCH.has(tokens[at - 2] ?? '')))) || beingBefore(tokens, at) >= 0;
}

function aThingPaid(word: string): boolean {
  return word.length > 2 && !isStopword(word) && !PAY_ITSELF.test(fold(word)) && !/\d/.test(word);
}

/** The words after "pay for" up to the third that is not a small word. */
export function paidForPositions(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((_, at) => {
    if (!paysFor(tokens, at)) return;
    const being = beingBefore(tokens, at);
    if (being >= 0) {
      for (let between = being + 1; between < at; between += 1) if (!isStopword(tokens[between]!)) out.add(between);
      return;
    }
    let next = FOR.has(tokens[at + 1] ?? '') || MONEY.has(tokens[at]!) ? at + 2 : at + 3;
    for (let taken = 0; next < tokens.length && taken < 3; next += 1) {
      if (isStopword(tokens[next]!)) continue;
      out.add(next);
      taken += 1;
    }
  });
  return out;
}

/** Capitalised words after "from"/"in" that are not the sentence's first: places ("from Berlin", "i Göteborg"), not months ("in August"). */
export function placePositions(sentence: string, tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  const capitalised = new Set([...sentence.matchAll(/(?<!^)\b\p{Lu}[\p{Ll}]+\b/gu)].map((match) => match[0].toLowerCase()));
  // "Bruger I Terraform?": a capital "I" is the Danish "you", not the Nordic "in".
  const lowerI = /(^|[^\p{L}])i([^\p{L}]|$)/u.test(sentence);
  tokens.forEach((token, at) => {
    const before = tokens[at - 1];
    if (before && PLACE_BEFORE.has(before) && (before !== 'i' || lowerI) && capitalised.has(token) && !isMonth(token)) out.add(at);
    // "im in berlin", "lisbon based", "jeg bor i bergen": where the asker lives is a place, written small or not.
    // Written small, only where it ends what is said ("im in berlin"), so "im in engineering, …" is no place.
    else if (((SAYS_WHERE.test(tokens.slice(Math.max(0, at - 2), at).join(' ')) && at === tokens.length - 1) || tokens[at + 1] === 'based') && /^\p{L}{3,}$/u.test(token) && !isMonth(token) && !isStopword(token)) out.add(at);
  });
  return out;
}

/** Positions of words a negator rules out: "not the senior one", "(inte senior-tjänsten)", "non-senior". */
export function negatedPositions(tokens: readonly string[], sentence: string): Set<number> {
  const out = new Set<number>();
  // A negation reaches to the end of its bracket or clause: "(inte senior) i Stockholm" rules out "senior", not Stockholm.
  const reach = new Map<number, number>();
  let at = 0;
  for (const clause of sentence.split(/[(),;:!?]|\s[-–—]\s/)) {
    const count = tokenize(clause).length;
    for (let index = at; index < at + count; index += 1) reach.set(index, at + count);
    at += count;
  }
  tokens.forEach((token, at) => {
    const [head, ...rest] = token.split('-');
    if (head && NEGATORS.has(head) && rest.length) {
      out.add(at);
      return;
    }
    // "weekend shifts like the Manchester team?": what the role is compared with is not the role asked about.
    const compares = COMPARING.has(token) && ARTICLES.has(tokens[at + 1] ?? '') && tokens.slice(at + 2, at + 6).some((next) => ROLE_NOUN.test(next));
    if (!NEGATORS.has(token) && !compares) return;
    const before = `${tokens.slice(Math.max(0, at - 6), at).join(' ')} `;
    if (!compares && I_AM.test(before) && !WANTING.test(before) && !SENIORITY.test(tokens[at + 1] ?? '')) return;
    let next = at + 1;
    while (next < tokens.length && ARTICLES.has(tokens[next]!)) next += 1;
    const end = Math.min(tokens.length, reach.get(at) ?? tokens.length);
    for (let taken = 0; next < end && taken < 3; next += 1, taken += 1) {
      if (/^(one|role|job|position|opening|tjänsten|stillingen|jobben|rollen|den|det)$/.test(tokens[next]!)) break;
      out.add(next);
    }
  });
  return out;
}
