/**
 * What askers say of themselves, in the four languages: whether they may
 * apply ("can I still apply?", "holder det?"), their age, how long they have
 * done something, what happened to them ("ble ferdig i desember").
 */

/** The asking sentence of such a question, in the four languages. */
export const ELIGIBLE = new RegExp(
  [
    String.raw`(?<!\b(?:how|where|when|hvordan|hur|hvor|var|när|når)\s)\b(can|could|may|should) (i|we|one) (still |even |also )?(apply|be considered|take the|take this|get the|get this)\b`,
    String.raw`\b(rule|rules) me out\b`,
    String.raw`\b(is it|is that|would it be) (even |still )?worth (applying|it|a shot)\b`,
    String.raw`\b(would|will) i (still |even )?be considered\b`,
    String.raw`\beligible\b`,
    String.raw`\b(is|would) (that|this|it|my [\p{L}-]+) (be )?(a )?(problem|dealbreaker|deal breaker|issue)\b`,
    String.raw`\bkan (jag|jeg|eg|man|ein|en) (\p{L}+ )?(ändå |likevel |likevel |alligevel |ogs[åa] |fortsatt )?(söka|søke|søkje|søge|sök|søk)\b`,
    String.raw`(?:^|[^\p{L}])(går|gaar) det (att|an å|an a) (söka|søke|søkje|søge)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(är|er) det (ett|et) (problem|hinder)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(holder|räcker|rækker|duger) (det|den)(?:[^\p{L}]|$)`,
    String.raw`(?:^|[^\p{L}])(er|är) (det|den) (nok|tillräckligt|tilstrækkeligt)(?=\s*(?:$|[?.!,]|(?:til|for|för|till|med)\s))`,
    String.raw`\b(is|would) (that|this|it) (be )?enough\b`,
    String.raw`\b(diskvalificerer|diskvalificerar|utelukker|utesluter) (det|det) mig\b`,
  ].join('|'),
  'iu',
);

/** "I'm 17", "jag är 17", "er 16 år", "17 years old": the asker's age. */
export const AGE = /(?:^|[^\p{L}\d])(?:i'?m|i am|jag är|jeg er|eg er|er|är)\s+(1[3-9]|[2-6]\d)(?!\s*(?:%|prosent|procent|kr|sek|nok|dkk|k\b|\.\s*\p{L}|[.,]\d|min|minutes|km|mil|timer|hours|år (?:erfaring|erfarenhet)|years? (?:of|experience)|personer|people|persons|ansatte|anställda|medarbejdere|medarbetare|employees|members|medlemmer|stk|st\b))|(?:^|[^\p{L}\d])(1[3-9]|[2-6]\d)\s*(?:years old|yo\b|år gammel|år gammal|år gamle|år(?:,|$|\s+(?!erfaring|erfarenhet|erfaren)))/iu;

/** The words of the asking phrase itself: never the thing it asks of ("would my stutter be a problem?" asks of a stutter). */
export const ASKING_WORDS: ReadonlySet<string> = new Set(['rule', 'rules', 'me', 'out', 'worth', 'applying', 'apply', 'considered', 'eligible', 'problem', 'issue', 'dealbreaker', 'deal', 'breaker', 'shot', 'holder', 'enough', 'nok', 'tillräckligt', 'tilstrækkeligt']);

/** "I've been a nurse for 4 years", "har 8 mdr på ro-pax", "sedan 2 år": how long the asker has done something, said with a word for themselves. */
export const SPELL_SAID = /(?:^|[^\p{L}\d])(?:for|i|in|sedan|siden|since|har|have|with|med|about|like|around|nearly|almost|over|ca|cirka|omkring|nesten|næsten|nästan|snart|and|og|och|plus|\+|~)\s*(\d{1,2})\s*\+?\s*(?:års|år|years?|yrs?|mdr|måneder|månader|months?|mos)(?![\p{L}])/giu;

export const PAY_ASKED = /(?:^|[^\p{L}])(pay|paid|salary|earn|wage|lønn\p{L}*|løn\p{L}*|lön\p{L}*|tjene|tjäna)(?:[^\p{L}]|$)/iu;

export const FIRST_PERSON = /(?:^|[^\p{L}'])(i|i'm|im|i've|ive|jeg|jag|eg|my|min|mitt|mine|mina|har|have|has been|sedan|siden|since)(?![\p{L}'])/iu;

export const PAST = /(?<!\p{L})(?:moved|graduated|finished|started|did|gjorde|tok|tog|flyttet|flytta|flyttade|flyttede|ble|blei|blev|fikk|fick|fik|began|begynte|började|begyndte)(?!\p{L})/iu;

/** "Ble ferdig i desember", "fikk lappen i oktober", "jag fyller 18 i maj": a month something happens to the asker in. */
export const DONE = /(?<!\p{L})(?:ferdig|færdig|färdig|finish(?:ed|ing)?|graduat(?:e|ed|ing)|examen|uteksaminert|fikk|fekk|fick|fik|fått|got|passed|bestod|fyller|fylder|fylle|fyllde|fylte|turn|turns|turning)(?!\p{L})/iu;
