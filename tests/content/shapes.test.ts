/**
 * Posting shapes the bundled five do not have, written inline so the parser
 * is held to Hugo Markdown in general rather than to those files.
 */
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../src/content/load.js';
import type { Posting, Section } from '../../src/content/types.js';
import { contentKnowledge } from '../support/directory.js';

const knowledge = contentKnowledge({
  extra: [{ id: 'careers', name: 'Careers', email: 'career@safespring.com' }],
  baseUrl: 'https://example.com/jobs',
  companyName: 'Example',
});

function parse(body: string, frontMatter = 'title: "Test posting"') {
  const result = parsePosting('test-posting.md', `---\n${frontMatter}\n---\n${body}`, { knowledge });
  if (!result.posting) throw new Error(`did not load: ${JSON.stringify(result.problems)}`);
  return { ...result, posting: result.posting };
}
const titled = (posting: Posting, title: string): Section => {
  const found = posting.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no "${title}" in ${posting.sections.map((s) => s.title).join(' | ')}`);
  return found;
};
const texts = (section: Section) => section.passages.map((p) => p.text);

describe('sections', () => {
  it('splits on headings of every level and nests them by level', () => {
    const { posting } = parse('# One\n\na\n\n## Two\n\nb\n\n###### Six\n\nc\n\n### Three\n\nd\n\n## Four ##\n\ne\n');
    expect(posting.sections.map((s) => s.headingPath)).toEqual([
      ['One'],
      ['One', 'Two'],
      ['One', 'Two', 'Six'],
      ['One', 'Two', 'Three'],
      ['One', 'Four'],
    ]);
    expect(posting.sections.map((s) => s.line)).toEqual([4, 8, 12, 16, 20]);
  });

  it('reads setext headings and keeps a thematic break out of the text', () => {
    const { posting } = parse('Reality check\n=============\n\nWe are small.\n\nLocation and timeline\n---\n\nStockholm, from August.\n\n***\n\nAfter the break.\n');
    expect(posting.sections.map((s) => s.title)).toEqual(['Reality check', 'Location and timeline']);
    expect(texts(titled(posting, 'Location and timeline'))).toEqual(['Stockholm, from August.', 'After the break.']);
    expect(titled(posting, 'Location and timeline').headingPath).toEqual(['Reality check', 'Location and timeline']);
  });

  it('puts text before the first heading in a lead section', () => {
    const { posting } = parse('Hello there.\nStill the same paragraph.\n\n## Next\n\nx\n');
    expect(posting.sections[0]).toMatchObject({ title: '', origin: 'lead', anchor: '', headingPath: [], line: 4 });
    expect(texts(posting.sections[0]!)).toEqual(['Hello there. Still the same paragraph.']);
  });

  it('takes a bold line or a lone question followed by text as a heading', () => {
    const { posting } = parse('## The role\n\nYou run things.\n\n**Requirements:**\n\n- Linux\n\nInterested?\nSend your CV to marietta@safespring.com.\n\nWhat a day? No.\n');
    expect(titled(posting, 'Requirements').headingPath).toEqual(['The role', 'Requirements']);
    expect(texts(titled(posting, 'Requirements'))).toEqual(['Linux']);
    // "What a day? No." does not end with the question mark, so it stays a passage.
    expect(texts(titled(posting, 'Interested?'))).toEqual(['Send your CV to marietta@safespring.com.', 'What a day? No.']);
  });

  it('leaves a question with nothing under it as a passage', () => {
    const { posting } = parse('## Last words\n\nThanks for reading.\n\nWhy not apply today?\n');
    expect(texts(posting.sections[0]!)).toEqual(['Thanks for reading.', 'Why not apply today?']);
  });

  it('does not take a long question for a heading', () => {
    const question = 'Are you someone who enjoys building cloud platforms from scratch together with a small team of peers?';
    const { posting } = parse(`## Intro\n\n${question}\n\nThen read on.\n`);
    expect(posting.sections).toHaveLength(1);
    expect(texts(posting.sections[0]!)).toEqual([question, 'Then read on.']);
  });

  it('makes each accordion of a FAQ a section under the heading, and returns to it after', () => {
    const { posting } = parse(
      [
        '## FAQ',
        '',
        'Answers to what candidates ask.',
        '',
        '{{% accordion title="How do you set salaries?" %}}',
        'We follow the collective agreement and **market** salary.',
        '{{% /accordion %}}',
        '{{< accordion "Can I work remotely?" >}}',
        'Yes, from Sweden or Norway.',
        '{{< /accordion >}}',
        '',
        'Anything else? Just ask.',
      ].join('\n'),
    );
    const faq = titled(posting, 'FAQ');
    expect(texts(faq)).toEqual(['Answers to what candidates ask.', 'Anything else? Just ask.']);
    const salaries = titled(posting, 'How do you set salaries?');
    expect(salaries).toMatchObject({ origin: 'accordion', headingPath: ['FAQ', 'How do you set salaries?'], line: 8, anchor: 'how-do-you-set-salaries' });
    expect(texts(salaries)).toEqual(['We follow the collective agreement and market salary.']);
    expect(titled(posting, 'Can I work remotely?').origin).toBe('accordion');
  });

  it('makes a note box a section titled by its argument or its first line', () => {
    const { posting } = parse(
      [
        '## Compensation',
        '',
        '{{< note title="Salary" >}}',
        'The salary range is 55 000 – 65 000 SEK per month.',
        '{{< /note >}}',
        '',
        '{{% note "info" %}}',
        'Pension: 4.5 %',
        '',
        'Paid into an occupational pension plan.',
        '{{% /note %}}',
        '',
        '{{< note >}}',
        'Remote within Sweden is fine.',
        '{{< /note >}}',
        '',
        '{{% note "warning" %}}',
        'We cannot sponsor visas for this position, so you must already have the right to work in Sweden or Norway.',
        '{{% /note %}}',
      ].join('\n'),
    );
    const salary = titled(posting, 'Salary');
    expect(salary).toMatchObject({ origin: 'note', headingPath: ['Compensation', 'Salary'] });
    expect(salary.passages[0]!.text).toContain('55 000 – 65 000 SEK');
    expect(texts(titled(posting, 'Pension'))).toEqual(['Pension: 4.5 %', 'Paid into an occupational pension plan.']);
    expect(texts(titled(posting, 'Remote within Sweden is fine.'))).toEqual(['Remote within Sweden is fine.']);
    expect(titled(posting, 'Warning').passages[0]!.text).toMatch(/^We cannot sponsor visas/);
  });

  it('gives each list item, nested ones too, a passage of its own', () => {
    const { posting } = parse('## Steps\n\n1. **Intro chat** - we talk\n2. Tech interviews\n\t1. System design\n\t2. Code review\n3. Offer\n- loose\n  continued line\n');
    expect(posting.sections[0]!.passages.map((p) => [p.kind, p.text])).toEqual([
      ['list', 'Intro chat - we talk'],
      ['list', 'Tech interviews'],
      ['list', 'System design'],
      ['list', 'Code review'],
      ['list', 'Offer'],
      ['list', 'loose continued line'],
    ]);
  });

  it('gives duplicate headings distinct anchors', () => {
    const { posting } = parse('## Salary\n\na\n\n## Salary\n\nb\n\n## Lønn\n\nc\n\n## Custom {#pay}\n\nd\n');
    expect(posting.sections.map((s) => s.anchor)).toEqual(['salary', 'salary-1', 'lonn', 'pay']);
    expect(posting.sections[3]!.title).toBe('Custom');
  });
});

