/** The parts of Knowledge the content loader reads, as the content tests use them. */
import type { Knowledge, Recruiter } from '../../src/knowledge/types.js';

export const marietta: Recruiter = { id: 'marietta', name: 'Marietta', email: 'marietta@safespring.com' };
export const anders: Recruiter = { id: 'anders-bruvik', name: 'Anders Bruvik', email: 'anders.bruvik@safespring.com' };

export function contentKnowledge(
  options: { extra?: Recruiter[]; baseUrl?: string; companyName?: string } = {},
): Pick<Knowledge, 'directory' | 'site'> {
  return {
    directory: { recruiters: [marietta, anders, ...(options.extra ?? [])], defaultId: marietta.id, fallbackId: anders.id },
    site: { baseUrl: options.baseUrl ?? 'https://www.safespring.com/jobb/', companyName: options.companyName ?? 'Safespring' },
  };
}
