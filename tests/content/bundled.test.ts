/** The five bundled postings, read the way a candidate would read them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusSync } from '../../src/content/load.js';
import type { Corpus, Posting, Section } from '../../src/content/types.js';
import { contentKnowledge } from '../support/directory.js';

const knowledge = contentKnowledge();

let corpus: Corpus;
const annotated: Section[] = [];
beforeAll(async () => {
  corpus = await loadCorpus({ contentDir: 'content/career', knowledge, annotate: (section) => annotated.push(section) });
});

const posting = (id: string): Posting => {
  const found = corpus.postings.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no posting ${id}`);
  return found;
};
const section = (id: string, title: string): Section => {
  const found = posting(id).sections.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no section "${title}" in ${id}: ${posting(id).sections.map((s) => s.title).join(' | ')}`);
  return found;
};
const allPassages = () => corpus.postings.flatMap((p) => p.sections.flatMap((s) => s.passages));

describe('the bundled postings', () => {
  it('loads the five postings and the landing page, with no problems', () => {
    expect(corpus.postings.map((p) => p.id).sort()).toEqual([
      'container-platform-tech-lead',
      'infrastrukturingenior',
      'kubernetes-team-lead',
      'openstack-engineer',
      'platform-engineer',
    ]);
    expect(corpus.company).toHaveLength(1);
    expect(corpus.company[0]!.title).toBe('Careers at Safespring');
    expect(corpus.company[0]!.sections[0]!.title).toBe('Working at Safespring');
    expect(corpus.problems).toEqual([]);
  });

  it('the sync loader gives the same corpus', () => {
    expect(loadCorpusSync({ contentDir: 'content/career', knowledge })).toEqual(
      // The async corpus was annotated by a callback that leaves topics alone, so the two match.
      corpus,
    );
  });

  it('reads front matter whatever the key case', () => {
    const lead = posting('container-platform-tech-lead');
    expect(lead.title).toBe('Tech Team Lead for our container platform team');
    expect(lead.team).toBe('Container platform');
    expect(lead.location).toBe('Remote (Sweden or Norway)');
    expect(lead.intro).toMatch(/^Are you ready to lead the way\?/);
    expect(lead.date).toBe('2024-02-20');
    expect(lead.language).toBe('en');
    expect(lead.url).toBe('https://www.safespring.com/jobb/container-platform-tech-lead/');
    expect(lead.sourceFile).toBe('content/career/container-platform-tech-lead.md');
  });

  it('normalizes a timestamp date and reads a lower-case nb language', () => {
    const nb = posting('infrastrukturingenior');
    expect(nb.date).toBe('2020-04-28');
    expect(nb.language).toBe('nb');
  });

  it('knows which postings are drafts (draft: true unquoted)', () => {
    expect(posting('platform-engineer').draft).toBe(true);
    expect(posting('openstack-engineer').draft).toBe(true);
    expect(posting('kubernetes-team-lead').draft).toBe(false);
    expect(posting('container-platform-tech-lead').draft).toBe(false);
    expect(posting('infrastrukturingenior').draft).toBe(false);
  });

  it('finds "Will there be any traveling?" and its answer', () => {
    const travel = section('openstack-engineer', 'Will there be any traveling?');
    expect(travel.passages[0]!.text).toContain('every quarter');
    expect(travel.anchor).toBe('will-there-be-any-traveling');
    expect(travel.origin).toBe('heading');
  });

  it('takes a lone question line as the heading its author meant', () => {
    const expect_ = section('openstack-engineer', 'What do we expect from you?');
    expect(expect_.line).toBe(46);
    expect(expect_.passages).toHaveLength(9);
    expect(expect_.passages.every((p) => p.kind === 'list')).toBe(true);
    expect(expect_.passages[8]!.text).toBe('You must be a resident of Norway or Sweden');
    // A sibling of the question before it, not its child.
    expect(expect_.headingPath).toEqual(['What do we expect from you?']);
  });

  it('keeps Norwegian sections Norwegian', () => {
    const salary = section('infrastrukturingenior', 'Hvordan er lønnen?');
    expect(salary.language).toBe('nb');
    expect(salary.passages[0]!.language).toBe('nb');
    expect(salary.anchor).toBe('hvordan-er-lonnen');
    expect(salary.headingPath).toEqual(['Søk som infrastrukturingeniør', 'Hvordan er lønnen?']);
    expect(salary.passages[0]!.text).toContain('Kollektivavtalet');
    expect(posting('infrastrukturingenior').sections.every((s) => s.language === 'nb')).toBe(true);
  });

  it('builds the heading path from heading levels', () => {
    const k8s = posting('kubernetes-team-lead');
    expect(section('kubernetes-team-lead', 'About the team').headingPath).toEqual([
      'Safespring is hiring team lead for our Kubernetes team',
      'About the team',
    ]);
    expect(section('kubernetes-team-lead', 'How to Apply').headingPath).toEqual(['How to Apply']);
    expect(k8s.sections[0]!.passages[0]!.text).toMatch(/^To provide the increased need/);
  });

  it('finds the apply link: sidebar link, sidebar mailto, or the mailto after #apply', () => {
    expect(posting('kubernetes-team-lead').applyUrl).toBe('https://next.safespring.com/s/64fzktwr5tFpMQz');
    expect(posting('openstack-engineer').applyUrl).toBe('https://next.safespring.com/s/64fzktwr5tFpMQz');
    expect(posting('container-platform-tech-lead').applyUrl).toMatch(/^mailto:marietta@safespring\.com\?subject=/);
    expect(posting('platform-engineer').applyUrl).toMatch(/^mailto:marietta@safespring\.com\?subject=/);
    expect(posting('infrastrukturingenior').applyUrl).toBe('mailto:career@safespring.com');
  });

  it('resolves the recruiter each posting names', () => {
    expect(posting('container-platform-tech-lead').recruiterId).toBe('marietta');
    expect(posting('platform-engineer').recruiterId).toBe('marietta');
    expect(posting('infrastrukturingenior').recruiterId).toBe('anders-bruvik');
    expect(posting('kubernetes-team-lead').recruiterId).toBe('anders-bruvik');
    expect(posting('openstack-engineer').recruiterId).toBe('anders-bruvik');
  });

  it('reads the recruitment-process accordion with its numbered and nested steps', () => {
    const process = section('platform-engineer', 'Our recruitment process');
    expect(process.origin).toBe('accordion');
    expect(process.headingPath).toEqual(['Apply Now', 'Our recruitment process']);
    expect(process.line).toBe(70);
    const steps = process.passages.filter((p) => p.kind === 'list').map((p) => p.text);
    expect(steps[0]).toBe(
      'Intro chat - this is a great opportunity for both of us to get to know each other and decide if we have a match',
    );
    expect(steps).toContain('Tech interviews');
    expect(steps.some((s) => s.startsWith('System Design - let’s talk architecture'))).toBe(true);
    expect(steps.some((s) => s.startsWith('Sync with your recruiter - '))).toBe(true);
    expect(process.passages.at(-1)!.text).toMatch(/^Flexibility in Every Step:/);
  });

  it('keeps a card as words, and its link, without shortcode syntax', () => {
    const apply = section('platform-engineer', 'Apply Now');
    const card = apply.passages.at(-1)!;
    expect(card.text).toBe(
      'Got questions? Marietta is your contact here at Safespring. You can contact her at marietta@safespring.com',
    );
    expect(posting('platform-engineer').links).toContainEqual({
      text: 'marietta@safespring.com',
      url: 'mailto:marietta@safespring.com',
    });
    expect(section('container-platform-tech-lead', 'Ready to lead with us?').passages.at(-1)!.text).toMatch(/^Got questions\? Marietta/);
  });

  it('keeps button text and link, and drops unknown shortcodes', () => {
    const apply = section('openstack-engineer', 'How to apply');
    expect(apply.passages.map((p) => p.text)).toContain('upload application');
    expect(posting('openstack-engineer').links).toContainEqual({ text: 'upload application', url: 'https://next.safespring.com/s/64fzktwr5tFpMQz' });
    expect(posting('openstack-engineer').links).toContainEqual({ text: 'career@safespring.com', url: 'mailto:career@safespring.com' });
    expect(posting('kubernetes-team-lead').links).toContainEqual({ text: 'upload application', url: 'https://next.safespring.com/s/64fzktwr5tFpMQz' });
  });

  it('strips HTML but keeps its words', () => {
    const first = posting('infrastrukturingenior').sections[0]!;
    expect(first.title).toBe('Søk som infrastrukturingeniør');
    expect(first.passages.map((p) => p.text)).toEqual([
      'Safespring vokser, og vi ser etter ingeniører som vil bli med på laget!',
      'Slik søker du',
    ]);
  });

  it('keeps ingress text as the lead section', () => {
    const lead = posting('platform-engineer').sections[0]!;
    expect(lead.origin).toBe('lead');
    expect(lead.title).toBe('');
    expect(lead.anchor).toBe('');
    expect(lead.headingPath).toEqual([]);
    expect(lead.passages[0]!.text).toMatch(/^Are you a cloud enthusiast/);
    expect(lead.passages[1]!.text).toMatch(/^As a Platform Engineer at Safespring/);
  });

  it('joins the lines of one paragraph with a space', () => {
    const team = section('infrastrukturingenior', 'Om teamet').passages[0]!.text;
    expect(team).toContain('Teamet er organisert som');
    expect(team).not.toContain('\n');
  });

  it('leaves no markup in any passage or title', () => {
    for (const passage of allPassages()) {
      expect(passage.text).not.toMatch(/\{\{|<div|<a |\*\*|\]\(|^\s*[-*] /);
      expect(passage.text.trim()).toBe(passage.text);
      expect(passage.text).not.toBe('');
    }
    for (const s of corpus.postings.flatMap((p) => p.sections)) expect(s.title).not.toMatch(/[#*{<]/);
  });

  it('numbers passages by section and passage', () => {
    for (const p of corpus.postings) {
      p.sections.forEach((s, i) => s.passages.forEach((passage, j) => expect(passage.id).toBe(`${i}.${j}`)));
      expect(p.sections.flatMap((s) => s.topics)).toEqual([]);
    }
  });

  it('gives every section a unique anchor', () => {
    for (const p of corpus.postings) {
      const anchors = p.sections.map((s) => s.anchor).filter(Boolean);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  it('calls annotate once per section', () => {
    const count = corpus.postings.reduce((n, p) => n + p.sections.length, 0) + corpus.company.reduce((n, c) => n + c.sections.length, 0);
    expect(annotated).toHaveLength(count);
  });
});
