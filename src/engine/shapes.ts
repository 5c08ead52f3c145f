/**
 * Whether a passage has the shape an answer needs: a number for "how many",
 * a person for "who", a date for "when", a measure for "how much".
 */
import type { Shape } from '../language/concepts.js';
import type { Entry } from './passages.js';

/** How often, in words: "every quarter", "én gang i kvartalet", "ibland". */
const HOW_OFTEN = /\b(every|each|hver|hvert|varje|vart|gang|gange|gånger|times|quarter|quarterly|kvartal\w*|daily|weekly|monthly|yearly|annually|ukentlig\w*|månedlig\w*|årlig\w*|sometimes|occasionally|often|ofte|ofta|ibland|av og til|nogle gange|regularly|regelbundet|regelmæssigt|jevnlig\w*)\b/i;
/** A passage that says there is none of it: an amount too. */
const NONE_SAID = /\b(no|not|none|never|ingen|inga|inget|ikke|inte|aldrig|aldri|sjelden|sjældent|sällan|rarely|minimal|little)\b/i;

export function plainly(entry: Entry, shape: Shape): boolean {
  const { shapes } = entry;
  return shape === 'person' ? shapes.person : shape === 'amount' ? shapes.amount : shape === 'number' ? shapes.number : shape === 'date' ? shapes.calendar : shape === 'frequency' ? shapes.date : false;
}

/** What of the question the shape needed depends on: the topics asked, and whether a currency was named. */
export interface AskedForShape {
  concepts: readonly string[];
  /** A currency named ("how big is the budget, in NOK?"): an amount is asked, whatever the words. */
  currency: boolean;
  /** A day asked ("what date …?"): "in January" does not give one. */
  day?: boolean;
}

export function fits(entry: Entry, shape: Shape, asked: AskedForShape): boolean {
  const { shapes } = entry;
  if (asked.day && !/\d/.test(entry.passage.text)) return false;
  // "Hva er lønnen i kroner?": pay asked in a currency wants a sum, as "how much" does.
  if ((shape || asked.concepts.includes('compensation')) && asked.currency) return shapes.amount;
  switch (shape) {
    case 'number':
      return shapes.number;
    case 'amount':
      // "How much travel?" is answered by "every quarter" as well as by a figure; "how much does it pay?", "how much is the night supplement?" by an amount.
      if (asked.concepts.some((concept) => concept === 'compensation' || concept === 'bonus' || concept === 'shift-pay')) return shapes.amount;
      // "How much travel?" is answered by a measure ("every quarter", "1–2 dage om ugen") or by none ("no travel"), not by a mention ("conference trips").
      return shapes.number || shapes.date || HOW_OFTEN.test(entry.passage.text) || NONE_SAID.test(entry.passage.text);
    case 'frequency':
      // "Every third weekend" says how often, of a topic asked.
      return shapes.date || (asked.concepts.length > 0 && HOW_OFTEN.test(entry.passage.text));
    case 'date':
      return shapes.date;
    case 'person':
      return asked.concepts.some((concept) => concept === 'manager' || concept === 'contact') ? shapes.person : true;
    default:
      return true;
  }
}
