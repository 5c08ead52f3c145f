/** What a title's words are also written as: initials, two words as one in another language, a shared start. */
import { isStopword } from '../language/stopwords.js';
import { fold, tokenize } from '../language/words.js';

/** A word for a job or a team at the end of a compound: "-jobbet", "-rollen", "-stillingen", "-tjänsten", "-annonsen", "-teamet". */
const JOB_WORDS = 'team|teamet|jobb|jobbet|jobben|job|jobbe|rolle|rollen|roll|stilling|stillingen|stillinga|tjanst|tjansten|annonse|annonsen|annons|annonce|annoncen|uppdrag|uppdraget|oppdrag|oppdraget|opdrag|opdraget|position|positionen|posten';
export const JOB_WORD = new RegExp(`^(${JOB_WORDS})$`);
export const JOB_TAIL = new RegExp(`^(.+?)-?(${JOB_WORDS})$`);

export function commonPrefix(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return at;
}

export function commonSuffix(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[a.length - 1 - at] === b[b.length - 1 - at]) at += 1;
  return at;
}

/** Initials of each run of two to four title words: "Site Reliability Engineer" → "sre", "Account Executive" → "ae". */
export function acronymsOf(title: string): string[] {
  const words = tokenize(title).flatMap((token) => token.split(/[-/]/)).filter((word) => word.length > 0 && !isStopword(word));
  const out: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 2; length <= 4 && start + length <= words.length; length += 1) {
      out.push(fold(words.slice(start, start + length).map((word) => word[0]).join('')));
    }
  }
  return out;
}

/** Two title words written as one, the second in each of its other words: "Backend developer" → "backendutvecklare", "backendutvikler". */
export function joinedInOtherWords(title: string, wordAliases: ReadonlyMap<string, readonly string[]>): Map<string, readonly [string, string]> {
  const words = tokenize(title).map(fold);
  const joined = new Map<string, readonly [string, string]>();
  for (let at = 0; at + 1 < words.length; at += 1) {
    for (const other of wordAliases.get(words[at + 1]!) ?? []) if (/^\p{L}+$/u.test(other)) joined.set(words[at]! + fold(other), [words[at]!, words[at + 1]!]);
  }
  return joined;
}

/**
 * A title word that ends in a word with other words, with each of them: "Driftingenjör" → "driftingenior", "driftsingenior",
 * "driftengineer"; "Backendutvecklare" → "backendutvikler". The word a Nordic compound ends in is the role, said in any language.
 */
export function compoundInOtherWords(wordAliases: ReadonlyMap<string, readonly string[]>): (title: string) => string[] {
  const tails = [...wordAliases.keys()].map((key) => [fold(key), key] as const).filter(([tail]) => tail.length >= 5 && /^\p{L}+$/u.test(tail));
  return (title) => {
    const out = new Set<string>();
    for (const word of tokenize(title).map(fold)) {
      for (const [tail, key] of tails) {
        if (word.length < tail.length + 3 || !word.endsWith(tail)) continue;
        const head = word.slice(0, -tail.length);
        // The joining "s" of one language and not the other: "driftsingeniør" for "driftingenjör".
        const heads = [head, head.endsWith('s') ? head.slice(0, -1) : `${head}s`];
        for (const other of wordAliases.get(key) ?? []) if (/^\p{L}+$/u.test(other)) for (const start of heads) out.add(start + fold(other));
      }
    }
    return [...out];
  };
}
