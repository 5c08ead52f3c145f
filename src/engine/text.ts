/** Text to tokens: the one normalisation shared by indexing and questions, so both sides agree. */

/** Longest stretch of a question Candor reads; a 40 KB paste costs no more than a sentence. */
export const MAX_QUESTION_CHARS = 600;

const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u' };

/** Lower-case, diacritics folded the Scandinavian way (ø→o, æ→ae), so "lønn" and "lonn" meet. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII once lower-cased: nothing to fold, and Unicode normalisation is the costly part.
  if (!NON_ASCII.test(lower)) return lower;
  const folded = lower.replace(/[øæåäöéèü]/g, (char) => FOLD[char] ?? char);
  return NON_ASCII.test(folded) ? folded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : folded;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * What Candor reads of a user's message: mentions, markup and control
 * characters removed, and long pastes capped (head and tail, where a
 * question usually sits).
 */
export function cleanQuestion(raw: string): string {
  // Only the head and tail of a paste are read at all, so its length costs nothing.
  let text = raw.length > 4 * MAX_QUESTION_CHARS ? `${raw.slice(0, 2 * MAX_QUESTION_CHARS)} ${raw.slice(-2 * MAX_QUESTION_CHARS)}` : raw;
  text = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/<[@#!][^>\s]*>/g, ' ') // Slack mentions: <@U1>, <!channel>, <#C1|x>
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // Markdown images
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:)[^)]*\)/g, '$1') // Markdown links keep their words
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ') // ...unless they are script links: those are bait, not words
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // HTML tags
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > MAX_QUESTION_CHARS) {
    const half = MAX_QUESTION_CHARS / 2;
    text = `${text.slice(0, half)} ${text.slice(-half)}`;
  }
  return text;
}

/** Words of a text: folded, split on anything that is not a letter, digit or inner dash. */
export function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

const SUFFIXES = ['ingene', 'ingen', 'ingar', 'arna', 'orna', 'erna', 'ene', 'ane', 'ing', 'ers', 'ly', 'en', 'et', 'er', 'ar', 'or', 'na', 'es', 'ed', 's', 'e', 'a'];

/**
 * A light stemmer shared by English, Norwegian and Swedish: strips common
 * inflections so "salaries"/"salary", "lønnen"/"lønn", "resor"/"resa" meet.
 * It over-stems some words; both sides are stemmed alike, so they still meet.
 */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const result = computeStem(word);
  // Corpora repeat their words endlessly; the cache is bounded so a flood of junk cannot grow it forever.
  if (stems.size >= 500_000) stems.clear();
  stems.set(word, result);
  return result;
}

const stems = new Map<string, string>();

function computeStem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let current = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((end) => current.endsWith(end) && current.length - end.length >= 4);
    if (!suffix) break;
    current = current.slice(0, -suffix.length);
  }
  return current.replace(/([bcdfgklmnprst])\1$/, '$1');
}

const STOPWORDS = new Set(
  (
    // English
    'a an the and or but if then so to of in on at by for from with without about into over under as is are was were be been being am do does did doing have has had having i me my we our us you your yours he him his she her it its they them their this that these those there here what which who whom whose when where why how can could would should will shall may might must not no yes just also too very really any some all each every more most other such than only own same both few much many hi hello hey please thanks thank ok okay um uh like get got want wanted know tell let lets im ive id dont doesnt isnt whats wheres hows whos youre theres role job position posting opening vacancy one look looks looking actually would like be doing often far use uses used using need needs up sup ' +
    // Norwegian
    'og eller men hvis da så til av i på med uten om for fra er var blir ble være vært har hadde jeg meg min mitt mine vi oss vår våre du deg din ditt dine han ham hans hun henne hennes den det de dem deres denne dette disse der her hva hvilken hvilke hvem når hvor hvorfor hvordan kan kunne skal skulle vil ville må ikke nei ja bare også veldig noen noe alle hver mer mest hei takk stillingen rollen jobben som man ofte egentlig får slags mange mye finnes fins ' +
    // Swedish
    'och eller men om så till av i på med utan för från är var blir blev vara varit har hade jag mig min mitt mina vi oss vår våra du dig din ditt dina han honom hans hon henne hennes den det de dem deras denna detta dessa där här vad vilken vilka vem när var varför hur kan kunde ska skulle vill ville måste inte nej ja bara också mycket några något alla varje mer mest hej tack tjänsten jobbet som man ofta egentligen får sorts många finns'
  )
    .split(' ')
    .map(fold),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Searchable terms of a text: words minus stopwords, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stem);
}
