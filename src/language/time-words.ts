/**
 * Time asked and said: days and other units a number is given in, a span of
 * time, weekdays named, "how long".
 */

/** Days asked of ("how many days a week …"). */
export const DAYS = /^(days?|dag|dage|dagar|dager)$/;
/** The word a time of day is asked with ("what time", "vilka tider"): the time is the shape asked, not a word the passage must hold. */
export const CLOCK = /^(time|times|tid|tider|tidspunkt|klokka|klokken|klockan)$/;
/** "Noen dager i uka": the week a share of days is of. */
export const THE_WEEK = /^(uka|uken|ugen|veckan)$/;
/** Units a number is given in. */
export const UNIT = /^(days?|dager|dagar|dage|weeks?|uker|uger|veckor|months?|måneder|månader|hours?|timer|timmar|years?|år|percent|prosent|procent)$/;
/** "How long …?": a span of time is asked. */
export const HOW_LONG = /\b(how long|hvor lange?|hvor lenge|hvor længe|hur lång|hur långa|hur länge)\b/i;
/** A number of a unit of time: "tre måneder", "6 veckors", "two years", "90 minutter". */
export const SPAN = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|tre|fyra|fem|seks|sex|syv|sju|åtte|åtta|otte|tolv)(\s*(?:-|–|to|til|till|or|eller)\s*(?:\d+|\p{L}+))?[\s-]+(minutes?|minutter|minuter|hours?|timer|timmar|days?|dager|dage|dagar|dagars|dagers|weeks?|uker|ukers|uger|ugers|veckor|veckors|months?|måneder|måneders|månader|månaders|years?|år|års)(?![\p{L}])/iu;
/** Two weekdays named ("Tuesdays and Thursdays", "tirsdag og torsdag"): how many days, said by naming them. */
export const WEEKDAYS = /\b(mon|tues|wednes|thurs|fri|satur|sun|man|tirs|tis|ons|tors|tors|fre|lør|lör|søn|sön)(day|dag|dagen|dagar|dager|dage)s?\b.*\b(mon|tues|wednes|thurs|fri|satur|sun|man|tirs|tis|ons|tors|fre|lør|lör|søn|sön)(day|dag|dagen|dagar|dager|dage)s?\b/i;

/** Whether a job goes on past its end, asked: "does the internship turn into a real job?", "blir det fast etterpå?". */
export const BECOMING = /\b((jobb|job|jobs|anställning|ansettelse|ansættelse|stilling|tjänst|offer|tilbud|erbjudande)\b[^.?!]{0,20}\b(efter|etter|after) (exjobbet|praktiken|praksisen|praktikken|internship|traineeprogrammet|læretiden|lärlingstiden|sommaren|sommeren|the summer)|(anställd|anställning|ansatt|ansat|hired|employed|permanent|fast)\b[^.?!]{0,25}\b(efter|etter|after)\b|turns? into|become (a )?(permanent|full[- ]time|fast)|(blir|bli|blive|bliver) (man |det |den )?(fast|forlenget|forlænget|förlängd)|fast (etter|efter|sen|senere|senare|etterpå|efteråt|bagefter)|afterwards|etterpå|efteråt|bagefter|at the end of (the|it))\b/i;
/** What a passage says of after a job's end, or of a chance of it: "efter avslutad period erbjuds", "mulighet for fast ansettelse". */
const AFTER_WORD = /\b(after|afterwards|following|thereafter|at the end|end of|etter|etterpå|efter|efteråt|bagefter|derefter|deretter|därefter|possibilit\p{L}*|mulighet\p{L}*|mulighed\p{L}*|möjlighet\p{L}*|chance|opportunit\p{L}*)\b/iu;
/** Employment itself, which what comes after must be said of ("after the season you …" is not a job after it). */
const EMPLOYMENT = /\b(jobb\p{L}*|job|jobs|permanent\p{L}*|fast|faste|fastansat\p{L}*|fastanställ\p{L}*|ansett\p{L}*|ansatt\p{L}*|ansæt\p{L}*|ansat|anställ\p{L}*|employ\p{L}*|hire|hired|hiring|offer\p{L}*|tilbud\p{L}*|erbjud\p{L}*|stilling\p{L}*|tjänst\p{L}*|position|role|contract\p{L}*|kontrakt\p{L}*|tillsvidare\p{L}*|vikariat\p{L}*)\b/iu;
/** A job's end said to go on: an extension, or a conversion, in so many words. */
const GOES_ON = /\b(forleng\p{L}*|forlæng\p{L}*|förläng\p{L}*|extension|be extended|can extend|convert\p{L}*)\b/iu;
/** Whether a passage says what comes after a job's end, of the employment itself. */
export function afterSaid(text: string): boolean {
  return GOES_ON.test(text) || (AFTER_WORD.test(text) && EMPLOYMENT.test(text));
}
