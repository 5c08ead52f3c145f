/**
 * A kind of payment asked, and another kind said: "lørdagstillegget" is not
 * answered by "kveldstillegg", nor "reisebidrag" by "friskvårdsbidrag".
 * Nordic compounds name the kind in their first part. (Of other things,
 * two kinds may be one: "helseforsikring" is a "behandlingsforsikring".)
 */
import { fold } from '../language/words.js';
import type { Entry } from './passages.js';
import type { Asked } from './asked.js';
import { PAYMENT } from '../language/money.js';

/** The shortest shared end that is the same thing ("tillegg"), and the shortest first part that names a kind. */
const HEAD = 5;
const KIND = 3;

function sharedEnd(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

/** Whether a passage says another kind of the payment asked than any it asks: `compounds` are the kinds of payment asked, each in one word. */
export function anotherKind(entry: Entry, compounds: Asked['words']): boolean {
  const own = entry.terms;
  return compounds.some(({ word }) => {
    if (word.variants.some((variant) => own.has(variant))) return false;
    const forms = [...new Set([fold(word.token), ...word.variants])];
    for (const form of forms) {
      for (const other of own.keys()) {
        const end = sharedEnd(form, other);
        if (end < HEAD || form.length - end < KIND || other.length - end < KIND || !PAYMENT.test(form.slice(form.length - end))) continue;
        // The kind asked, said on its own ("arbeid på lørdager"), is that kind said.
        const kind = form.slice(0, form.length - end).replace(/[se]$/, '');
        if (kind.length >= KIND && [...own.keys()].some((term) => term.startsWith(kind))) return false;
        return true;
      }
    }
    return false;
  });
}
