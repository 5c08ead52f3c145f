/** Replies as a terminal shows them: plain text, clarify choices numbered so a digit picks one. */
import { reachOf, whoOf, type Language, type Outgoing } from '../../src/index.js';

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
  en: 'This terminal chat does not reach the recruiters, so nobody has been asked: write to {who} directly.',
  nb: 'Denne terminalchatten når ikke rekruttererne, så ingen har fått spørsmålet: skriv direkte til {who}.',
  sv: 'Den här terminalchatten når inte rekryterarna, så ingen har fått frågan: skriv direkt till {who}.',
  da: 'Denne terminalchat når ikke rekrutteringsfolkene, så ingen har fået spørgsmålet: skriv direkte til {who}.',
};

function terminalHandoff(text: string, recruiter: { name: string; email: string; phone?: string }, language: Language): string {
  // Split after a sentence's end, but never inside the e-mail address (its dots have no space after them).
  const sentences = text.split(/(?<=[.!?])\s+/);
  // The sentence that says who was asked goes: nobody was. With nobody to reach, the company's recruiters are that sentence.
  const reach = reachOf(recruiter);
  const kept = sentences.filter((sentence) => (reach ? !sentence.includes(reach) : !sentence.includes(recruiter.name)));
  const note = (NOBODY_PAGED[language] ?? NOBODY_PAGED.en).replace('{who}', whoOf(recruiter));
  return [...kept, note].join(' ');
}
