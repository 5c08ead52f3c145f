/**
 * Nordic compounds in other words: a word made of two words that have
 * aliases is the same compound written with theirs, so "molnutvecklare"
 * (Swedish) finds "skyutvikler" (Norwegian) and "clouddeveloper".
 */
// Endings a compound's last word may carry that its alias is written without ("plattformar" → "plattform").
const ENDINGS = ['', 'ar', 'er', 'en', 'na', 'ne', 'ene', 'erna', 's', 'e'];

/** A compound of two words with aliases, written with theirs ("molnutvecklare" → "skyutvikler", "clouddeveloper"). */
export function compoundsInOtherWords(token: string, aliases: ReadonlyMap<string, string[]>): string[] {
  if (token.length < 8 || !/^\p{L}+$/u.test(token)) return [];
  const out: string[] = [];
  const single = (words: readonly string[]) => words.filter((word) => /^\p{L}+$/u.test(word));
  for (let cut = 3; cut <= token.length - 4; cut += 1) {
    const head = token.slice(0, cut);
    const heads = aliases.get(head);
    if (!heads) continue;
    for (const ending of ENDINGS) {
      const rest = token.slice(cut);
      if (!rest.endsWith(ending)) continue;
      const tails = aliases.get(rest.slice(0, rest.length - ending.length));
      if (!tails) continue;
      for (const first of single([head, ...heads])) for (const second of single([rest.slice(0, rest.length - ending.length), ...tails])) if (first + second !== token) out.push(first + second);
    }
  }
  return out;
}

// What joins a Nordic compound's words: "driftoperatör-s-jobbet", "barn-e-hage".
const LINKS = ['', 's', 'e'];

/**
 * A word the board never uses, split into words it does know: "doktorandtjänsten" is
 * "doktorand" + "tjänsten", "svensklärartjänsten" is "svensk" + "lärar" + "tjänsten". Null when
 * no split leaves every part known.
 */
export function splitCompound(token: string, known: (word: string) => boolean, depth = 2): string[] | null {
  if (token.length < (depth > 1 ? 9 : 8) || !/^\p{L}+$/u.test(token)) return null;
  for (let cut = token.length - 4; cut >= 4; cut -= 1) {
    const head = token.slice(0, cut);
    const second = token.slice(cut);
    for (const link of LINKS) {
      if (!head.endsWith(link) || head.length - link.length < 4) continue;
      const first = head.slice(0, head.length - link.length);
      if (!known(first)) continue;
      // The longest first word wins: "driftoperatör" before "drift"; the rest may be a compound itself.
      if (known(second)) return [first, second];
      const rest = depth > 1 ? splitCompound(second, known, depth - 1) : null;
      if (rest) return [first, ...rest];
    }
  }
  return null;
}
