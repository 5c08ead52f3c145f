/**
 * Of the postings a question names about as well as each other, the ones it
 * means: the twin in the asker's language, the one named with more words, an
 * exact title, what only one of them says, the one the asked sentence names.
 */
import type { Posting } from '../content/types.js';
import { stemsOfAny, tokenize } from '../language/words.js';
import { isStopword } from '../language/stopwords.js';
import { NAMED, TIE, type PostingIndex } from './postings.js';
import type { PostingMatch } from './posting-match.js';
import type { Question, QueryWord } from './question.js';
import { SEPARATES } from './siblings.js';

export interface ClosestOptions {
  question: Question;
  /** A thread's posting is known: "the Aarhus one" there is its sibling, not every posting there. */
  context: boolean;
  postingIndex: PostingIndex;
  visible: (posting: Posting) => boolean;
  namingWords: readonly QueryWord[];
}

function namedAlike(matches: readonly PostingMatch[]): boolean {
  const [first, ...rest] = matches.map((match) => [...match.naming].sort().join(' '));
  return rest.every((naming) => naming === first);
}

/** More titles named alike than this are a family of roles, not one role and its levels. */
const MAX_ALIKE = 6;

/** A level said of a role: "Senior Product Designer" is the "Product Designer" one level up. */
const LEVEL = new Set(['senior', 'sr', 'snr', 'junior', 'jr', 'lead', 'staff', 'principal', 'erfaren', 'erfarne', 'erfarna']);

/** Of titles the question names by the same words, the plain one when the others only add a level: "the product designer job" is the "Product Designer". */
function plainOf(matches: readonly PostingMatch[]): PostingMatch | null {
  const titles = new Map(matches.map((match) => [match, tokenize(match.posting.title).filter((token) => !isStopword(token))]));
  const words = (match: PostingMatch) => titles.get(match)!;
  const plain = matches.filter((match) => matches.every((other) => other === match || (words(match).every((word) => words(other).includes(word)) && words(other).filter((word) => !words(match).includes(word)).every((word) => LEVEL.has(word)))));
  // The plain title must be the one asked, whole ("product designer"), not a title the question names only in part.
  const named = (match: PostingMatch) => words(match).every((word) => [...match.naming].some((token) => stemsOfAny(token).some((form) => stemsOfAny(word).includes(form))));
  return plain.length === 1 && named(plain[0]!) ? plain[0]! : null;
}

export function closestOf(matches: readonly PostingMatch[], ranked: readonly PostingMatch[], { question, context, postingIndex, visible, namingWords }: ClosestOptions): PostingMatch[] {
  const bestTitle = Math.max(...matches.map((match) => match.title));
  let close = matches.filter((match) => match.title >= bestTitle * TIE);
  // An exact title wins over the near-identical titles that contain it; else the rest of the posting may tell them apart.
  const exact = close.filter((match) => match.coverage >= 0.99);
  // Twins are one role said twice: in the same place. "Utvikler" in Oslo and "Utvecklare" in Stockholm are two roles.
  const onePlace = new Set(close.map((match) => tokenize(match.posting.location ?? '')[0] ?? '')).size === 1;
  const sameLanguage = onePlace ? close.filter((match) => match.posting.language === question.language) : [];
  // Twins in two languages: the one in the asker's language. One that the question names with every word the others are named with, and more ("the 2023 one"): that one.
  const widest = close.filter((match) => close.every((other) => other === match || (other.naming.size < match.naming.size && [...other.naming].every((word) => match.naming.has(word)))));
  // Titles alike, and the question says what only one of them does ("the R job that maintains RCrunch").
  const distinctWords = close.length > 1 ? postingIndex.distinctive(question.words, close.map((match) => match.posting)) : [];
  const distinct = distinctWords.map((found) => found.length);
  const most = Math.max(0, ...distinct);
  let plain: PostingMatch | null | undefined;
  if (close.length > 1 && sameLanguage.length === 1) close = sameLanguage;
  else if (widest.length === 1) close = widest;
  else if (exact.length === 1) close = exact;
  else if (close.length > 1 && close.length <= MAX_ALIKE && namedAlike(close) && (plain ??= plainOf(close))) close = [plain];
  else if (most > 0 && distinct.filter((count) => count === most).length === 1) {
    // The words that told it apart describe the role; they are not what is asked of it.
    close = [close[distinct.indexOf(most)]!];
  } else if (close.length > 1 && close[0]!.total >= SEPARATES * close[1]!.total) close = [close[0]!];
  else if (close.length > 1) {
    // "For the senior role, do you help with relocation? I know the staff one does": the sentence that asks names the role.
    const asking = namingWords.filter((word) => word.asked);
    const byAsked = asking.length < namingWords.length ? postingIndex.rank(asking, visible).filter((match) => match.title >= NAMED) : [];
    const first = byAsked[0];
    if (first && (byAsked.length === 1 || byAsked[1]!.title < TIE * first.title) && close.some((match) => match.posting === first.posting)) close = close.filter((match) => match.posting === first.posting);
  }
  // "The Aarhus one" names the role in Aarhus: every posting there, by its title or by where it is (in a thread, the thread's sibling there).
  const place = close.length === 1 && !context ? [...close[0]!.naming] : [];
  if (place.length && place.every((token) => postingIndex.isPlace(token))) close = ranked.filter((match) => place.every((token) => match.naming.has(token)));
  return close;
}
