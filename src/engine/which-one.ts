/**
 * "Hvilket HR-system bruger I?", "which ERP are you moving to?": asked which
 * tool or system, a passage answers only by naming one. "Erfaring med et
 * HR-system" or "a new ERP system" says there is one, not which.
 */
import { TECH_NAMES } from '../language/tech.js';
import { tokenize } from '../language/words.js';

// A compound may end in a kind of tool ("affärssystem", "designverktøy"); initials stand alone ("ERP", not "formats").
const WHICH_TOOL = /(?:^|[^\p{L}])(?:which|what|hvilket|hvilken|hvilke|vilket|vilken|vilka|kva)\s+(?:[\p{L}-]+\s+)?((?:[\p{L}]+-?)?(?:system|systemet|systems|tools?|verktøy|verktyg|værktøj|software|programvare|plattform|plattformen|platform)|erp|crm|ats|hris)(?![\p{L}])/iu;

/** The kind of tool asked which of ("hr-system", "erp"), or null when none is. */
export function toolAskedOf(text: string): string | null {
  return WHICH_TOOL.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** Whether a passage names a tool, other than by the kind asked: a capitalised name inside a sentence, or a technology Candor knows. */
export function namesOne(text: string, kind: string): boolean {
  const kindWords = new Set(tokenize(kind).flatMap((word) => [word, ...word.split('-')]));
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+|\s+[–—-]\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}#+.-]+/u).filter(Boolean);
    for (const [at, word] of words.entries()) {
      const lower = word.toLowerCase().replace(/[.-]+$/, '');
      if (kindWords.has(lower) || lower.split('-').every((part) => kindWords.has(part))) continue;
      if (TECH_NAMES.has(lower)) return true;
      if (at > 0 && /^\p{Lu}/u.test(word) && /\p{L}{2}/u.test(word)) return true;
    }
  }
  return false;
}
