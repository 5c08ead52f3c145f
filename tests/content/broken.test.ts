/** Damaged postings: each gives its file:line error in plain words, and the rest still load. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusSync, parseCompanyPage, parsePosting } from '../../src/content/load.js';
import type { Corpus } from '../../src/content/types.js';
import { contentKnowledge } from '../support/directory.js';

const knowledge = contentKnowledge();
const dir = 'tests/fixtures/broken';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus({ contentDir: dir, knowledge });
});
const errorsOf = (name: string) =>
  corpus.problems.filter((p) => p.file === `${dir}/${name}` && p.severity === 'error').map(({ line, message }) => ({ line, message }));

describe('broken postings', () => {
  it('still loads the good postings, and only those', () => {
    expect(corpus.postings.map((p) => p.id).sort()).toEqual(['good-posting', 'no-contact']);
  });

  it('reads a quoted "true" draft flag and an unquoted YAML date', () => {
    const good = corpus.postings.find((p) => p.id === 'good-posting')!;
    expect(good).toMatchObject({ draft: true, date: '2024-03-01', applyUrl: 'https://jobs.example.com/sre', recruiterId: 'marietta' });
  });

  it('reports YAML errors on the line they are on', () => {
    expect(errorsOf('bad-yaml.md')).toEqual([
      { line: 3, message: 'the front matter is not valid YAML: a value contains ": "; put the whole value in double quotes' },
    ]);
    expect(errorsOf('unclosed-quote.md')).toEqual([
      { line: 3, message: 'the front matter is not valid YAML: a quoted value is missing its closing quote' },
    ]);
  });

  it('reports a missing title', () => {
    expect(errorsOf('no-title.md')).toEqual([
      { line: 1, message: 'the posting has no title: add a line like title: "Platform Engineer" to the front matter' },
    ]);
  });

  it('reports an accordion that is never closed, on the line it opens', () => {
    expect(errorsOf('unclosed-accordion.md')).toEqual([
      { line: 14, message: 'the accordion "How do you set salaries?" is opened but never closed with {{% /accordion %}}' },
    ]);
  });

  it('reports a closing tag with nothing to close', () => {
    expect(errorsOf('stray-close.md')).toEqual([{ line: 10, message: '{{< /note >}} closes a note that was never opened' }]);
  });

  it('reports front matter that never ends, and an empty file', () => {
    expect(errorsOf('unterminated.md')).toEqual([
      { line: 1, message: 'the front matter that starts on line 1 is never closed: add a line with only --- after the last setting' },
    ]);
    expect(errorsOf('empty.md')).toEqual([{ line: 0, message: 'the file is empty' }]);
  });

  it('warns about an unknown language, a contact not in the directory, and a missing apply link', () => {
    const warnings = corpus.problems.filter((p) => p.file === `${dir}/no-contact.md`);
    expect(warnings.every((p) => p.severity === 'warning')).toBe(true);
    expect(warnings.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 3, message: 'the language "dk" is not one Candor knows (en, nb, sv); it will guess from the text' },
      { line: 12, message: 'names contact per.persson@example.com which is not in knowledge/recruiters.yaml' },
      { line: 0, message: expect.stringMatching(/^has no apply link/) },
    ]);
    expect(corpus.postings.find((p) => p.id === 'no-contact')).toMatchObject({ recruiterId: null, applyUrl: null, language: 'en' });
  });

  it('has no problem for the good posting', () => {
    expect(corpus.problems.filter((p) => p.file.endsWith('good-posting.md'))).toEqual([]);
  });
});

describe('single files', () => {
  it('reports more damage in the body of one file', () => {
    const source = '---\ntitle: x\n---\n\n{{< horisontal-card text="never ends"\n\nmore text\n';
    expect(parsePosting('x.md', source, { knowledge })).toEqual({
      posting: null,
      problems: [{ file: 'x.md', line: 5, severity: 'error', message: 'a shortcode starts here with {{< but never ends with >}}' }],
    });
  });

  it('reports a note closed by the wrong tag', () => {
    const source = '---\ntitle: x\n---\n{{% note "info" %}}\ntext\n{{% /accordion %}}\n';
    expect(parsePosting('x.md', source, { knowledge }).problems.map((p) => [p.line, p.message])).toEqual([
      [6, '{{% /accordion %}} closes a accordion that was never opened'],
      [4, 'the note is opened but never closed with {{% /note %}}'],
    ]);
  });

  it('reports a bad draft value on its line', () => {
    const source = '---\ntitle: x\ndraft: maybe\n---\ntext\n';
    expect(parsePosting('x.md', source, { knowledge }).problems).toEqual([
      { file: 'x.md', line: 3, severity: 'error', message: 'draft must be true or false, not "maybe"' },
    ]);
  });

  it('reports a title that is not text', () => {
    const source = '---\ntitle:\n  - a\n  - b\n---\ntext\n';
    expect(parsePosting('x.md', source, { knowledge }).problems).toEqual([{ file: 'x.md', line: 2, severity: 'error', message: 'title must be text' }]);
  });

  it('reports TOML front matter and a file without front matter', () => {
    expect(parsePosting('x.md', '+++\ntitle = "x"\n+++\n', { knowledge }).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('TOML') });
    expect(parsePosting('x.md', '# Just a heading\n', { knowledge }).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('no front matter') });
  });

  it('reads a landing page without a title', () => {
    const { page, problems } = parseCompanyPage('_index.md', '## Working here\n\nWe are remote-friendly.\n');
    expect(problems).toEqual([]);
    expect(page).toMatchObject({ title: '', sections: [{ title: 'Working here', language: 'en' }] });
  });

  it('reads page bundles (a folder with index.md) as postings named by the folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'candor-content-'));
    try {
      mkdirSync(path.join(root, 'site-reliability'));
      writeFileSync(path.join(root, 'site-reliability', 'index.md'), '---\ntitle: SRE\n---\nContact Marietta at marietta@safespring.com to apply.\n');
      writeFileSync(path.join(root, 'plain.md'), '---\ntitle: Plain\n---\nText.\n');
      writeFileSync(path.join(root, 'notes.txt'), 'not a posting');
      const bundled = loadCorpusSync({ contentDir: root, knowledge });
      expect(bundled.postings.map((p) => [p.id, p.title, p.url])).toEqual([
        ['plain', 'Plain', 'https://www.safespring.com/jobb/plain/'],
        ['site-reliability', 'SRE', 'https://www.safespring.com/jobb/site-reliability/'],
      ]);
      expect(bundled.postings[1]).toMatchObject({ recruiterId: 'marietta', applyUrl: 'mailto:marietta@safespring.com' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a folder that does not exist', async () => {
    await expect(loadCorpus({ contentDir: 'tests/fixtures/no-such-folder', knowledge })).rejects.toMatchObject({ code: 'CONTENT_INVALID' });
  });
});
