/** Candor's own small words: counts agree with their nouns, and the terminal promises nothing it cannot keep. */
import { describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { commandPhrase } from '../../src/chat/commands.js';
import type { Reply } from '../../src/engine/types.js';

describe('forget: counts and nouns agree', () => {
  it.each([
    ['en', 1, 1, '(1 question, 1 handoff to a recruiter)'],
    ['en', 2, 0, '(2 questions, 0 handoffs to a recruiter)'],
    ['nb', 1, 1, '(1 spørsmål, 1 overføring til en rekrutterer)'],
    ['nb', 3, 2, '(3 spørsmål, 2 overføringer til en rekrutterer)'],
    ['sv', 1, 1, '(1 fråga, 1 överlämning till en rekryterare)'],
    ['sv', 2, 5, '(2 frågor, 5 överlämningar till en rekryterare)'],
  ] as const)('%s: %i questions, %i handoffs', (language, questions, handoffs, expected) => {
    expect(commandPhrase(language, 'forgotten', { questions, handoffs })).toContain(expected);
  });
});

describe('a handoff in the terminal', () => {
  const recruiter = { id: 'sofia', name: 'Sofia Lindqvist', email: 'sofia.lindqvist@safespring.com' };
  const handoff = (language: Reply['language'], text: string): Reply => ({
    kind: 'handoff', text, posting: null, topic: null, confidence: 0, sources: [], choices: [], recruiter, language, quotes: [], applyUrl: null, guesses: [],
  });

  it.each([
    ['en', 'I couldn\'t find that in the "Sr. DevOps Engineer" posting, so I won\'t guess. I\'ve passed your question to Sofia Lindqvist (sofia.lindqvist@safespring.com), who will follow up with you here.', /follow up|here/, 'write to Sofia Lindqvist (sofia.lindqvist@safespring.com) directly'],
    ['nb', 'Jeg fant ikke svar på det i utlysningene våre, så jeg gjetter ikke. Jeg har sendt spørsmålet ditt til Sofia Lindqvist (sofia.lindqvist@safespring.com), som følger opp med deg her.', /følger opp|her\./, 'skriv direkte til Sofia Lindqvist (sofia.lindqvist@safespring.com)'],
    ['sv', 'Jag hittade inget svar på det i våra annonser, så jag gissar inte. Jag har skickat din fråga till Sofia Lindqvist (sofia.lindqvist@safespring.com), som återkommer till dig här.', /återkommer|här\./, 'skriv direkt till Sofia Lindqvist (sofia.lindqvist@safespring.com)'],
  ] as const)('%s: says whom to write to, and promises no follow-up', (language, text, promise, instead) => {
    const shown = renderForTerminal(handoff(language, text));
    expect(shown).not.toMatch(promise);
    expect(shown).toContain(instead);
    // The sentence before it (the posting's title with its dot included) is kept whole.
    expect(shown.startsWith(`${text.slice(0, text.lastIndexOf('. ') + 1)} `)).toBe(true);
  });
});

describe('a handoff in the terminal to a person given only a phone number', () => {
  it('keeps the sentence before and says the number to call', () => {
    const recruiter = { id: 'contact:913 55 402', name: 'Guri Lie', email: '', phone: '913 55 402' };
    const text = 'Jeg fant ikke svar på det i utlysningen «Pedagogisk leder», så jeg gjetter ikke. Jeg har sendt spørsmålet ditt til Guri Lie (913 55 402), som følger opp med deg her.';
    const shown = renderForTerminal({ kind: 'handoff', text, posting: null, topic: null, confidence: 0, sources: [], choices: [], recruiter, language: 'nb', quotes: [], applyUrl: null, guesses: [] });
    expect(shown).toContain('Jeg fant ikke svar på det i utlysningen «Pedagogisk leder»');
    expect(shown).toContain('skriv direkte til Guri Lie (913 55 402)');
    expect(shown).not.toMatch(/følger opp/);
  });
});
