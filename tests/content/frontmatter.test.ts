/** Where the front matter ends and the body begins, whatever the line breaks: every line number after it depends on this. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/content/frontmatter.js';

const read = (source: string, requireTitle = true) => readFrontMatter('x.md', source, { requireTitle });

describe('readFrontMatter', () => {
  it('hands on the body and the line it starts on', () => {
    expect(read('---\ntitle: A\n---\nHello\nWorld\n')).toMatchObject({ body: 'Hello\nWorld\n', bodyLine: 4, meta: { title: 'A' } });
    // Blank settings lines count; a closing line with trailing spaces closes.
    expect(read('---\ntitle: A\n\n--- \t\nHello')).toMatchObject({ body: 'Hello', bodyLine: 5 });
    // "----" is not a closing line.
    expect(read('---\ntitle: A\n----\n---\nHello')).toMatchObject({ body: 'Hello', bodyLine: 5 });
  });

  it('reads Windows line breaks and a byte-order mark as if they were not there', () => {
    const unix = read('---\ntitle: A\nteam: B\n---\nHello\n\nWorld\n');
    expect(read('\uFEFF---\r\ntitle: A\r\nteam: B\r\n---\r\nHello\r\n\r\nWorld\r\n')).toEqual(unix);
  });

  it('says when there is nothing to read', () => {
    expect(read('---\n---\nHello').problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('no title') });
    expect(read(' \n\t\n').problems[0]).toMatchObject({ line: 0, message: 'the file is empty' });
    expect(read('---\ntitle: A\n').problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('never closed') });
    // A company page needs no front matter: the whole file is its body.
    expect(read('# About us\nWe run clouds.', false)).toMatchObject({ body: '# About us\nWe run clouds.', bodyLine: 1, problems: [] });
  });
});
