/**
 * `npm run cli -- check [--content DIR] [--knowledge DIR]`: what Candor reads
 * from the postings, and what a recruiter should fix. Exit 1 on any error.
 */
import { loadCorpus } from '../content/load.js';
import type { ContentProblem, Corpus, Posting, Section } from '../content/types.js';
import { CandorError, describe } from '../errors.js';
import type { Knowledge } from '../knowledge/types.js';
import { parseCommandLine } from './args.js';
import { CHECK } from './specs.js';

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  loadKnowledge: (dir: string) => Knowledge | Promise<Knowledge>;
  /** Fills in section topics; without it (and without annotateFor) topics are not checked. */
  annotate?: (section: Section) => void;
  /** The same, for an annotator that needs the knowledge check has just loaded. */
  annotateFor?: (knowledge: Knowledge) => (section: Section) => void;
}

/** A mistake in `args` throws a UsageError (one line; the CLI exits 2). */
export async function runCheck(args: string[], io: CheckIo): Promise<number> {
  const parsed = parseCommandLine(CHECK, args);
  if ('help' in parsed) {
    io.stdout(parsed.help);
    return 0;
  }
  const options = parsed.values;

  let knowledge: Knowledge;
  let corpus: Corpus;
  try {
    knowledge = await io.loadKnowledge(options.knowledge);
    const annotate = io.annotate ?? io.annotateFor?.(knowledge);
    corpus = await loadCorpus({ contentDir: options.content, knowledge, ...(annotate ? { annotate } : {}) });
  } catch (error) {
    if (!(error instanceof CandorError)) throw error;
    io.stderr(`${describe(error)}\n`);
    return 1;
  }
  const topicsChecked = Boolean(io.annotate ?? io.annotateFor);
  const out = (line = '') => io.stdout(`${line}\n`);

  const drafts = corpus.postings.filter((posting) => posting.draft).length;
  out(`${count(corpus.postings.length, 'posting')} in ${options.content} (${corpus.postings.length - drafts} published, ${count(drafts, 'draft')})`);
  for (const posting of corpus.postings) {
    out();
    describePosting(posting, knowledge, out);
  }
  for (const page of corpus.company) {
    out();
    out(`company page ${page.sourceFile}: ${page.title || '(no title)'}, ${count(page.sections.length, 'section')}`);
  }

  const warnings = corpus.problems.filter((problem) => problem.severity === 'warning');
  if (topicsChecked) warnings.push(...untopicalSections(corpus));
  warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errors = corpus.problems.filter((problem) => problem.severity === 'error');
  if (warnings.length > 0) {
    out();
    out(`Warnings (${warnings.length}):`);
    warnings.forEach((problem) => out(`  ${where(problem)} ${problem.message}`));
  }
  if (errors.length > 0) {
    out();
    out(`Errors (${errors.length}): these files are left out until they are fixed`);
    errors.forEach((problem) => out(`  ${where(problem)} ${problem.message}`));
  }
  out();
  out(errors.length === 0 ? 'No errors.' : `${count(errors.length, 'error')}.`);
  return errors.length === 0 ? 0 : 1;
}

function describePosting(posting: Posting, knowledge: Knowledge, out: (line?: string) => void): void {
  const languages = [...new Set([posting.language, ...posting.sections.map((section) => section.language)])];
  const topics = new Set<string>();
  for (const section of posting.sections) {
    section.topics.forEach((topic) => topics.add(topic));
    section.passages.forEach((passage) => passage.topics.forEach((topic) => topics.add(topic)));
  }
  const { directory } = knowledge;
  const recruiter = directory.recruiters.find((r) => r.id === (posting.recruiterId ?? directory.defaultId));
  const named = recruiter ? `${recruiter.name} <${recruiter.email}>` : (posting.recruiterId ?? directory.defaultId);
  out(`${posting.id}: ${posting.title}`);
  out(`  status:    ${posting.draft ? 'draft' : 'published'}`);
  out(`  language:  ${languages.join(', ')}`);
  out(`  sections:  ${posting.sections.length}`);
  out(`  topics:    ${topics.size > 0 ? [...topics].sort().join(', ') : '(none)'}`);
  out(`  recruiter: ${posting.recruiterId ? named : `default: ${named}`}`);
  out(`  apply:     ${posting.applyUrl ?? '(none)'}`);
}

/** Sections with words but no topic: a question about them cannot be routed by topic. */
function untopicalSections(corpus: Corpus): ContentProblem[] {
  return corpus.postings.flatMap((posting) =>
    posting.sections
      .filter((section) => section.passages.length > 0)
      .filter((section) => section.topics.length === 0 && section.passages.every((passage) => passage.topics.length === 0))
      .map((section) => ({
        file: posting.sourceFile,
        line: section.line,
        severity: 'warning' as const,
        message: `the section ${section.title ? `"${section.title}"` : 'before the first heading'} has no topic`,
      })),
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function where(problem: ContentProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}:` : `${problem.file}:`;
}
