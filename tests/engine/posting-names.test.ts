/**
 * Which posting a question names, after one posting's file changes: the old
 * title stops naming it and the new one starts, and the other postings are
 * named as before.
 */
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/content/types.js';
import { buildPostingNameIndex } from '../../src/engine/posting-names.js';
import { terms, words } from '../../src/engine/text.js';

const posting = (id: string, title: string, team: string): Posting =>
  ({ id, title, team, intro: '', location: '', date: '', draft: false, language: 'en', applyUrl: null, url: `https://jobs.example/${id}/`, sourceFile: `${id}.md`, sections: [], links: [], recruiterId: null, contact: null }) as Posting;

const named = (index: ReturnType<typeof buildPostingNameIndex>, question: string) => index.resolve(terms(question), () => true).map((match) => match.posting.id);

describe('posting names', () => {
  it("forgets a replaced posting's old title and knows its new one", () => {
    const others = Array.from({ length: 40 }, (_, n) => posting(`backend-${n}`, `Backend Developer ${n}`, 'Platform'));
    const index = buildPostingNameIndex([posting('ops-17', 'Kubernetes Wrangler', 'Operations'), ...others], {}, ['Example'], words);
    expect(named(index, 'what does the kubernetes wrangler earn?')).toEqual(['ops-17']);

    index.replacePosting(posting('ops-17', 'Ceph Gardener', 'Operations'));
    expect(named(index, 'what does the kubernetes wrangler earn?')).toEqual([]);
    expect(named(index, 'what does the ceph gardener earn?')).toEqual(['ops-17']);
    expect(named(index, 'backend developer 7')).toContain('backend-7');
  });
});
