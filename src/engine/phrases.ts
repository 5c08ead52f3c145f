/** Candor's own words, in the language the question was asked in. Quoted passages stay as written. */
import type { Language } from '../content/types.js';
import { detectLanguage } from '../language/detect.js';
import { cleanQuestion } from './question.js';

const PHRASES = {
  en: {
    handoffCompany: 'I\'ve passed your question to the company\'s recruiters, who will follow up with you.',
    notOnBoard: 'I don\'t see a posting for that role on the board.',
    apology: 'Sorry, something went wrong on my side while answering. Please try again in a moment.',
    noPostings: 'There are no open postings right now.',
    openPostings: 'Open postings:',
    draft: 'draft',
    from: 'From',
    apply: 'Apply',
    clarify: 'Which role do you mean? The postings answer this differently:',
    clarifyNoTopic: 'Which role is your question about?',
    clarifyHint: 'Ask again with the role named, e.g. "{example}".',
    handoffPosting: 'I couldn\'t find that in the "{title}" posting, so I won\'t guess.',
    handoffNone: 'I couldn\'t find an answer to that in our postings, so I won\'t guess.',
    handoffWho: 'I\'ve passed your question to {name} ({reach}), who will follow up with you here.',
    help: 'Hi! I answer questions about our open positions from the job postings themselves: salary, on-call, travel, the team, who you would report to, remote work, requirements, how to apply and more.',
    helpExample: 'Try: "{example}"',
    helpPostings: 'Open postings: {titles}.',
    curatedSource: 'Answered earlier by {source}',
    exampleQuestion: 'Is there on-call for the {title}?',
    andMore: 'and {count} more',
    applyAt: 'Apply here: {link}',
  },
  nb: {
    handoffCompany: 'Jeg har sendt spørsmålet ditt videre til selskapets rekrutterere, som følger opp med deg.',
    notOnBoard: 'Jeg finner ingen utlysning for den stillingen.',
    apology: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
    noPostings: 'Det er ingen ledige stillinger akkurat nå.',
    openPostings: 'Ledige stillinger:',
    draft: 'utkast',
    from: 'Fra',
    apply: 'Søk',
    clarify: 'Hvilken stilling mener du? Utlysningene svarer ulikt på dette:',
    clarifyNoTopic: 'Hvilken stilling gjelder spørsmålet?',
    clarifyHint: 'Spør igjen og nevn stillingen, f.eks. «{example}».',
    handoffPosting: 'Jeg fant ikke svar på det i utlysningen «{title}», så jeg gjetter ikke.',
    handoffNone: 'Jeg fant ikke svar på det i utlysningene våre, så jeg gjetter ikke.',
    handoffWho: 'Jeg har sendt spørsmålet ditt til {name} ({reach}), som følger opp med deg her.',
    help: 'Hei! Jeg svarer på spørsmål om de ledige stillingene våre ut fra selve utlysningene: lønn, vakt, reising, teamet, hvem som blir leder, hjemmekontor, krav, hvordan du søker og mer.',
    helpExample: 'Prøv: «{example}»',
    helpPostings: 'Ledige stillinger: {titles}.',
    curatedSource: 'Besvart tidligere av {source}',
    exampleQuestion: 'Er det vakt for {title}?',
    andMore: 'og {count} til',
    applyAt: 'Søk her: {link}',
  },
  sv: {
    handoffCompany: 'Jag har skickat din fråga vidare till företagets rekryterare, som återkommer till dig.',
    notOnBoard: 'Jag hittar ingen annons för den tjänsten.',
    apology: 'Förlåt, något gick fel hos mig. Försök igen om en stund.',
    noPostings: 'Det finns inga lediga tjänster just nu.',
    openPostings: 'Lediga tjänster:',
    draft: 'utkast',
    from: 'Från',
    apply: 'Ansök',
    clarify: 'Vilken tjänst menar du? Annonserna svarar olika på det här:',
    clarifyNoTopic: 'Vilken tjänst gäller frågan?',
    clarifyHint: 'Fråga igen och nämn tjänsten, t.ex. "{example}".',
    handoffPosting: 'Jag hittade inte det i annonsen "{title}", så jag gissar inte.',
    handoffNone: 'Jag hittade inget svar på det i våra annonser, så jag gissar inte.',
    handoffWho: 'Jag har skickat din fråga till {name} ({reach}), som återkommer till dig här.',
    help: 'Hej! Jag svarar på frågor om våra lediga tjänster utifrån själva annonserna: lön, jour, resor, teamet, vem som blir chef, distansarbete, krav, hur du ansöker och mer.',
    helpExample: 'Prova: "{example}"',
    helpPostings: 'Lediga tjänster: {titles}.',
    curatedSource: 'Besvarat tidigare av {source}',
    exampleQuestion: 'Finns det jour för {title}?',
    andMore: 'och {count} till',
    applyAt: 'Ansök här: {link}',
  },
  da: {
    handoffCompany: 'Jeg har sendt dit spørgsmål videre til virksomhedens rekrutteringsfolk, som vender tilbage til dig.',
    notOnBoard: 'Jeg kan ikke finde et opslag for den stilling.',
    apology: 'Beklager, noget gik galt hos mig. Prøv igen om lidt.',
    noPostings: 'Der er ingen ledige stillinger lige nu.',
    openPostings: 'Ledige stillinger:',
    draft: 'udkast',
    from: 'Fra',
    apply: 'Ansøg',
    clarify: 'Hvilken stilling mener du? Opslagene svarer forskelligt på det:',
    clarifyNoTopic: 'Hvilken stilling gælder spørgsmålet?',
    clarifyHint: 'Spørg igen og nævn stillingen, f.eks. »{example}«.',
    handoffPosting: 'Jeg fandt ikke svar på det i opslaget »{title}«, så jeg gætter ikke.',
    handoffNone: 'Jeg fandt ikke svar på det i vores opslag, så jeg gætter ikke.',
    handoffWho: 'Jeg har sendt dit spørgsmål til {name} ({reach}), som vender tilbage til dig her.',
    help: 'Hej! Jeg svarer på spørgsmål om vores ledige stillinger ud fra selve opslagene: løn, vagt, rejser, teamet, hvem der bliver din leder, hjemmearbejde, krav, hvordan du søger og mere.',
    helpExample: 'Prøv: »{example}«',
    helpPostings: 'Ledige stillinger: {titles}.',
    curatedSource: 'Besvaret tidligere af {source}',
    exampleQuestion: 'Er der vagt for {title}?',
    andMore: 'og {count} mere',
    applyAt: 'Søg her: {link}',
  },
} satisfies Record<Language, Record<string, string>>;

export type PhraseKey = keyof (typeof PHRASES)['en'];

export function phrase(language: Language, key: PhraseKey, values: Record<string, string> = {}): string {
  return fillTemplate(PHRASES[language][key], values);
}

/** "{name} will follow up" with its placeholders filled; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The language of a user's message; English when it gives no evidence. */
export function detectQuestionLanguage(text: string): Language {
  return detectLanguage(cleanQuestion(text), 'en');
}
