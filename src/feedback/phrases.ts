/** Candor's words around the feedback buttons, in the answer's language; the note to staff is English, as the rest of a ping. */
import type { Language } from '../content/types.js';
import { whoFollowsUp } from '../engine/compose.js';
import { fillTemplate } from '../engine/phrases.js';
import type { FeedbackKind } from './types.js';

/** What a ping says about a question handed off from the Ask a recruiter button. */
export const UNHELPFUL_NOTE = 'the candidate found this answer unhelpful';

const PHRASES = {
  en: {
    helpful: 'Helpful',
    handoff: 'Ask a recruiter',
    thanks: 'Thanks, glad it helped.',
    sorry: 'Thanks for telling me.',
    notYours: 'Only the person who asked can use these buttons.',
    gone: 'I no longer have that answer. Please ask your question again.',
  },
  nb: {
    helpful: 'Nyttig',
    handoff: 'Spør en rekrutterer',
    thanks: 'Takk, fint at det hjalp.',
    sorry: 'Takk for at du sa ifra.',
    notYours: 'Bare den som spurte kan bruke disse knappene.',
    gone: 'Jeg har ikke det svaret lenger. Still spørsmålet på nytt.',
  },
  sv: {
    helpful: 'Hjälpsamt',
    handoff: 'Fråga en rekryterare',
    thanks: 'Tack, skönt att det hjälpte.',
    sorry: 'Tack för att du sa till.',
    notYours: 'Bara den som frågade kan använda de här knapparna.',
    gone: 'Jag har inte kvar det svaret. Ställ frågan igen.',
  },
  da: {
    helpful: 'Nyttigt',
    handoff: 'Spørg en rekrutteringsansvarlig',
    thanks: 'Tak, godt at det hjalp.',
    sorry: 'Tak fordi du sagde til.',
    notYours: 'Kun den, der spurgte, kan bruge disse knapper.',
    gone: 'Jeg har ikke det svar længere. Stil dit spørgsmål igen.',
  },
} satisfies Record<Language, Record<string, string>>;

export type FeedbackPhrase = keyof (typeof PHRASES)['en'];

export function feedbackPhrase(language: Language, key: FeedbackPhrase): string {
  return PHRASES[language][key];
}

/** A button's label: Helpful, Ask a recruiter. */
export function buttonLabel(language: Language, kind: FeedbackKind): string {
  return PHRASES[language][kind];
}

/** Ask a recruiter's acknowledgement: thanks, and who follows up, in the words of a handoff. */
export function handedOffText(language: Language, recruiter: { name: string; email: string; phone?: string }): string {
  return fillTemplate('{sorry} {who}', { sorry: PHRASES[language].sorry, who: whoFollowsUp(language, recruiter) });
}
