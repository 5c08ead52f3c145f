/** Which of the four languages a text is in, by its most common small words. */
import { tokenize, type Language } from './words.js';

const MARKERS: Record<Language, string[]> = {
  en: ['the', 'and', 'you', 'of', 'to', 'is', 'are', 'we', 'with', 'what', 'how', 'who', 'our', 'in', 'do', 'does', 'job', 'role', 'salary', 'when', 'where', 'which', 'can', 'is', 'there', 'my'],
  nb: ['og', 'er', 'du', 'vi', 'som', 'med', 'på', 'til', 'ikke', 'jeg', 'hva', 'hvordan', 'hvor', 'hvem', 'deg', 'dere', 'det', 'har', 'kan', 'eller', 'lønn', 'lønnen', 'stillingen', 'mye', 'også', 'noe', 'meg', 'jobbe', 'når', 'være', 'søknad', 'dette', 'ønsker', 'mange', 'fra', 'hei', 'heisann', 'takk', 'hjelp', 'lønna', 'feriedager', 'blir', 'hvilken', 'hvilke', 'jobber', 'stillingen', 'dere', 'å', 'bli', 'etter', 'noen', 'utlysningen', 'hvorfor', 'trenger', 'jobben', 'søknadsfrist', 'gjør', 'skrevet', 'man', 'søke', 'søker', 'gjerne', 'veldig', 'nå', 'eg', 'kva', 'korleis', 'ikkje', 'kor', 'ka', 'sjå', 'dokker', 'fått', 'vært', 'bare', 'sånn', 'får'],
  sv: ['och', 'är', 'du', 'vi', 'som', 'med', 'på', 'till', 'inte', 'jag', 'vad', 'hur', 'var', 'vem', 'dig', 'ni', 'det', 'har', 'kan', 'eller', 'lön', 'lönen', 'tjänsten', 'mycket', 'också', 'något', 'mig', 'jobba', 'när', 'vara', 'ansökan', 'detta', 'vill', 'många', 'från', 'hos', 'att', 'av', 'för', 'man', 'finns', 'hej', 'hejsan', 'tack', 'hjälp', 'lönen', 'behöver', 'måste', 'jobbet'],
  da: ['og', 'er', 'du', 'vi', 'som', 'med', 'på', 'til', 'ikke', 'jeg', 'hvad', 'hvordan', 'hvor', 'hvem', 'dig', 'jer', 'det', 'har', 'kan', 'eller', 'løn', 'lønnen', 'stillingen', 'meget', 'også', 'noget', 'mig', 'arbejde', 'når', 'være', 'ansøgning', 'dette', 'ønsker', 'mange', 'fra', 'af', 'hos', 'jeres', 'får', 'fuld', 'udvikler', 'tak', 'hjælp', 'løn', 'at', 'blive', 'bliver', 'efter', 'nogen', 'nogle', 'hvornår', 'sådan', 'opslaget', 'opslag', 'arbejder', 'ansøgningsfrist', 'kigger', 'giver', 'hvilke', 'skrevet', 'tage', 'dækket', 'hvis', 'man', 'været', 'godt', 'søge', 'gerne', 'lige', 'synes', 'hedder', 'mit', 'os', 'spørgsmål', 'uddannet', 'tager', 'siger', 'selv'],
};

const WEIGHTS = new Map<string, Map<Language, number>>();
for (const [language, words] of Object.entries(MARKERS) as Array<[Language, string[]]>) {
  for (const word of words) {
    const entry = WEIGHTS.get(word) ?? new Map<Language, number>();
    entry.set(language, 1);
    WEIGHTS.set(word, entry);
  }
}

// Letters only one language writes.
const LETTERS: Array<[RegExp, Language, number]> = [
  [/[äö]/g, 'sv', 2],
  [/[æø]/g, 'nb', 1.5],
  [/[æø]/g, 'da', 1.4],
];

/**
 * The language of a text, or `fallback` unless the text says otherwise with
 * `margin` times the evidence: a short section of a posting keeps the
 * posting's language unless it is plainly another.
 */
export function detectLanguage(text: string, fallback: Language = 'en', margin = 1): Language {
  const score: Record<Language, number> = { en: 0, nb: 0, sv: 0, da: 0 };
  // The first words tell the language as well as all of them do.
  for (const word of tokenize(text.slice(0, 1500))) {
    const entry = WEIGHTS.get(word);
    if (!entry) continue;
    for (const [language, weight] of entry) score[language] += weight;
  }
  // "Har I …?", "kan I …": a capital I after a verb is the Danish "you".
  score.da += 2 * Math.min(2, (text.slice(0, 1500).match(/\b(?:[Hh]ar|[Kk]an|[Ff]år|[Ss]kal|[Vv]il|[Ee]r|[Bb]ruger|[Tt]ilbyder|[Gg]iver|[Bb]etaler) I\b/g) ?? []).length);
  const lower = text.slice(0, 4000).toLowerCase();
  for (const [pattern, language, weight] of LETTERS) score[language] += Math.min(6, (lower.match(pattern) ?? []).length) * weight * 0.5;
  let best: Language = fallback;
  for (const language of ['en', 'nb', 'sv', 'da'] as Language[]) if (score[language] > score[best]) best = language;
  if (best !== fallback && score[best] < margin * score[fallback] + (margin > 1 ? 2 : 0)) return fallback;
  return score[best] > 0 ? best : fallback;
}
