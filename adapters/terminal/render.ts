/** Replies as a terminal shows them: plain text, clarify choices numbered so a digit picks one. */
import type { Language, Outgoing } from '../../src/index.js';

export function renderForTerminal(outgoing: Outgoing): string {
  if (outgoing.kind === 'notice') return outgoing.text;
  const reply = outgoing;
  if (reply.kind === 'clarify') {
    const [intro = '', ...rest] = reply.text.split('\n');
    const hint = rest.at(-1) ?? '';
    const choices = reply.choices.map((choice, index) => `  ${index + 1}) ${choice.title}${choice.draft ? ' (draft)' : ''}`);
    return [intro, ...choices, hint.replace(/^.*$/, '(type a number to choose)')].join('\n');
  }
  if (reply.kind === 'answer') {
    const lines = [reply.text, ...(reply.applyUrl ? [`Apply: ${reply.applyUrl}`] : []), ...(reply.questionId ? [NOT_IT[reply.language]] : [])];
    return lines.join('\n');
  }
  if (reply.kind === 'handoff' && reply.recruiter) return terminalHandoff(reply.text, reply.recruiter, reply.language);
  return reply.text;
}

/** Under an answer that can be marked: the terminal's Ask a recruiter button. */
const NOT_IT: Record<Language, string> = {
  en: '(Not what you asked? /no asks a recruiter.)',
  nb: '(Ikke det du spurte om? /no spør en rekrutterer.)',
  sv: '(Inte det du frågade? /no frågar en rekryterare.)',
  da: '(Ikke det, du spurgte om? /no spørger en rekrutteringsansvarlig.)',
};

/**
 * No staff channel exists in a terminal, so the engine's promise that the
 * recruiter "will follow up with you here" would be false: the sentence
 * naming the recruiter is replaced by one saying whom to write to.
 */
const NOBODY_PAGED: Record<Language, string> = {
  en: 'This terminal chat does not reach the recruiters, so nobody has been asked: write to {name} ({email}) directly.',
  nb: 'Denne terminalchatten når ikke rekruttererne, så ingen har fått spørsmålet: skriv direkte til {name} ({email}).',
  sv: 'Den här terminalchatten når inte rekryterarna, så ingen har fått frågan: skriv direkt till {name} ({email}).',
  da: 'Denne terminalchat når ikke rekrutteringsfolkene, så ingen har fået spørgsmålet: skriv direkte til {name} ({email}).',
};

function terminalHandoff(text: string, recruiter: { name: string; email: string }, language: Language): string {
  // Split after a sentence's end, but never inside the e-mail address (its dots have no space after them).
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((sentence) => !sentence.includes(recruiter.email));
  const note = (NOBODY_PAGED[language] ?? NOBODY_PAGED.en).replace('{name}', recruiter.name).replace('{email}', recruiter.email);
  return [...kept, note].join(' ');
}
