/**
 * Boards repeat text: a company's benefits list or its "how to apply" line
 * appears word for word in many postings. The index reads each text once and
 * shares the reading; these are the ways sharing must not show.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePosting } from '../../src/content/load.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ask, load } from './helpers.js';

const SHARED = 'Our pension plan puts 7 percent into your pension account every month.';

const posting = (title: string, team: string, heading: string, own: string) => `---
title: "${title}"
team: "${team}"
sidebarlinkurl: "https://jobs.example.com/${team.toLowerCase()}"
---

## About the role

${own}

## ${heading}

${SHARED}

## Questions?

Contact Marietta at marietta@example.com.
`;

let dir: string;
let engine: CandorEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'candor-shared-'));
  writeFileSync(join(dir, 'storage-engineer.md'), posting('Storage Engineer', 'Storage', 'What we offer', 'You run our Ceph clusters.'));
  writeFileSync(join(dir, 'network-engineer.md'), posting('Network Engineer', 'Network', 'A few more things', 'You run our BGP edge.'));
  engine = await load(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the same passage in two postings', () => {
  it('carries each posting its own heading\'s topics', () => {
    const passageIn = (id: string) => engine.corpus.postings.find((p) => p.id === id)!.sections.flatMap((s) => s.passages).find((p) => p.text === SHARED)!;
    const underBenefits = passageIn('storage-engineer');
    const underOther = passageIn('network-engineer');
    expect(underBenefits.topics).toEqual(['benefits', 'pension']);
    // Its own words count in both; the heading's only where it stands.
    expect(underOther.topics).toEqual(['pension']);
  });

  it('answers for each posting from that posting', () => {
    for (const [role, id] of [['storage engineer', 'storage-engineer'], ['network engineer', 'network-engineer']] as const) {
      const reply = ask(engine, `what pension does the ${role} get?`);
      expect(reply.kind).toBe('answer');
      expect(reply.posting?.id).toBe(id);
      expect(reply.quotes.map((quote) => quote.text).join(' ')).toContain('7 percent into your pension');
    }
  });

  it('keeps the other posting\'s copy when one posting is edited, and knows the edited one by its new title', () => {
    const knowledge = loadKnowledge('knowledge');
    const edited = posting('Storage Platform Lead', 'Storage', 'What we offer', 'You lead the Ceph team.').replace(SHARED, 'Our pension plan puts 5 percent into your pension account.');
    const { posting: next } = parsePosting(join(dir, 'storage-engineer.md'), edited, { knowledge, id: 'storage-engineer' });
    engine.replacePosting(next!);

    // Only the new title says "platform lead".
    const storage = ask(engine, 'what pension does the platform lead get?');
    expect(storage.posting?.id).toBe('storage-engineer');
    expect(storage.quotes.map((quote) => quote.text).join(' ')).toContain('5 percent into your pension');
    const network = ask(engine, 'what pension does the network engineer get?');
    expect(network.posting?.id).toBe('network-engineer');
    expect(network.quotes.map((quote) => quote.text).join(' ')).toContain('7 percent into your pension');
  });
});
