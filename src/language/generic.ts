/**
 * Words that wrap what a candidate asks without naming a thing asked, beyond
 * the stopword lists: "is it possible", "what do you offer", "hva ligger
 * lønna på", the question words and what drafts are called.
 */
import { SHAPE_WORDS } from './concepts.js';
import { CLOCK } from './time-words.js';

const WRAPPING = new Set(
  `matter matters mean means important possible allowed able okay fine count counts kind kinds sort type like look looks
  required require requirement requirements need needed necessary must expect expected expecting want wanted
  apply applying think thought sure maybe probably general generally generelt generellt usually typically exactly actual actually really
  day-to-day daily day work working works jobbe jobba arbeide arbejde arbeta jobbar jobber jobbet
  much many long big often mye mange mycket många meget
  offer offers offered provide provided give gives get getting tilbyr erbjuder tilbyder
  well bit lot lots little typ sånn sådan slik myself yourself ourselves wat wats whats hows whos
  krav kreves kravet trenger trengs behöver behövs behøver kræver krævet
  how when who whom where which what why hvem vem når när hvornår hvor hvordan hvilken hvilke vilken vilka hva vad hvad
  draft drafts draften utkast utkastet udkast udkastet draftet kladde kladden internal internt intern use using used uses every each one ones there here den det denna denne
  foregår foregar fungerer fungerar funkar works happen happens skjer sker
  question
  listed list mention mentioned mentions nämns nämnd nevnt nevner står stod står say says said write wrote written skrev skriver skrevet
  current currently nå nu idag today right now long lang lange lenge länge big stor stora store large put afterwards etterpå efteråt bagefter ligger ligga ligge whens wheres per lyst jobbat jobbede arbetat stedet stället ekstra extra
  hvilket vilket kor ka kem egentlig istedet istället istedenfor instead skrivit oppgitt angitt advertise advertised advertising promise promised lovet lovat according ifølge iflg enligt
  därifrån härifrån derfra herfra derifra herifra bor`.split(/\s+/).filter(Boolean),
);
// "What time" asks a time of day; "per time" (an hour) is still a word asked.
for (const [phrase] of SHAPE_WORDS) for (const word of phrase.split(' ')) if (!CLOCK.test(word)) WRAPPING.add(word);

export const GENERIC: ReadonlySet<string> = WRAPPING;
