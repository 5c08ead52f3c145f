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
