/** `check` as a recruiter runs it: what it prints and how it exits. */
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckIo } from '../../src/cli/check.js';
import type { Section } from '../../src/content/types.js';
import { CandorError } from '../../src/errors.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { contentKnowledge } from '../support/directory.js';

// check reads only the directory and the site; the rest of Knowledge is the engine's business.
const knowledge = { topics: [], ...contentKnowledge() } as Partial<Knowledge> as Knowledge;

async function check(args: string[], extra: Partial<CheckIo> = {}) {
  let stdout = '';
  let stderr = '';
  const knowledgeDirs: string[] = [];
  const code = await runCheck(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    loadKnowledge: (dir) => {
      knowledgeDirs.push(dir);
      return knowledge;
    },
    ...extra,
  });
  return { code, stdout, stderr, knowledgeDirs };
}

// A stand-in for the engine's annotator: salary words make a salary topic.
const annotate = (section: Section) => {
  if (/salary|compensation|lønn/i.test(section.title)) section.topics = [...section.topics, 'compensation'];
  for (const passage of section.passages) if (/every quarter/.test(passage.text)) passage.topics = [...passage.topics, 'travel'];
};

describe('runCheck', () => {
  it('describes the bundled postings and exits 0', async () => {
    const { code, stdout, stderr, knowledgeDirs } = await check([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(knowledgeDirs).toEqual(['knowledge']);
    expect(stdout).toContain('5 postings in content/career (3 published, 2 drafts)');
    expect(stdout).toContain(
      [
        'openstack-engineer: OpenStack Engineer - Infrastructure Team',
        '  status:    draft',
        '  language:  en',
        '  sections:  9',
        '  topics:    (none)',
        '  recruiter: Anders Bruvik <anders.bruvik@safespring.com>',
        '  apply:     https://next.safespring.com/s/64fzktwr5tFpMQz',
      ].join('\n'),
    );
    expect(stdout).toContain('infrastrukturingenior: Vi styrker infrastrukturteamet vårt!\n  status:    published\n  language:  nb');
    expect(stdout).toContain('  apply:     mailto:career@safespring.com');
    expect(stdout).toContain('  recruiter: Marietta <marietta@safespring.com>');
    expect(stdout).toContain('company page content/career/_index.md: Careers at Safespring');
    expect(stdout).not.toContain('Warnings');
    expect(stdout.trimEnd().endsWith('No errors.')).toBe(true);
  });

  it('lists topics per posting and warns about sections without one when it can annotate', async () => {
    const { code, stdout } = await check(['--content', 'content/career'], { annotate });
    expect(code).toBe(0);
    expect(stdout).toMatch(/openstack-engineer: [^\n]*\n(?:.*\n){3}  topics:    compensation, travel\n/);
    expect(stdout).toContain('Warnings (');
    expect(stdout).toContain('content/career/openstack-engineer.md:22: the section "About the team" has no topic');
    expect(stdout).toContain('content/career/platform-engineer.md:20: the section before the first heading has no topic');
    expect(stdout).not.toContain('"How is the compensation?" has no topic');
  });

  it('builds the annotator from the knowledge it loaded', async () => {
    const seen: Knowledge[] = [];
    const { code } = await check(['--knowledge=elsewhere'], {
      annotateFor: (loaded) => {
        seen.push(loaded);
        return annotate;
      },
    });
    expect(code).toBe(0);
    expect(seen).toEqual([knowledge]);
  });

  it('prints errors as file:line: message and exits 1, with the good postings still listed', async () => {
    const { code, stdout } = await check(['--content', 'tests/fixtures/broken']);
    expect(code).toBe(1);
    expect(stdout).toContain('2 postings in tests/fixtures/broken (1 published, 1 draft)');
    expect(stdout).toContain('no-contact: Support Engineer');
    expect(stdout).toContain('  recruiter: default: Marietta <marietta@safespring.com>');
    expect(stdout).toContain('  apply:     (none)');
    expect(stdout).toContain('Warnings (3):');
    expect(stdout).toContain('  tests/fixtures/broken/no-contact.md: has no apply link');
    expect(stdout).toContain('  tests/fixtures/broken/no-contact.md:12: names contact per.persson@example.com which is not in knowledge/recruiters.yaml');
    expect(stdout).toContain('Errors (7)');
    expect(stdout).toContain(
      '  tests/fixtures/broken/unclosed-accordion.md:14: the accordion "How do you set salaries?" is opened but never closed with {{% /accordion %}}',
    );
    expect(stdout).toContain('  tests/fixtures/broken/bad-yaml.md:3: the front matter is not valid YAML');
    expect(stdout).toContain('  tests/fixtures/broken/empty.md: the file is empty');
    expect(stdout.trimEnd().endsWith('7 errors.')).toBe(true);
  });

  it('throws a one-line usage error on a bad argument (the CLI exits 2), and prints help for --help', async () => {
    await expect(check(['--bogus'])).rejects.toThrow(/^check: unknown option --bogus \(did you mean --/);
    await expect(check(['--content'])).rejects.toThrow('--content needs a value: --content DIR');
    expect(await check(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: npm run cli -- check') });
  });

  it('exits 1 when the folders cannot be read', async () => {
    const missing = await check(['--content', 'tests/fixtures/no-such-folder']);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('cannot read the postings folder tests/fixtures/no-such-folder') });
    const badKnowledge = await check([], {
      loadKnowledge: () => {
        throw new CandorError('KNOWLEDGE_INVALID', 'knowledge/topics.yaml:3: bad topic');
      },
    });
    expect(badKnowledge).toMatchObject({ code: 1, stderr: 'knowledge/topics.yaml:3: bad topic\n' });
  });
});
