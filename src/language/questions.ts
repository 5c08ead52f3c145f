/**
 * The words a message is read by as a question, in the four languages: how
 * a question opens, what it counts, who is speaking, what it sends, and the
 * small phrases that frame what is asked ("on top of", "when I …").
 */

/** A message that tries to give Candor orders ("ignore all previous instructions"): never read as a question. */
export const INJECTION = /\b(ignore|ignorer|ignorera|disregard|forget)\b.{0,40}\b(instructions?|instruksjon\w*|instruktion\w*|rules|regler|prompt)\b|system prompt|system override|admin-?mod(e|us)|\bSYSTEM\s*:|jailbreak|svar(e)? bara|answer only/i;

/** The words a question opens with, in the four languages. */
export const QUESTION_START = /^(what|how|who|whom|when|where|which|why|is|are|do|does|did|can|could|would|will|should|any|hva|hvordan|hvem|når|hvor|hvilke[nt]?|hvorfor|er|har|kan|må|får|blir|vad|hur|vem|när|var|vilke[nt]?|vilka|varför|är|finns|ingår|måste|hvad|hvornår|hvilken|skal|wat|wats|whats)\b/i;

/** "How many …?" asks for a count (read on folded text). */
export const COUNTING = /(^|[^\p{L}])(how many|hvor mange|hur manga)([^\p{L}]|$)/u;

/** Sending or attaching something (an application, a CV). */
export const SEND = /^(send|sende|sender|skicka|skickar|bifoga|vedlegg|vedlegge|vedlægge|attach|include|upload|laste|ladda)$/;

/** The small words between sending and what is sent ("sende med en portefølje"). */
export const ALONG = /^(med|with|in|inn|a|an|the|my|min|mitt|mine|mina|en|et|ett|ei|some|any|noen|nogen|någon|något|også|också|also|too)$/;

/** E-mail, as a word of sending. */
export const MAIL = /^(e-?mail|mail|e-?post|mejl|mejla|maile|mailen|eposten|e-posten)$/;

/** Becoming ("blir det fast?"): what a job turns into, not what it is. */
export const BECOMES = /\b(blir|bli|blive|bliver|become|becomes|becoming|go|turn|convert)\b/;

/** Words of a speaker label ("HR here:", "Internt:"). */
export const SPEAKER = /\b(here|question|q|staff|internal|internt|intern|fråga|spørsmål|spørgsmål|hr|recruiter|recruiting|rekryterare|rekrutterer)\b/i;

/** "A bonus on top of the salary?", "oppå lønna": what a thing comes on top of. */
export const ON_TOP = /(?:^|\s)(?:on top of(?: the| my| your)?|oppå|ovanpå|utover|utöver|udover|ud over|i tillegg til|i tillägg till|i tillæg til|in addition to|besides)(?: \S+)?$/;

/** A question that opens on its verb asks yes or no. */
export const YES_OR_NO = /^(is|are|do|does|did|can|could|will|would|should|must|have|has|skal|ska|kan|ma|maste|er|ar|har|far|blir|bliver|finns|finnes|findes|gor|gjor|laver|behover|trenger|vil|ville|kommer)\s/;

/** "… når eg er heilt nyutdanna", "… when I'm done": a "when" a clause about someone follows joins it; it asks no date. */
export const WHEN_JOINS = /^[^\p{L}]?(when|nar|naar|hvornar)\s+(eg|jeg|jag|i|im|man|du|you|we|vi|han|hun|hon|they|de|det|it|its)\s/u;

/** "Who pays for …?": whether it is paid, not a person. */
export const WHO_PAYS = /\b(who|hvem|vem)\s+(pays|covers|betaler|betalar|dekker|tacker|daekker)\b/;