describe('shortcodes, HTML and inline Markdown', () => {
  it('keeps card and button words and links in every argument style', () => {
    const { posting } = parse(
      [
        '## Contact',
        '',
        '{{< horisontal-card image="/img/x.webp" cardtitle="Got questions?" link="mailto:anders.bruvik@safespring.com" linktext="Send email" text="Anders is happy to talk." >}}',
        '',
        '{{% localbutton "upload application" "https://apply.example.com/x" %}}',
        '',
        '{{< icon-block-horisontal icon="/img/i.svg" title="Our blog" link="https://example.com/blog" >}}',
        '',
        '{{< accordion-script >}}',
      ].join('\n'),
    );
    expect(texts(posting.sections[0]!)).toEqual(['Got questions? Anders is happy to talk.', 'upload application', 'Our blog']);
    expect(posting.links).toEqual([
      { text: 'Send email', url: 'mailto:anders.bruvik@safespring.com' },
      { text: 'upload application', url: 'https://apply.example.com/x' },
      { text: 'Our blog', url: 'https://example.com/blog' },
    ]);
    expect(posting.applyUrl).toBe('https://apply.example.com/x');
    expect(posting.recruiterId).toBe('anders-bruvik');
  });

  it('strips HTML, images, emphasis and code but records links and e-mail addresses', () => {
    const { posting } = parse(
      [
        '<div class="ingress"><p>We are <em>growing</em> &amp; hiring!</p></div>',
        '',
        '![team photo](/img/team.jpg)',
        'Read [our handbook](https://example.com/handbook "Handbook") or mail `jobs@example.com`.',
        'Use __Terraform__ and *Ansible*, not snake_case_names. Write to <a href="mailto:hr@example.com">HR</a>.',
        '<!-- a comment',
        'over two lines -->',
        'Salary \\*not\\* negotiable.',
      ].join('\n'),
    );
    expect(texts(posting.sections[0]!)).toEqual([
      'We are growing & hiring!',
      'Read our handbook or mail jobs@example.com. Use Terraform and Ansible, not snake_case_names. Write to HR.',
      // An HTML comment on its own lines ends a paragraph, as in CommonMark.
      'Salary *not* negotiable.',
    ]);
    expect([...posting.links].sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { text: 'our handbook', url: 'https://example.com/handbook' },
      { text: 'HR', url: 'mailto:hr@example.com' },
      { text: 'jobs@example.com', url: 'mailto:jobs@example.com' },
    ]);
  });

  it('keeps the words inside ingress and unknown paired shortcodes', () => {
    const { posting } = parse('{{< ingress >}}\nBig news.\n{{< /ingress >}}\n\n{{< center >}}Centered words.{{< /center >}}\n');
    expect(texts(posting.sections[0]!)).toEqual(['Big news.', 'Centered words.']);
  });

  it('finds the apply link in a "How to apply" section, preferring the sentence about applying', () => {
    const { posting } = parse('## How to apply\n\nQuestions? Ask [Anders](mailto:anders.bruvik@safespring.com).\n\nSend your CV to [jobs](mailto:jobs@example.com).\n');
    expect(posting.applyUrl).toBe('mailto:jobs@example.com');
  });
});

