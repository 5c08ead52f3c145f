/**
 * Money in the four languages: the currencies people write, the words for a
 * payment, and how a line says a sum of pay. Product knowledge, read by the
 * question (what is asked) and by the load (what a passage says).
 */

/** Currencies an asker may name. */
export const CURRENCIES = ['nok', 'sek', 'dkk', 'eur', 'usd', 'gbp', 'kr', 'kroner', 'kronor', 'euro', 'euros', 'dollars'];
/** A currency written in a passage. */
export const CURRENCY = /[£$€]|\b(kr|kroner|kronor|sek|nok|dkk|eur|usd|gbp)\b/i;
/** A word for a payment, alone or at the end of a compound: "how much is the on-call allowance / beredskapsersättningen?". */
export const PAYMENT = /(ersattning|tillegg|tillagg|tillaeg|godtgjorelse|godtgorelse|allowance|stipend|bidrag|tilskudd|tilskott|tilskud|budget|budsjett)(en|et|a|ar|er|erna|ene|s|ten)?$/;
/** A payment said in any of the four languages, alone or in a compound. */
/** That someone pays for a thing, or it is free: "we cover the course", "kurset er gratis", "ingår", "bekostas av oss". */
export const PAID_FOR_SAID = /(?<![\p{L}])(pay|pays|paid|paying|cover|covers|covered|covering|betal\p{L}*|dekk\p{L}*|täck\p{L}*|dæk\p{L}*|bekost\p{L}*|free|gratis|kostnadsfri\p{L}*|included|includes|ingår|inngår|indgår|reimburs\p{L}*|refund\p{L}*|refusjon|ersätt\p{L}*|sponsor\p{L}*|fund\p{L}*|finansier\p{L}*|on us|står (?:\p{L}+ )?(?:for|för))(?![\p{L}])/iu;
/** A heading over what the employer gives ("What we offer", "Why join us?", "Vi tilbyr"): a thing listed there is the employer's to pay. */
export const OFFERED = /(?<![\p{L}])(offers?|benefits?|perks?|why join|why us|why work|what you get|you get|tilbyr|tilbyder|tilbyd|erbjuder|erbjudande|förmåner|goder|fordele|frynsegoder|får du|vi gir|hvorfor oss|varför oss|hvorfor os)(?![\p{L}])/iu;
export const PAYMENT_SAID = /allowance|(?<![a-z])top[- ]?ups?(?![a-z])|topping up|bidrag|tillegg|tillägg|tillæg|ersättning|godtgjørelse|godtgørelse|tilskudd|tilskott|tilskud|stipend|contribution|subsid|budget|budsjett|[£$€]\s?\d|\d\s?(kr|sek|nok|dkk)\b/i;
/** A range of sums: "£85,000 to £100,000", "650 000–780 000 kr". */
export const SALARY_RANGE = /\d{2,3}(?:[  ,.]\d{3}|k)\s*(?:[a-z]{2,3}\s*)?(?:-|–|—|to|til|till)\s*(?:[£$€]\s?|[a-z]{2,3}\s)?\d{2,3}(?:[  ,.]\d{3}|k)/i;
/** A sum for an hour or a month of work: "185 kr. i timen", "NOK 40,000 per month", "$60/hour". */
export const PAY_RATE = /\d[\d  ,.]*\s?(?:kr\.?|sek|nok|dkk|eur|usd|gbp|€|\$|£)?\s*(?:i timen|i timmen|per hour|an hour|\/h(?:ou)?r?\b|i måneden|i månaden|om måneden|per month|a month|per måned|per månad|per day|a day|\/day\b|per dag|om dagen|i dagen)/i;
/** How pay is set, where no sum is given ("Lön enligt överenskommelse", "salary according to the collective agreement"): an answer about pay. */
export const PAY_SET = /(?<!\p{L})(lön\p{L}*|lønn\p{L}*|løn\p{L}*|salary|salaries|pay|wages?)(?!\p{L})[^.!?]{0,25}?(?<!\p{L})(sätts individuellt|settes individuelt|fastsættes individuelt|is set individually|negotiated individually|(?:enligt|etter|efter|i henhold til|according to|by|per)\s+(?:the\s+|den\s+|vår\s+|vårt\s+)?(?:\p{L}+\s+)?(?:överenskommelse|avtal\p{L}*|avtale\p{L}*|aftale\p{L}*|tariff\p{L}*|overenskomst\p{L}*|kollektivavtal\p{L}*|agreement|collective)|negotiable|förhandlingsbar)(?!\p{L})|(?<!\p{L})individuell lönesättning(?!\p{L})/iu;
/** A line that opens with its topic as a label ("Compensation: we share the range in the first call"). */
export const PAY_LABEL = /^\s*(compensation|salary|salary range|pay|base salary|rate|day rate|daily rate|lønn|løn|lön|lønnsspenn|lønspænd|lönespann|timepris|dagpris|timpris|ersättning|godtgjørelse|godtgørelse|vederlag)\s*:/i;

