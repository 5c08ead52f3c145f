/**
 * The small words that give another word its part in a sentence, in the
 * four languages: ruling out ("not the senior one"), comparing ("like the
 * Oslo one"), who the asker is ("I'm a statistician"), paying and being
 * paid ("do you pay for …?", "is the take-home paid?"), where ("from Berlin").
 */
import { stemsOfAny } from './words.js';

/** Words that rule out what follows ("not the senior one", "ikke laborant"). */
export const NEGATORS = new Set(['not', 'non', 'inte', 'ikke', 'ikkje', 'ej', 'except', 'excluding', 'uten', 'utan', 'undtagen']);

/** Words that compare with what follows ("like the Oslo one"). */
export const COMPARING = new Set(['like', 'unlike', 'than']);

/** What a comparison is made with when it is a role: "like the Oslo one", "than the Manchester team". */
export const ROLE_NOUN = /^(one|ones|team|role|job|position|posting|office|teamet|jobbet|rollen|stillingen|tjänsten)$/;

/** Articles between a comparing word and its role ("like the Oslo one"). */
export const ARTICLES = new Set(['the', 'a', 'an', 'den', 'det', 'de', 'en', 'ett', 'et']);

/** "I'm a statistician, not a journalist", "jeg er bioanalytiker og ikke laborant": who the asker is, not a role ruled out. */
export const I_AM = /\b(im|i am|jeg er|jag är|eg er)( \S+){1,4}( og| och| and)? $/;

/** "I'm a junior, not senior": a seniority ruled out is a role's, whoever says it. */
export const SENIORITY = /^(senior|junior|lead|principal|staff|erfaren|erfarne)$/;

/** Wanting a role ("interested in", "ute etter"): what follows is sought, not who the asker is. */
export const WANTING = /\b(intres\w*|interes\w*|interest\w*|looking|keen|after|ute|på udkig|ude efter)\b/;

/** Who pays, before the paying word ("do you pay", "hvem betaler"). */
export const PAYERS = new Set(['you', 'we', 'they', 'who', 'dere', 'ni', 'vi', 'de', 'i', 'man', 'hvem', 'vem']);

/** Paying, in the four languages. */
export const PAYING: ReadonlySet<string> = new Set(['pay', 'pays', 'paid', 'payed', 'cover', 'covers', 'covered', 'betaler', 'betala', 'betalar', 'betale', 'betalt', 'dekker', 'dekket', 'täcker', 'täckt', 'dækker', 'dækket']);

/** "For", after paying ("pay for internet"). */
export const FOR = new Set(['for', 'för']);

/** Money as a thing given for something ("money for conferences"). */
export const MONEY = new Set(['money', 'budget', 'funding', 'funds', 'penger', 'penga', 'pengar', 'penge', 'pengene', 'budsjett', 'budgett']);

/** "For" after money ("penger til kurs"). */
export const FOR_MONEY = new Set(['for', 'för', 'til', 'till']);

/** Said of a thing that is paid ("is the take-home paid?", "bliver omklædningen betalt?"), before it. */
export const BEING = new Set(['is', 'are', 'be', 'er', 'blir', 'bliver', 'blive', 'är', 'vara', 'være', 'vere']);

/** Being paid, after the thing paid ("is the take-home paid?"). */
export const PASSIVE = new Set(['paid', 'payed', 'covered', 'betalt', 'betald', 'betalda', 'dekket', 'täckt', 'dækket']);

/** What says a thing is paid, or not, in the four languages: "we pay you 3 000 SEK for your time", "tiden er betalt". */
export const PAID_FORMS: readonly string[] = [...new Set(['pay', 'pays', 'paid', 'unpaid', 'betaler', 'betalar', 'betale', 'betala', 'betalt', 'betald', 'ubetalt', 'obetald', 'lønnet', 'ulønnet', 'avlönad', 'compensated', 'compensate', 'ersätts', 'ersättning', 'godtgjøres', 'kompenseres'].flatMap(stemsOfAny))];

/** Pay itself, paid out: "betaler dere overtid?" asks about pay, "betaler dere førerkortet?" about a thing paid for. */
export const PAY_ITSELF = /^(l[øo]e?nn?|l[öo]n|salar|wage|pay|bonus|overtid|overtime|provisjon|provision|commission|pension|pensjon|ut|out|ud|godt|bra|bedre|good|well|mer|more|mere|mindre|less)/;

/** "Hva betaler dere sjåførene?" asks what they are paid. */
export const HOW_MUCH = new Set(['what', 'hva', 'hvad', 'vad', 'ka', 'kva', 'mye', 'mycket', 'meget', 'much']);

/** The asker saying where they are ("I'm in Lisbon"): a place, not a role. */
export const SAYS_WHERE = /(^|\s)(im in|am in|based in|living in|live in|located in)$/;

/** Words before a place ("from Berlin", "fra Norge"). */
export const PLACE_BEFORE = new Set(['from', 'in', 'fra', 'från', 'i', 'based', 'frå', 'living']);