describe('languages', () => {
  it('follows a posting that switches from English to Swedish', () => {
    const { posting } = parse(
      [
        '## About the role',
        '',
        'You will build and run our platform together with the team.',
        '',
        '## Om tjänsten',
        '',
        'Vi söker dig som vill jobba med molnet och som är nyfiken på hur saker fungerar.',
        '',
        '### Lön',
        '',
        '55 000 – 65 000 SEK.',
        '',
        '### Hur ansöker jag?',
        '',
        'Skicka ditt CV och ett personligt brev till oss.',
      ].join('\n'),
      'title: "Cloud Engineer"\nlanguage: en',
    );
    expect(posting.language).toBe('en');
    expect(posting.sections.map((s) => [s.title, s.language])).toEqual([
      ['About the role', 'en'],
      ['Om tjänsten', 'sv'],
      ['Lön', 'sv'],
      ['Hur ansöker jag?', 'sv'],
    ]);
    expect(posting.sections[2]!.passages[0]!.language).toBe('sv');
  });

  it('detects the posting language when the front matter has none', () => {
    const { posting } = parse('## Om jobbet\n\nVi ser etter en utvikler som har lyst til å jobbe med oss, og som ikke er redd for å lære.\n');
    expect(posting.language).toBe('nb');
  });
});

