/**
 * The fixture postings another engineer wrote for the engine (tests/fixtures/postings):
 * shapes the bundled five lack — a FAQ of accordions, a salary in a note box,
 * an English/Swedish body, a Norwegian posting with a localbutton.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/load.js';
import type { Corpus, Posting, Section } from '../../src/content/types.js';
import { contentKnowledge } from '../support/directory.js';

const knowledge = contentKnowledge({
  extra: [{ id: 'sofia-lindqvist', name: 'Sofia Lindqvist', email: 'sofia.lindqvist@safespring.com' }],
  baseUrl: 'https://www.safespring.com/career/',
});

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus({ contentDir: 'tests/fixtures/postings', knowledge });
});
const posting = (id: string): Posting => corpus.postings.find((p) => p.id === id) ?? fail(`no posting ${id}`);
const section = (id: string, title: string): Section =>
  posting(id).sections.find((s) => s.title === title) ?? fail(`no "${title}" in ${posting(id).sections.map((s) => s.title).join(' | ')}`);
const words = (s: Section) => s.passages.map((p) => p.text).join(' ');
function fail(message: string): never {
  throw new Error(message);
}

describe('fixture postings', () => {
  it('loads every posting and the landing page without errors', () => {
    expect(corpus.postings.length).toBeGreaterThanOrEqual(5);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.company).toHaveLength(1);
    expect(corpus.company[0]!.sections.map((s) => s.title)).toContain('About Safespring');
  });

  it('reads a salary from a note box as its own section', () => {
    const note = posting('devops-engineer').sections.find((s) => s.origin === 'note') ?? fail('no note section');
    expect(note.title).toBe('Salary range');
    expect(words(note)).toContain('55 000 – 68 000 SEK');
    expect(note.headingPath.at(-1)).toBe('Salary range');
  });

  it('reads a FAQ of accordions under its heading', () => {
    const faq = posting('devops-engineer').sections.filter((s) => s.origin === 'accordion');
    expect(faq.map((s) => s.title)).toEqual([
      'How do you set salaries?',
      'Is there on-call?',
      'Can I work fully remote?',
      'What does the recruitment process look like?',
    ]);
    expect(faq.every((s) => s.headingPath[0] === 'Frequently asked questions')).toBe(true);
    expect(words(section('devops-engineer', 'Is there on-call?'))).toContain('one week in eight');
  });

  it('reads headings such as "Reality check", "Interested?" and "Location and timeline"', () => {
    expect(words(section('devops-engineer', 'Reality check'))).toContain('Ansible playbooks written in 2016');
    expect(words(section('devops-engineer', 'Interested?'))).toContain('Send your CV');
    expect(words(section('senior-backend-engineer', 'Location and timeline'))).toContain('1 March 2025');
  });

  it('tells the English and the Swedish half of a bilingual posting apart', () => {
    const network = posting('cloud-network-engineer');
    expect(network.language).toBe('en');
    expect(section('cloud-network-engineer', 'About the role').language).toBe('en');
    expect(section('cloud-network-engineer', 'How to apply').language).toBe('en');
    const swedish = network.sections.slice(network.sections.findIndex((s) => s.title === 'Om rollen'));
    expect(swedish.length).toBeGreaterThanOrEqual(5);
    expect(swedish.every((s) => s.language === 'sv')).toBe(true);
    const salary = section('cloud-network-engineer', 'Lön och förmåner');
    expect(salary.passages[0]!.language).toBe('sv');
    expect(words(salary)).toContain('60 000 – 75 000 kronor');
  });

  it('reads a Norwegian posting with a titled note and a localbutton', () => {
    const frontend = posting('frontend-developer');
    expect(frontend.language).toBe('nb');
    expect(section('frontend-developer', 'Viktig')).toMatchObject({ origin: 'note', language: 'nb' });
    expect(words(section('frontend-developer', 'Lønn'))).toContain('680 000 – 820 000 kroner');
    expect(section('frontend-developer', 'Dette skal du jobbe med').headingPath).toEqual([
      'Frontendutvikler til Safespring',
      'Om rollen',
      'Dette skal du jobbe med',
    ]);
    expect(frontend.applyUrl).toBe('https://safespring.teamtailor.com/jobs/frontend-developer');
  });

  it('knows drafts, quoted or not', () => {
    expect(posting('data-engineer-draft').draft).toBe(true);
    expect(posting('senior-backend-engineer').draft).toBe(false);
    expect(posting('devops-engineer').draft).toBe(false);
  });

  it('resolves the recruiter from cards and contact sentences, and warns about contacts not in the directory', () => {
    expect(posting('devops-engineer').recruiterId).toBe('sofia-lindqvist');
    expect(posting('cloud-network-engineer').recruiterId).toBe('sofia-lindqvist');
    expect(posting('data-engineer-draft').recruiterId).toBe('sofia-lindqvist');
    // Only a shared mailbox (career@) is named: no person, so the default recruiter takes it.
    expect(posting('senior-backend-engineer').recruiterId).toBeNull();
    expect(posting('frontend-developer').recruiterId).toBeNull();
    expect(corpus.problems).toContainEqual(
      expect.objectContaining({
        file: 'tests/fixtures/postings/frontend-developer.md',
        severity: 'warning',
        message: 'names contact thomas.berg@safespring.com which is not in knowledge/recruiters.yaml',
      }),
    );
  });

  it('leaves no markup in any passage', () => {
    for (const passage of corpus.postings.flatMap((p) => p.sections.flatMap((s) => s.passages))) {
      expect(passage.text).not.toMatch(/\{\{|<div|\*\*|\]\(/);
    }
  });
});
