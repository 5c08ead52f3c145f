/** A Markdown table read as a reader would say each row. */
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/content/blocks.js';

const texts = (body: string) => parseBlocks(body, []).flatMap((section) => section.passages.map((passage) => passage.text));

describe('tables', () => {
  it('says each cell of a wide table under its column’s name, and not the header row alone', () => {
    const body = '## Pay\n\n| Level | US base | EU base |\n|---|---|---|\n| Senior I | $160,000 | €92,000 |\n';
    expect(texts(body)).toEqual(['Senior I — US base: $160,000 — EU base: €92,000']);
  });

  it('keeps a two-column table as its rows', () => {
    const body = '| Perk | What |\n|---|---|\n| Vacation | 30 days per year |\n';
    expect(texts(body)).toEqual(['Perk — What', 'Vacation — 30 days per year']);
  });

  it('forgets a header once its table ends', () => {
    const body = '| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n\nText between.\n\n| x | y | z |\n';
    expect(texts(body)).toEqual(['1 — B: 2 — C: 3', 'Text between.', 'x — y — z']);
  });
});
