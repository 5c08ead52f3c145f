/**
 * Words that carry no meaning of their own in a question or a passage: the
 * `stopword` package's lists for the four languages, and the filler that
 * candidates put around what they ask ("quick question", "the job", "hei").
 */
import { dan, eng, nob, swe } from 'stopword';
import { createRequire } from 'node:module';
import { fold, type Language } from './words.js';

// The Swedish list counts words a posting's facts live in ("dagar", "kr", "fem"): those stay words.
const KEEP = new Set(['dag', 'dagar', 'dagen', 'kr', 'fem', 'fyra', 'sju', 'tio', 'hundra', 'högre', 'lätt', 'ny', 'nyt', 'stor', 'store', 'god', 'goda', 'ligger', 'begge', 'mand']);

const FILLER = `
hi hello hey hei heisann hallo hej hejsan hallå yo help helps helping hjelp hjelpe hjälp hjälpa hjælp hjælpe thanks thank thx takk tack tak ok okay bye cheers please pls
quick question questions q wondering wonder curious lurer lurte undrar spørre spør fråga frågar spørge
job jobs role roles position positions posting postings opening openings ad advert annonse annonsen annons annonsen stilling stillingen
stillinga tjeneste tjenesten tjänst tjänsten tjänster jobb jobbet jobben rolle rollen rollen opening vacancy utlysning utlysningen
actually really exactly just also even still something anything thing things ting sak saker
ganska ganske temmelig rather quite pretty fairly
not except excluding
across overall companywide wide orgwide company companies
tid fall fald ingår inngår indgår included include includes
take takes took tager tage tar ta tog tok
own owns owned owning
involve involves involved innebærer innebär indebærer
ca cirka circa approx roughly omtrent ungefär giver gir ger opslag opslaget opslagene
so kinda sorta tho lol btw fyi imo part open
bot bots chatbot robot
hele hela helt whole entire
would could should will shall might may must can do does did doing done get gets got have has had having
im ive youre were its theres thats whats whos hows dont doesnt didnt cant wont isnt arent wasnt id ill youll youd weve theyre hvad's
know tell let say said like want wanted need needs needed looking look find see
use uses using bruker bruke brukes bruger bruge bruges använder använda används
slags sorts
vil ville kan kunne skal skulle må måtte får fikk gjør gjøre har hadde er var blir bli
kommer komma kommer vet veta ved vide
yes no ja nei nej yeah
also og and eller or but men
the a an en ei et ett
dere deres ni er era jer jeres you your yours
man men person
eg ikkje kva kven kvar korleis berre noko nokon mykje dykk dokker gjennom igjennom
hehe haha lol lmao greier greie typ liksom altså asså sånn sånt
hørte hørt hört heard stemmer stämmer varer varar vare vara lasts mvh vh
problem problemer problemet issue dealbreaker post listed
overhovedet overhodet överhuvudtaget stadig stadigvæk fortsatt fortsat fortfarande ändå alligevel likevel egentlig egentligen egentligt faktisk faktiskt virkelig verkligen ellers annars vist visst finnes findes fins
hiya guys folks irl ppl rn tbh ngl honestly genuinely basically literally seriously
funker funke funka funket funkade fungere fungera räcker rækker nøjes klarer klarar orker orkar gidder gider duger virker verkar kanskje muligens
muligvis trolig antakelig antagligen sannsynligvis formentlig vel nemlig sgu ligesom lissom ish iallfall ihvertfall iaf forresten förresten uansett
eventuelt tror guess oppi oppå borti utpå innafor ifra sia koss kossen åssen kordan korfor hæ mæ dæ hu heilt heile eigen eigentleg mykkje såna sånne
slikt slike såhär osse òg eget egne egen egna forskjellige ulike forskellige grej stuff skikkelig kjempe jätte jättemycket kæmpe mega veldig väldigt
jævlig jävligt utrolig otroligt ekstremt enormt grymt vildt rigtig totally absolutely extremely idk imho afaik iirc omg plz ty lmk wanna gonna dunno
mtp ift pga evt osv f.eks feks bl.a t.ex dvs hmm ehm øh jaså jaha yep yup nope nah jepp okej okei okey greit najs såklart hejsa hejhej tjena hilsen
hälsningar vennligst venligst snälla unnskyld beklager undskyld
kl klokka klokken klockan uden gång vise fremvise forevise
`;

const setOf = (words: readonly string[]) => new Set(words.filter((word) => !KEEP.has(word)).flatMap((word) => [word, fold(word)]));
const COMMON = setOf([...eng, ...FILLER.split(/\s+/).filter(Boolean)]);
// Each Nordic list counts only for its own language's text: Danish "dog" (however) is an English dog.
// Nynorsk's own small words, which the bokmål list lacks ("frå", "eit", "vere", "sjølv"): Norwegian text is either.
const NYNORSK = `meg deg ho dei dykkar me kvifor kvart eit ein frå vere vore vart vorte nokre sjølv sjølve då hjå sidan desse deira hennar mi di si mitt ditt sitt mine dine sine vår vårt våre kor`.split(/\s+/).filter(Boolean);
const NORDIC: Record<Exclude<Language, 'en'>, ReadonlySet<string>> = { nb: setOf([...nob, ...NYNORSK]), sv: setOf(swe), da: setOf(dan) };
export const STOPWORDS: ReadonlySet<string> = new Set([...COMMON, ...NORDIC.nb, ...NORDIC.sv, ...NORDIC.da]);

/** A word without meaning of its own in a text of this language (English and candidates' filler count in all four). */
export function isStopwordIn(word: string, language: Language): boolean {
  if (COMMON.has(word)) return true;
  if (language === 'en') return false;
  return NORDIC[language].has(word) || (language === 'nb' ? NORDIC.da.has(word) : language === 'da' ? NORDIC.nb.has(word) : false);
}

// The long lists of stopwords-iso hold the everyday words of each language ("fully", "current"): not a thing asked.
const everyday = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const EVERYDAY: ReadonlySet<string> = new Set(
  (['en', 'no', 'sv', 'da'] as const).flatMap((language) => everyday[language] ?? []).flatMap((word) => [word, fold(word)]),
);

/** A word of everyday language in any of the four: when the postings never use it, the question is not about a thing they lack. */
export function isEveryday(word: string): boolean {
  if (FALSE_FRIENDS.has(word) || THINGS.has(word)) return false;
  return EVERYDAY.has(word) || STOPWORDS.has(word);
}

/** Words the everyday list holds that name a thing a candidate asks about ("a coding test", "a take-home"). */
const THINGS: ReadonlySet<string> = new Set(['test', 'tests', 'home', 'course', 'courses', 'computer', 'abroad', 'microsoft', 'research', 'website', 'rooms']);

/** Nordic small words that are English words with a meaning: Danish "dog" (however) is an English dog. */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set(['dog', 'fire', 'bare', 'hold', 'far', 'mine', 'hat', 'by', 'mand', 'ring', 'gift', 'kind']);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || STOPWORDS.has(fold(word));
}