/** A span or a rate of pay asked: "salary range", "lønnsspenn", "hourly pay", "timelønn". */
export const RANGE_OR_RATE = /^(range|ranges|band|bands|spann\p{L}*|spenn\p{L}*|spænd\p{L}*|lønnsspenn\p{L}*|lønspænd\p{L}*|lönespann\p{L}*|hourly|hour|timen|timmen|timelønn\p{L}*|timeløn\p{L}*|timlön\p{L}*|timelon\p{L}*|timlon\p{L}*|lonnsspenn\p{L}*|lonspaend\p{L}*|lonespann\p{L}*|rate)$/u;

/**
 * The pay asked as what it is ("what's the salary?", "hva er lønna?", "vad ligger lönen på?", "ballpark?"):
 * a figure is asked, not how pay is set. "What's the pay like?" asks how it is.
 */
export const PAY_WANTED = /(?<!\p{L})(?:(?:what|whats|hva|hvad|vad|kva|ka)(?!\p{L})(?:'s| is| are| does| do| would| will| er| ligger| är| blir| bliver)?[^.?!]{0,25}?(?<!\p{L})(?:salary|salaries|pay|paid|wage|wages|lønn\p{L}*|løn|lønnen|lønna|lön|lönen|betaler|betalar|tjener|tjänar)(?!\p{L})(?! like)|ballpark)(?!\p{L})/iu;

/** Pay praised, not given: "competitive terms", "konkurransedyktige betingelser", "we'll talk about salary". */
export const PAY_PRAISED = /(?<!\p{L})(competitive|konkurransedyktig\p{L}*|konkurrencedygtig\p{L}*|konkurrenskraftig\p{L}*|attractive|attraktiv\p{L}*|market[- ]rate|markedsmessig\p{L}*|markedsmæssig\p{L}*|marknadsmässig\p{L}*|talk about (?:the )?salary|snakke om lønn\p{L}*|tale om løn\p{L}*|prata om lön\p{L}*|good salary|god lønn|god løn|bra lön)(?!\p{L})/iu;

/** How a thing is paid for, or made up for, said of it: "on-call is paid", "honoreres med", "compensated with time off in lieu", "kveldstillegg". */
export const COMPENSATED = /(?<!\p{L})(compensated|paid|betalt|betales|betalas|honoreres|honoreras|honoreret|kompenseres|kompenseras|kompenseret|ersätts|ersättes|godtgjøres|godtgøres|time off in lieu|comp time|afspadsering|avspasering|kompledig\p{L}*|allowance|supplement|premium|\p{L}*tillegg\p{L}*|\p{L}*tillägg\p{L}*|\p{L}*tillæg\p{L}*|\p{L}*ersättning\p{L}*|\p{L}*godtgjørelse\p{L}*|\p{L}*godtgørelse\p{L}*)(?!\p{L})/iu;

