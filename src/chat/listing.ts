/** The open postings as plain text, for `/jobs postings`. */
import type { Language } from '../content/types.js';
import type { PostingListing } from '../engine/types.js';
import { phrase } from '../engine/phrases.js';

export function formatListing(postings: PostingListing[], language: Language): string {
  if (postings.length === 0) return phrase(language, 'noPostings');
  const lines = postings.map((posting) => {
    const details = [posting.team, posting.location].filter(Boolean).join(', ');
    const draft = posting.draft ? ` [${phrase(language, 'draft')}]` : '';
    return `• ${posting.title}${draft}${details ? ` (${details})` : ''}: ${posting.url}`;
  });
  return `${phrase(language, 'openPostings')}\n${lines.join('\n')}`;
}
