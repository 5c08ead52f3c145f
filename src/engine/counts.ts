/** "How many …?", "how big …?", "how long …?": whether a passage's figure measures what was asked. */
import { HEADS } from '../language/occupations.js';
import { SPAN, WEEKDAYS } from '../language/time-words.js';
import { APPLICANT_UNIT } from '../language/asking.js';
import { fold } from '../language/words.js';
import type { Asked } from './asked.js';
import { isStep, type Entry } from './passages.js';
import type { Scored } from './rank.js';

/**
 * "How many applicants?" is not answered by "ten working days": the number
 * given must count a word the asker wrote or a topic asked ("13 ansatte"), or
 * be the value of a short line on the topic ("Direct reports: 3-5").
 */
export function countsWhatWasAsked(item: Scored, entry: Entry, asked: Asked): boolean {
  // "How many have applied so far?" is answered by a count of applicants, not of the team ("one of three QA engineers").
  if (asked.applicants) return [...entry.counted.units.terms].some((term) => APPLICANT_UNIT.test(term));
  // "How long does the clearance take?": "up to three months" says how long, whatever it is said of.
  if (asked.counts === 'duration') return SPAN.test(entry.passage.text);
  // "How many days a week in the office?" is answered by "Tuesdays and Thursdays".
  if (asked.saysDays && WEEKDAYS.test(entry.passage.text)) return true;
  // "How many engineers on the team?" is not answered by "2. A technical conversation with two engineers from the team": a step of hiring counts those one meets.
  if (isStep(entry) && !asked.concepts.some((concept) => concept === 'recruitment-process' || concept === 'apply')) return false;
  // "How many devs are on the team?", "how big is the team?": a head count is answered by a count of people ("30 personer"),
  // never of anything else ("4 million sessions", "four hours of overlap with the team", "5 minutes' walk"), however short the line.
  const headCount = asked.counting.some((word) => HEADS.test(fold(word.token))) || (asked.concepts.includes('team') && asked.counting.every((word) => word.concepts.includes('team')));
  if (headCount && ![...entry.counted.units.terms].some((term) => HEADS.test(term))) return false;
  const { length } = entry;
  const counted = asked.counts === 'count' ? entry.counted.counts : entry.counted;
  if (length <= 4 && item.concepts.size > 0) return true;
  // "Hur många barn per avdelning?" is not answered by "fem avdelningar med barn": the thing counted, named in the passage, must be what it counts.
  const named = asked.counting.filter((word) => !word.concept && word.variants.some((variant) => entry.terms.has(variant)));
  if (named.length > 0) return named.some((word) => word.variants.some((variant) => entry.counted.units.terms.has(variant)));
  if ([...counted.terms].some((term) => asked.said.has(term))) return true;
  // The topic counts for the word asked only where the posting never uses that word: "ledertillegget" is not its bonus.
  const ownWord = asked.words.some(({ word }) => word.concept && word.variants.some((variant) => asked.usedWhere(entry).has(variant)));
  return !ownWord && asked.concepts.some((concept) => counted.concepts.has(concept));
}
