/** Replies as a terminal shows them: plain text, clarify choices numbered so a digit picks one. */
import type { Outgoing } from '../../src/chat/types.js';

export function renderForTerminal(outgoing: Outgoing): string {
  if (outgoing.kind === 'notice') return outgoing.text;
  const reply = outgoing;
  if (reply.kind === 'clarify') {
    const [intro = '', ...rest] = reply.text.split('\n');
    const hint = rest.at(-1) ?? '';
    const choices = reply.choices.map((choice, index) => `  ${index + 1}) ${choice.title}${choice.draft ? ' (draft)' : ''}`);
    return [intro, ...choices, hint.replace(/^.*$/, '(type a number to choose)')].join('\n');
  }
  if (reply.kind === 'answer' && reply.applyUrl) return `${reply.text}\nApply: ${reply.applyUrl}`;
  // No staff channel exists in a terminal: say so rather than promise a follow-up nobody was paged for.
  if (reply.kind === 'handoff' && reply.recruiter) return `${reply.text}\n(This terminal chat pages nobody: write to ${reply.recruiter.email} directly.)`;
  return reply.text;
}
