/**
 * What a message is when it asks nothing of the postings: a question about
 * Candor itself ("what can you help with?"), or a remark for someone else
 * ("oops, wrong channel"). Both get the hint.
 */
/** "What can you help with?", "hvem er du?": asked of Candor itself, not of the postings. */
const ABOUT_CANDOR = /\b(what|how) (can|could|do) you (help|do)\b|\bwho are you\b|\bwhat are you\b|\b(hva|vad|hvad|ka) (kan|kann) (du|dere|ni|I) (hjelpe|hjälpa|hjælpe|gjøre|göra|gøre)\b|\b(hvem|vem) (er|är) du\b|\b(hva|vad|hvad) (er|är) du\b/i;

export function asksAboutCandor(text: string): boolean {
  return ABOUT_CANDOR.test(text);
}

/** Said to nobody in particular ("oops, wrong channel"): nothing asked. */
const NOTHING_ASKED = /\b(wrong (channel|chat|thread)|feil (kanal|tråd|chat)|fel (kanal|tråd|chatt)|forkert (kanal|tråd|chat)|never ?mind|ignore (me|that)|glem det|glöm det)\b/i;
/** What may close a remark: spaces, stops and the emoji said with thanks. */
const CLOSING = String.raw`(?:[\s!.🙏🙂😊👍]|❤️)`;
/** "Tak for hjælpen!!", "thanks for the help": thanks, whatever posting "hjælp" is a word of. */
const THANKS = new RegExp(String.raw`^\W*(thanks|thank you|thx|ty|takk|tack|tak|tusen takk|tusind tak|tack så mycket|mange tak|tusen tack)( (so much|a lot|for|för|igen|again|så mye|så mycket|skal du ha|ska du ha)?( (the|your|din|din|all|alt)?\s?(help|hjelpen|hjälpen|hjælpen|svaret|svar|answer|info|infoen|informasjonen|informationen))?)?${CLOSING}*$`, 'iu');

export function saysNothing(text: string): boolean {
  return NOTHING_ASKED.test(text) && !text.includes('?');
}

/** "Ok, …", "Perfekt, …" before the thanks, and a farewell after them ("god weekend!"): still only thanks. */
const OPENING = /^\W*(ok|okay|okey|okei|okej|great|super|perfect|perfekt|fint|flott|nice|cool|alright|aha|ah|jaha)(?!\p{L})[\s,!.]*/iu;
const FAREWELL = new RegExp(String.raw`[\s,!.]*(?<!\p{L})(god (weekend|helg|dag|aften|kveld)|trevlig (helg|dag|kväll)|ha en (fin|god|trevlig) (dag|helg|kveld|kväll)|hav en god (dag|weekend|aften)|have a (nice|good|great) (day|weekend|one|evening)|ha det( bra)?|hej då|bye|cheers|vi ses|see you)${CLOSING}*$`, 'iu');

export function onlyThanks(text: string): boolean {
  return THANKS.test(text.trim().replace(OPENING, '').replace(FAREWELL, ''));
}
