import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSimpleYaml } from '../../src/content/simple-yaml.js';

const real = (block: string) => parseYaml(block, { uniqueKeys: false, logLevel: 'error' }) as unknown;

/** Every front-matter block Candor ships or tests with. */
function frontMatterBlocks(): string[] {
  const dirs = ['content/career', 'tests/fixtures/postings', 'tests/fixtures/broken'];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(path.join(dir, name), 'utf8').replace(/\r\n/g, '\n'))
      .map((text) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1])
      .filter((block): block is string => block !== undefined),
  );
}

/** Checks that each block the fast path accepts reads as the library reads it; how many it accepted. */
function agreements(blocks: string[]): number {
  let accepted = 0;
  for (const block of blocks) {
    const fast = readSimpleYaml(block);
    if (fast === null) continue;
    accepted += 1;
    expect(fast, block).toEqual(real(block));
  }
  return accepted;
}

describe('the front-matter fast path', () => {
  it('reads what the yaml library reads, or leaves it to the library', () => {
    const values = [
      '"Platform Engineer"', "'It''s remote'", 'Platform Engineer', 'C# developer', 'https://jobs.example.com/apply?x=1',
      'true', 'False', 'TRUE', 'yes', 'no', 'null', '~', 'NULL', '', '42', '+7', '-3', '007', '3.5', '.5', '1e3', '1_000',
      '2024-07-02', '2024-07-02T10:00:00+02:00', '1.2.3', '0x1F', '0o17', '.inf', '.NaN', '12345678901234567890',
      'Oslo, Norway', 'Oslo # office', 'a: b', 'ends with colon:', '[a, b]', '{a: 1}', '- item', '&anchor x', '*alias',
      '!tag x', '|', '>', '"escaped \\" quote"', '"unclosed', "'unclosed", '"quoted" # note', 'Malmö or remote', 'lønn: 700k',
      '`backtick`', '@handle', '%percent', 'x\ty',
    ];
    expect(agreements(values.map((value) => `title: ${value}`))).toBeGreaterThan(25);
  });

  it('agrees on whole blocks: repeated keys, mixed case, comments and blank lines', () => {
    const blocks = [
      'Title: "A"\ntitle: "B"\ndraft: false',
      '# a comment\ntitle: "Data Engineer"\n\ndate: 2024-02-20\nweight: 3',
      'title: "X"\ndescription:\ndraft: "true"',
      ...frontMatterBlocks(),
    ];
    expect(agreements(blocks)).toBeGreaterThan(8);
  });

  it('reads lists of plain values as the library does', () => {
    const blocks = [
      'tags: ["English"]', 'tags: []', 'tags: [ ]', 'tags: [a, b]', 'tags: [a,b]', 'tags: [1, true, null, ~, 2.5]', 'tags: ["a, b", c]',
      'tags: [a b, c]', 'tags: [ "x" , y ]', "tags: ['it''s', it's]", 'tags: [a#b, a:b, http://x.example/y]', 'tags: [""]',
      'aliases:\n  - /blogg/infrastructure-engineer\n  - /blogg/2020/2020-04-infrastructure-engineer/', 'aliases:\n- a\n- b',
      'aliases:\n  -\n  - b', 'aliases:\n  - a\n\n  - b', 'aliases:\n  - a\n# note\n  - b', 'aliases:\n  - "x"\n  - 42\n  - ~\ntitle: x',
      'tags: [a]\ntags:\n  - b', 'title:\n  - "a list where text belongs"',
      // Words an object inherits are words; a no-break space at a line's end is part of the value.
      'tags: [toString, valueOf]', 'tags:\n  - __proto__\n  - constructor', 'title: constructor', 'title: a\u00a0', 'tags:\n- a\u3000',
    ];
    expect(agreements(blocks)).toBe(blocks.length);
  });

  it('leaves nested, listed, indented and multi-line front matter to the library', () => {
    for (const block of ['null: x', 'NULL: [a]', 'True: x', 'false:\n  - a', 'tags:\u00a0\n- a', 'tags:\n  - a\n    - b', 'tags:\n  - a\n  -b', 'tags:\n\t- a', 'tags:\n  - a\n  # note\n  - b', 'tags:\n  - a: b', 'tags:\n  - [a]', 'tags: x\n  - b', 'tags: [a, b,]', 'tags: [a: b]', 'tags: [a, [b]]', 'tags: [a] # note', 'tags: [a]x', 'tags: [a, b', 'tags: [-a]', 'tags: [a #b]', 'params:\n  x: 1', 'intro: >\n  folded\n  text', 'title: "two\n  lines"', ' title: x', '---', 'title:x', '__proto__: x', '']) {
      expect(readSimpleYaml(block), block).toBeNull();
    }
  });
});
