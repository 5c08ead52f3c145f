/**
 * "And for the non-senior one?" in a thread about the Senior Platform
 * Engineer: the posting whose title is the thread's less the negated words.
 */
import type { Posting } from '../content/types.js';
import { isStopword } from '../language/stopwords.js';
import { tokenize } from '../language/words.js';
import { NAMED, type PostingIndex } from './postings.js';
import { readQuestion, type Question, type QuestionDeps } from './question.js';

/** How far ahead the rest of a posting's words must put it when its title ties. */
export const SEPARATES = 1.3;

export function createSiblingOf(postingIndex: PostingIndex, deps: Pick<QuestionDeps, 'matcher' | 'aliases'>) {
  return function siblingOf(context: Posting, question: Question, visible: (posting: Posting) => boolean): Posting | undefined {
    const negated = question.words.filter((word) => word.negated);
    if (negated.length === 0) return undefined;
    const inContext = postingIndex.rank(negated.map((word) => ({ ...word, negated: false })), (candidate) => candidate === context);
    if (inContext.length === 0) return undefined;
    const rest = tokenize(context.title).filter((token) => !negated.some((word) => word.token === token) && !isStopword(token));
    const words = readQuestion(rest.join(' '), { ...deps, repair: () => null }).words.concat(negated);
    const siblings = postingIndex.rank(words, (candidate) => candidate !== context && visible(candidate)).filter((match) => match.title >= NAMED);
    return siblings.length === 1 || (siblings.length > 1 && siblings[0]!.total > siblings[1]!.total * SEPARATES) ? siblings[0]!.posting : undefined;
  };
}
