/** What a title's words are also written as: initials, two words as one in another language, a shared start. */
import { isStopword } from '../language/stopwords.js';
import { fold, tokenize } from '../language/words.js';

/** A word for a job or a team at the end of a compound: "-jobbet", "-rollen", "-stillingen", "-tjänsten", "-annonsen", "-teamet". */
const JOB_WORDS = 'team|teamet|jobb|jobbet|jobben|job|jobbe|jobs|jobber|rolle|rollen|roll|roller|rollene|roles|stilling|stillingen|stillinga|stillinger|stillingene|tjanster|positions|tjanst|tjansten|annonse|annonsen|annons|annonce|annoncen|opslag|opslaget|uppdrag|uppdraget|oppdrag|oppdraget|opdrag|opdraget|position|positionen|posten';
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

/** A rank before the words a title opens with ("Senior PM"). */
const RANK = /^(senior|sr|junior|jr|lead|staff|principal|head|chief|erfaren|seniorkonsulent)$/i;

/** Initials of the title's runs of three or four words, and of two at its opening: "Site Reliability Engineer" → "sre", "Account Executive" → "ae". */
export function acronymsOf(title: string): string[] {
  const words = tokenize(title).flatMap((token) => token.split(/[-/]/)).filter((word) => word.length > 0 && !isStopword(word));
  const out: string[] = [];
  // Two letters stand for the words that open the title ("EM" for "Engineering Manager, Flex Platform"), past a rank ("Senior PM"):
  // taken anywhere, "holdsskift renrumsproduktionen" would be an "HR" role.
  const opening = RANK.test(words[0] ?? '') ? 1 : 0;
  for (let start = 0; start < words.length; start += 1) {
    for (let length = start <= opening ? 2 : 3; length <= 4 && start + length <= words.length; length += 1) {
      out.push(fold(words.slice(start, start + length).map((word) => word[0]).join('')));
    }
  }
  // "HoF" for "Head of Finance": the small word said as a letter of its own, from the title's opening words.
  const all = tokenize(title).flatMap((token) => token.split(/[-/]/)).filter((word) => word.length > 0);
  if (all.slice(0, 4).some((word) => isStopword(word))) for (let length = 3; length <= 4 && length <= all.length; length += 1) out.push(fold(all.slice(0, length).map((word) => word[0]).join('')));
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

/** What a compound's part names, against a whole title word: a shared start, the part a compound ends in. */
const COMPOUND = 0.6;
const TAIL_PART = 0.7;

/** Title words a form is a compound's part of, or that are part of it ("designerjobben", "frontendutvecklare", "mobilutvikler"). */
export function compoundPartsOf(form: string, titleWords: readonly string[]): Array<{ part: string; scale: number }> {
  // "stillinger" is any posting: the end of "prosjektstilling" names no role.
  if (JOB_WORD.test(form)) return [];
  const found: Array<{ part: string; scale: number }> = [];
  for (const part of titleWords) {
    // The title word heads the question's word, a short one before a word of its own ('data' + 'bas' is no data role), or the question's word heads it ("frontend…").
    if ((part.length >= 4 && form.length > part.length && (part.length >= 5 || form.length >= part.length + 4) && form.startsWith(part)) || (form.length >= 5 && part.length > form.length + 2 && part.startsWith(form))) found.push({ part, scale: 1 });
    // The part a compound ends in is what the role is ("tekniker" in "fältservicetekniker"): weaker than the whole word.
    else if (form.length >= 6 && part.length > form.length + 2 && part.endsWith(form)) found.push({ part, scale: TAIL_PART });
    // Only a start in common ("support…" in "supportjobben"): weaker still.
    else if (form.length >= 10 && part.length >= 10 && commonPrefix(form, part) >= 6) found.push({ part, scale: COMPOUND });
    // The title word with a middle part left out ("fälttekniker" for "fältservicetekniker"): its head and its end, and nothing else.
    else if (part.length > form.length && commonPrefix(form, part) >= 4 && commonSuffix(form, part) >= 4 && commonPrefix(form, part) + commonSuffix(form, part) >= form.length) found.push({ part, scale: 1 });
  }
  // "designerjobben" is a designer's job, not a design one: of the title words that head a word, the longest does.
  const heads = found.filter(({ part }) => form.startsWith(part) && part.length < form.length);
  const longest = Math.max(0, ...heads.map(({ part }) => part.length));
  return found.filter(({ part }) => !(form.startsWith(part) && part.length < longest));
}