describe('recruiter', () => {
  it('matches a contact named in Norwegian by name and e-mail', () => {
    const { posting } = parse('## Kontakt\n\nHvis du har spørsmål, ta kontakt med Anders Bruvik. E-postadressen hans er anders.bruvik@safespring.com.\n');
    expect(posting.recruiterId).toBe('anders-bruvik');
  });

  it('prefers a person over a shared mailbox, and uses the mailbox only when nothing else', () => {
    expect(parse('Contact Marietta with questions. Apply at career@safespring.com.').posting.recruiterId).toBe('marietta');
    expect(parse('Send questions to career@safespring.com.').posting.recruiterId).toBe('careers');
  });

  it('does not take a name mentioned outside a contact sentence', () => {
    const { posting, problems } = parse('You will work closely with Anders Bruvik on the roadmap.\n\nApply at https://apply.example.com if you want to apply.');
    expect(posting.recruiterId).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('names no recruiter') }));
  });

  it('warns about a contact who is not in the directory', () => {
    const { posting, problems } = parse('## About\n\nText.\n\n## Questions\n\nGot questions? Contact Per at per@example.com.\n');
    expect(posting.recruiterId).toBeNull();
    expect(problems).toContainEqual({
      file: 'test-posting.md',
      line: 10,
      severity: 'warning',
      message: 'names contact per@example.com which is not in knowledge/recruiters.yaml',
    });
  });
});

describe('front matter', () => {
  it('reads quoted booleans, mixed key case, YAML dates and unknown keys', () => {
    const { posting, problems } = parse('Body.', 'Title: "Quoted"\nDraft: "true"\ndate: 2024-05-06\nTeam: Ops\nLOCATION: Oslo\nlanguage: se\nsomething: [1, 2]\ndescription: "Short text"');
    expect(posting).toMatchObject({ title: 'Quoted', draft: true, date: '2024-05-06', team: 'Ops', location: 'Oslo', language: 'sv', intro: 'Short text' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('uses a link sidebarlinkurl as the apply link, and nothing else', () => {
    expect(parse('Apply [here](https://a.example.com/apply).', 'title: x\nsidebarlinkurl: "https://s.example.com"').posting.applyUrl).toBe('https://s.example.com');
    expect(parse('Apply [here](https://a.example.com/apply).', 'title: x\nsidebarlinkurl: "/jobs/"').posting.applyUrl).toBe('https://a.example.com/apply');
  });

  it('reads Windows line endings and a byte-order mark like any other file', () => {
    const unix = '---\ntitle: "x"\ndraft: true\n---\n\n## Salary\n\nGood.\nVery good.\n';
    const windows = `\uFEFF${unix.replace(/\n/g, '\r\n')}`;
    const a = parsePosting('x.md', unix, { knowledge });
    const b = parsePosting('x.md', windows, { knowledge });
    expect(b).toEqual(a);
    expect(b.posting!.sections[0]).toMatchObject({ title: 'Salary', line: 6, passages: [{ text: 'Good. Very good.' }] });
  });

  it('builds the id and url from the file name, or the folder of a bundle', () => {
    const source = '---\ntitle: x\n---\nText.';
    expect(parsePosting('content/career/sre.md', source, { knowledge }).posting).toMatchObject({ id: 'sre', url: 'https://example.com/jobs/sre/' });
    expect(parsePosting('content/career/sre/index.md', source, { knowledge }).posting!.id).toBe('sre');
  });
});

describe('speed', () => {
  // Inputs that make naive Markdown regexes backtrack quadratically; each is about 40 KB.
  const nasty: Record<string, string> = {
    'open brackets': '['.repeat(40_000),
    'a long word before @': `${'a'.repeat(40_000)}@`,
    'unclosed comments': '<!--'.repeat(10_000),
    'image openers': '!['.concat('a](').repeat(10_000),
    'spaces in a heading': `# x${' '.repeat(40_000)}y`,
    'unclosed emphasis': '**a '.repeat(10_000),
    'unclosed links': '<a href="x">'.repeat(3_000),
    'many list items': '- item\n'.repeat(5_000),
    'many equal headings': '## FAQ\n\ntext\n\n'.repeat(2_000),
  };
  it.each(Object.entries(nasty))('parses %s in well under a second', (_, body) => {
    const started = performance.now();
    parsePosting('x.md', `---\ntitle: x\n---\n${body}`, { knowledge });
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
