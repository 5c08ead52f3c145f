/**
 * Which posting a question is about, as retrieval: postings ranked as
 * documents by the words asked, title words weighing most (rare title words
 * more than common ones), then team and location, then the words of the
 * body. Negated words ("not the senior one") count against a posting.
 */
import type { Posting } from '../content/types.js';
import { fold, stemsOfAny, tokenize } from '../language/words.js';
import type { PassageIndex } from './passages.js';
import type { QueryWord } from './question.js';
import { Match, type PostingMatch } from './posting-match.js';
import { createMemo } from '../memo.js';
import { termsOf } from './terms.js';
import { acronymsOf, compoundInOtherWords, compoundPartsOf, JOB_TAIL, JOB_WORD, joinedInOtherWords } from './title-words.js';

export type { PostingMatch };

/** The postings whose title a word meets, with the weight of what it met; and those whose title word it only extends with a thing asked. */
interface TitleHits {
  hits: ReadonlyMap<number, number>;
  extended: ReadonlySet<number>;
  /** Met only through a part of a compound ("sikkerhedsgodkendelsen" shares a start with "sikkerhedskonsulent"). */
  inside: ReadonlySet<number>;
}

export interface PostingIndex {
  /** Postings the question names, best first; ties kept. `visible` filters the audience's. */
  rank(words: readonly QueryWord[], visible: (posting: Posting) => boolean): PostingMatch[];
  /** Whether a word is in some posting's title: a role word ("engineer"), not a thing asked. */
  inSomeTitle(word: QueryWord): boolean;
  /** The words each posting's body has and none of the others does ("the R job that maintains RCrunch"). */
  distinctive(words: readonly QueryWord[], postings: readonly Posting[]): string[][];
  /** Whether a word is where a role is, in titles ("Prosjektleder i Trondheim") or in front matter's location. */
  isPlace(token: string): boolean;
  /** Every such place on the board, with the forms a passage may write it in. */
  places: ReadonlyMap<string, readonly string[]>;
}

const TITLE_PLACE_BEFORE = new Set(['in', 'i', 'på', 'pa', 'at']);
const TITLE = 3;
const META = 1.5;
const BODY = 0.5;
/** A concept's word ("manager", "lønn") names a posting only weakly: it is what is asked, mostly. */
const CONCEPT_WORD = 0.3;
/** A noun's definite ending in the Nordic languages: "vikariatet", "rollen", "stillinga", "tjänsterna". */
const DEFINITE = /(erna|ene|et|en|a|n|t)$/;
const META_NAMES = 0.7;
/** Least title evidence that names a posting: about one title word that few titles share. */
export const NAMED = 1.6;
/** Postings named within this share of the best-named one are as good as named: the rest of the question tells them apart. */
export const TIE = 0.85;

interface Doc {
  posting: Posting;
  titleTerms: Set<string>;
  titleTokens: string[];
  titleWeight: number;
  metaTerms: Set<string>;
  /** Of those, the team's: a team's name names it even in a topic's words ("Applied AI"). */
  teamTerms: Set<string>;
  bodyTerms: Set<string>;
}

