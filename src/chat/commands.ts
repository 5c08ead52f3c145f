/** Sub-commands of the slash command; anything else is a question. */
import type { Language } from '../content/types.js';
import { fillTemplate } from '../engine/phrases.js';

export type HandoffFilter = 'queue' | 'open' | 'claimed' | 'all';

export type StaffCommand =
  | { name: 'show'; posting: string; topic: string | null }
  | { name: 'handoffs'; filter: HandoffFilter }
  | { name: 'gaps'; days: number }
  | { name: 'reload' };

export type Command =
  | { name: 'postings' }
  | { name: 'forget' }
  | StaffCommand
  | { name: 'ask'; text: string };

export const DEFAULT_GAP_DAYS = 30;

export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  const [head = '', ...args] = trimmed.split(/\s+/);
  switch (head.toLowerCase()) {
    case 'postings':
    case 'jobs':
    case 'list':
      return { name: 'postings' };
    case 'show':
      return { name: 'show', posting: args[0] ?? '', topic: args.slice(1).join(' ') || null };
    case 'handoffs':
    case 'queue':
      return { name: 'handoffs', filter: filterOf(args[0]) };
    case 'gaps': {
      const days = Number(args[0]);
      return { name: 'gaps', days: Number.isInteger(days) && days > 0 ? days : DEFAULT_GAP_DAYS };
    }
    case 'reload':
      return { name: 'reload' };
    default:
      return isForgetRequest(trimmed) ? { name: 'forget' } : { name: 'ask', text: trimmed };
  }
}

export function isStaffCommand(command: Command): command is StaffCommand {
  return command.name === 'show' || command.name === 'handoffs' || command.name === 'gaps' || command.name === 'reload';
}

/** "forget me" (or `forget`), in English, Norwegian or Swedish, and nothing more: a question that mentions forgetting is still a question. */
export function isForgetRequest(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[.!?,]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== 'please' && word !== 'pls' && word !== 'takk' && word !== 'tack');
  const phrase = words.join(' ');
  return ['forget', 'forget me', 'glem meg', 'glöm mig', 'glom mig'].includes(phrase);
}

function filterOf(arg: string | undefined): HandoffFilter {
  const value = (arg ?? '').toLowerCase();
  return value === 'open' || value === 'claimed' || value === 'all' ? value : 'queue';
}

const PHRASES = {
  en: {
    staffOnly: 'Sorry, that command is for staff only. Ask me anything about our open positions, or use `postings` to list them.',
    unavailable: 'That command is not available here.',
    forgotten: 'Done: I have deleted what I stored about you ({questions}, {handoffs} to a recruiter).',
    nothingStored: 'Done: I store nothing about you here.',
  },
  nb: {
    staffOnly: 'Beklager, den kommandoen er bare for ansatte. Spør meg gjerne om de ledige stillingene, eller bruk `postings` for å se dem.',
    unavailable: 'Den kommandoen er ikke tilgjengelig her.',
    forgotten: 'Ferdig: jeg har slettet det jeg lagret om deg ({questions}, {handoffs} til en rekrutterer).',
    nothingStored: 'Ferdig: jeg lagrer ingenting om deg her.',
  },
  sv: {
    staffOnly: 'Tyvärr, det kommandot är bara för personal. Fråga mig gärna om de lediga tjänsterna, eller använd `postings` för att se dem.',
    unavailable: 'Det kommandot finns inte här.',
    forgotten: 'Klart: jag har raderat det jag sparat om dig ({questions}, {handoffs} till en rekryterare).',
    nothingStored: 'Klart: jag sparar ingenting om dig här.',
  },
  da: {
    staffOnly: 'Beklager, den kommando er kun for medarbejdere. Spørg mig gerne om de ledige stillinger, eller brug `postings` for at se dem.',
    unavailable: 'Den kommando findes ikke her.',
    forgotten: 'Færdig: jeg har slettet det, jeg havde gemt om dig ({questions}, {handoffs} til en rekrutteringsansvarlig).',
    nothingStored: 'Færdig: jeg gemmer intet om dig her.',
  },
} satisfies Record<Language, Record<string, string>>;

/** A count placeholder's noun, singular and plural: "1 question", "2 questions". */
const COUNTED = {
  en: { questions: ['question', 'questions'], handoffs: ['handoff', 'handoffs'] },
  nb: { questions: ['spørsmål', 'spørsmål'], handoffs: ['overføring', 'overføringer'] },
  sv: { questions: ['fråga', 'frågor'], handoffs: ['överlämning', 'överlämningar'] },
  da: { questions: ['spørgsmål', 'spørgsmål'], handoffs: ['overdragelse', 'overdragelser'] },
} satisfies Record<Language, Record<string, readonly [string, string]>>;

export type CommandPhrase = keyof (typeof PHRASES)['en'];

export function commandPhrase(language: Language, key: CommandPhrase, values: Record<string, string | number> = {}): string {
  const nouns: Record<string, readonly [string, string]> = COUNTED[language];
  const counted = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const noun = nouns[name];
      return [name, noun && typeof value === 'number' ? `${value} ${noun[value === 1 ? 0 : 1]}` : value];
    }),
  );
  return fillTemplate(PHRASES[language][key], counted);
}

/** The language of a forget request, from its words. */
export function forgetLanguage(text: string): Language {
  const lower = text.toLowerCase();
  return lower.includes('glem') ? 'nb' : lower.includes('glöm') || lower.includes('glom') ? 'sv' : 'en';
}