export function buildPostingIndex(postings: readonly Posting[], passages: PassageIndex, aliases: Record<string, string[]>, wordAliases: ReadonlyMap<string, readonly string[]> = new Map()): PostingIndex {
  const titleDf = new Map<string, number>();
  const anyDf = new Map<string, number>();
  const tokenDf = new Map<string, number>();
  const metaDf = new Map<string, number>();
  const docs: Doc[] = postings.map((posting) => {
    const names = [posting.title, posting.id.replace(/[-_]+/g, ' '), ...(aliases[posting.id] ?? [])].join(' ');
    const titleTerms = new Set(termsOf(names, posting.language));
    const titleTokens = [...new Set(tokenize(names).flatMap((token) => [fold(token), ...fold(token).split(/[-/]/)]))].filter((token) => token.length >= 3);
    // Words a title writes apart that a question writes together: "Front end dev" is a "frontend" role.
    const spaced = tokenize(posting.title).map(fold);
    for (let at = 0; at + 1 < spaced.length; at += 1) if (spaced[at]!.length <= 6 && spaced[at + 1]!.length <= 6) titleTerms.add(spaced[at]! + spaced[at + 1]!);
    const metaTerms = new Set(termsOf(`${posting.team} ${posting.location} ${posting.date.slice(0, 4)} ${(posting.tags ?? []).join(' ')}`, posting.language));
    const bodyTerms = passages.termsByPosting.get(posting.id) ?? new Set<string>();
    for (const term of titleTerms) titleDf.set(term, (titleDf.get(term) ?? 0) + 1);
    for (const token of titleTokens) tokenDf.set(token, (tokenDf.get(token) ?? 0) + 1);
    for (const term of metaTerms) metaDf.set(term, (metaDf.get(term) ?? 0) + 1);
    for (const term of new Set([...titleTerms, ...metaTerms, ...bodyTerms])) anyDf.set(term, (anyDf.get(term) ?? 0) + 1);
    return { posting, titleTerms, titleTokens, titleWeight: 0, metaTerms, teamTerms: new Set(termsOf(posting.team, posting.language)), bodyTerms };
  });
  // A word only one title has names that posting on a board of any size: on three postings too, as on the four where idf(1) reaches NAMED.
  const count = Math.max(docs.length, 4);
  const idf = (df: number) => (df > 0 ? Math.log(1 + count / df) : 0);
  for (const doc of docs) doc.titleWeight = [...doc.titleTerms].reduce((sum, term) => sum + idf(titleDf.get(term) ?? 0), 0);
  const joinedParts = new Map<string, readonly [string, string]>();
  // Initials name a posting too ("SRE", "AE"), and its title written as one word in the asker's language ("Backend developer" is a
  // "backendutvecklare" role), without counting toward how much of its title a question covers.
  const otherCompounds = compoundInOtherWords(wordAliases);
  for (const doc of docs) {
    const joined = joinedInOtherWords(doc.posting.title, wordAliases);
    for (const [term, parts] of joined) joinedParts.set(term, parts);
    for (const extra of [...acronymsOf(doc.posting.title), ...joined.keys(), ...otherCompounds(doc.posting.title)]) {
      if (doc.titleTerms.has(extra)) continue;
      doc.titleTerms.add(extra);
      titleDf.set(extra, (titleDf.get(extra) ?? 0) + 1);
    }
  }

  // Inverted: title term → postings, title word → postings; a question looks up its words, not every posting.
  const termDocs = new Map<string, number[]>();
  const tokenDocs = new Map<string, number[]>();
  const metaDocs = new Map<string, number[]>();
  docs.forEach((doc, at) => {
    for (const term of doc.metaTerms) (metaDocs.get(term) ?? metaDocs.set(term, []).get(term)!).push(at);
    for (const term of doc.titleTerms) (termDocs.get(term) ?? termDocs.set(term, []).get(term)!).push(at);
    for (const token of doc.titleTokens) (tokenDocs.get(token) ?? tokenDocs.set(token, []).get(token)!).push(at);
  });
  const titleWords = [...tokenDocs.keys()];
  const compoundMemo = createMemo<Array<{ part: string; scale: number }>>(20_000);

  /** Title words a form is a compound's part of, or that are part of it ("designerjobben", "frontendutvecklare", "mobilutvikler"). */
  function compoundParts(form: string): Array<{ part: string; scale: number }> {
    return compoundMemo(form, () => compoundPartsOf(form, titleWords));
  }


  /** "supportvikariatet" for "Supportspecialist, föräldravikariat": a word that heads one title word and ends another of the same title. */
  function spanning(token: string): Array<readonly [string, number]> {
    const found: Array<readonly [string, number]> = [];
    for (let cut = 4; cut + 5 <= token.length; cut += 1) {
      const start = token.slice(0, cut);
      const rest = token.slice(cut);
      const ends = [rest, rest.replace(DEFINITE, '')].filter((end) => end.length >= 5);
      for (const part of titleWords) {
        if (part.length <= cut || !part.startsWith(start)) continue;
        for (const at of tokenDocs.get(part) ?? []) {
          if (docs[at]!.titleTokens.some((other) => other !== part && ends.some((end) => other.endsWith(end)))) found.push([part, at]);
        }
      }
    }
    return found;
  }

  // A word meets the same titles, teams, places and tags in every question: what it meets is read once (a board's words are few).
  const titleMemo = createMemo<TitleHits>(20_000);
  const metaMemo = createMemo<ReadonlyMap<number, string>>(20_000);
  const titleHits = (word: QueryWord) => titleMemo(`${word.token}\u0000${word.variants.join('\u0000')}`, () => readTitleHits(word));

  /** The postings whose team, place or tags a word meets, by the form met. */
  function metaHits(word: QueryWord): ReadonlyMap<number, string> {
    return metaMemo(word.variants.join('\u0000'), () => {
      const found = new Map<number, string>();
      for (const variant of word.variants) for (const at of metaDocs.get(variant) ?? []) if (!found.has(at)) found.set(at, variant);
      return found;
    });
  }

  /** Postings whose title a question word meets, with the weight of what it met. */
  function readTitleHits(word: QueryWord): TitleHits {
    const hits = new Map<number, number>();
    const inside = new Map<number, number>();
    const extended = new Set<number>();
    // A title met as written counts as that; met only through compounds, by the best of them ("backendjobbet" heads "backend" whole, and only shares a start with "backend-udvikler").
    const exact = new Set<number>();
    const add = (list: readonly number[] | undefined, df: number, scale = 1, weight = idf(df), asWritten = false, tail = '') => {
      for (const at of list ?? []) {
        const known = hits.get(at);
        if (known !== undefined && (exact.has(at) || known >= scale * weight)) continue;
        hits.set(at, scale * weight);
        if (asWritten) exact.add(at);
        if (scale < 1) inside.set(at, scale);
        else inside.delete(at);
        // "offshoretillegg" for the offshore role: its title word, and a thing of its own that is asked.
        if (tail.length >= 4 && !JOB_WORD.test(tail) && !docs[at]!.titleTokens.some((token) => tail.startsWith(token))) extended.add(at);
        else extended.delete(at);
      }
    };
    for (const variant of word.variants) {
      // Two title words written as one weigh what the two do.
      const parts = joinedParts.get(variant);
      add(termDocs.get(variant), titleDf.get(variant) ?? 1, 1, parts ? idf(tokenDf.get(parts[0]) ?? 1) + idf(tokenDf.get(parts[1]) ?? 1) : undefined, true);
    }
    const token = fold(word.token);
    if (token.length >= 2 && token.length <= 4) add(termDocs.get(token), titleDf.get(token) ?? 1, 1, undefined, true);
    for (const form of [token, ...word.variants]) {
      if (form.length < 4) continue;
      // A compound's part ("utvikler" in "skyutvikler") names less than the whole word would.
      for (const { part, scale } of compoundParts(form)) add(tokenDocs.get(part), tokenDf.get(part) ?? 1, scale, undefined, false, form.startsWith(part) ? form.slice(part.length) : '');
    }
    // "fältteknikerjobbet", "backendteamet": the role's word before the word for a job or a team, when the whole word meets no title as well.
    const head = JOB_TAIL.exec(token)?.[1];
    // The Swedish joint drops a final "e": "utvecklarjobbet" is an "utvecklare" job.
    if (head && head.length >= 4 && inside.size === hits.size) for (const form of [head, `${head}e`]) for (const { part, scale } of compoundParts(form)) add(tokenDocs.get(part), tokenDf.get(part) ?? 1, scale);
    if (inside.size === hits.size && token.length >= 9) for (const [part, at] of spanning(token)) add([at], tokenDf.get(part) ?? 1);
    // A word is as rare as the titles it meets, whether as itself or inside compounds: "utvikler" is not rare for meeting "skyutvikler" once.
    for (const [at, scale] of inside) hits.set(at, Math.min(hits.get(at)!, scale * idf(hits.size)));
    return { hits, extended, inside: new Set(inside.keys()) };
  }

  const docOf = new Map(docs.map((doc) => [doc.posting, doc]));
  // The word after "in"/"i"/"på" in a title ("Developer in Oslo"), and the words of a location in front matter.
  const places = new Set<string>();
  for (const { posting } of docs) {
    const words = tokenize(posting.title).map(fold);
    words.forEach((word, at) => {
      if (at > 0 && TITLE_PLACE_BEFORE.has(words[at - 1]!)) places.add(word);
    });
    for (const word of tokenize(posting.location ?? '')) places.add(fold(word));
  }
  return {
    inSomeTitle: (word) => titleHits(word).hits.size > 0,
    isPlace: (token) => places.has(fold(token)),
    places: new Map([...places].map((place) => [place, stemsOfAny(place)])),
    distinctive(words, postings) {
      const found: string[][] = postings.map(() => []);
      for (const word of words) {
        if (word.concept || word.negated) continue;
        const having = postings.map((posting) => word.variants.some((variant) => docOf.get(posting)?.bodyTerms.has(variant) ?? false));
        if (having.filter(Boolean).length === 1) found[having.indexOf(true)]!.push(word.token);
      }
      return found;
    },
    rank(words, visible) {
      const inTitles = words.map(titleHits);
      const hitsOf = inTitles.map(({ hits }) => hits);
      // A team or place in front matter names a posting too, less than its title does: each word's postings so, by the form met.
      const metaOf = words.map(metaHits);
      const named = new Set<number>();
      for (const hits of [...hitsOf, ...metaOf]) for (const at of hits.keys()) named.add(at);
      const matches: Match[] = [];
      const places: number[] = [];
      // Which words named a posting is read only of the postings a caller looks at.
      const namesOf = (at: number) => {
        const naming = new Set<string>();
        const titleNaming = new Set<string>();
        words.forEach((word, index) => {
          if (word.negated) return;
          if (hitsOf[index]!.has(at)) {
            if (inTitles[index]!.extended.has(at)) return;
            // A topic's word that only shares a part with a title word is what is asked, not the role's name.
            if (word.concept && inTitles[index]!.inside.has(at)) return;
            naming.add(word.token);
            titleNaming.add(word.token);
          } else if (metaOf[index]!.has(at) && (!word.concept || docs[at]!.teamTerms.has(metaOf[index]!.get(at)!))) naming.add(word.token);
        });
        return { naming, titleNaming };
      };
      for (const at of named) {
        const doc = docs[at]!;
        if (!visible(doc.posting)) continue;
        let title = 0;
        let total = 0;
        let matchedTitle = 0;
        for (let index = 0; index < words.length; index += 1) {
          const word = words[index]!;
          const scale = word.concept && !word.looseConcept ? CONCEPT_WORD : 1;
          const weight = hitsOf[index]!.get(at);
          if (weight !== undefined) {
            if (word.negated) {
              title -= 2 * weight;
              total -= 2 * TITLE * weight;
              continue;
            }
            title += scale * weight;
            total += scale * TITLE * weight;
            matchedTitle += weight;
            continue;
          }
          if (word.negated) continue;
          const meta = metaOf[index]!.get(at);
          if (meta) {
            // A team, place or tag no other posting has names the posting whatever the board's size.
            title += scale * ((metaDf.get(meta) ?? 1) === 1 ? Math.max(NAMED, META_NAMES * idf(1)) : META_NAMES * idf(metaDf.get(meta) ?? 1));
            total += scale * META * idf(anyDf.get(meta) ?? 1);
          }
        }
        if (title <= 0) continue;
        const coverage = doc.titleWeight > 0 ? Math.min(1, matchedTitle / doc.titleWeight) : 0;
        matches.push(new Match(doc.posting, title, total + coverage, coverage, at, namesOf));
        places.push(at);
      }
      // The body tells apart the postings the title names about as well as the best: it names none the title does not.
      const best = Math.max(0, ...matches.map((match) => match.title));
      matches.forEach((match, position) => {
        if (match.title < NAMED || match.title < TIE * best) return;
        const doc = docs[places[position]!]!;
        for (let index = 0; index < words.length; index += 1) {
          const word = words[index]!;
          if (word.concept || word.negated || hitsOf[index]!.has(places[position]!) || metaOf[index]!.has(places[position]!)) continue;
          const body = word.variants.find((variant) => doc.bodyTerms.has(variant));
          if (body) match.total += BODY * idf(anyDf.get(body) ?? 1);
        }
      });
      return matches.sort((a, b) => b.total - a.total);
    },
  };
}
