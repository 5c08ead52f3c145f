/**
 * `npm run cli -- check [--content DIR] [--knowledge DIR]`: what Candor reads
 * from the postings, and what a recruiter should fix. Exit 1 on any error.
 */
import { existsSync, statSync } from 'node:fs';
import { whoOf } from '../content/contacts.js';
import { loadCorpus } from '../content/load.js';
import type { ContentProblem, Corpus, Posting } from '../content/types.js';
import { createEngine, type CandorEngine } from '../engine/engine.js';
import { CandorError, describe } from '../errors.js';
import type { Knowledge } from '../knowledge/types.js';
import { parseCommandLine } from './args.js';
import { CHECK } from './specs.js';

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  loadKnowledge: (dir: string) => Knowledge | Promise<Knowledge>;
}

const HIDDEN: Record<NonNullable<Posting['hidden']>, string> = {
  draft: 'draft (draft: true): staff only',
  future: 'not yet published (publishDate is in the future): staff only',
  expired: 'expired (expiryDate has passed): staff only',
};

/** A mistake in `args` throws a UsageError (one line; the CLI exits 2). */
export async function runCheck(args: string[], io: CheckIo): Promise<number> {
  const parsed = parseCommandLine(CHECK, args);
  if ('help' in parsed) {
    io.stdout(parsed.help);
    return 0;
  }
  const options = parsed.values;
  if (!existsSync(options.content) || !statSync(options.content).isDirectory()) {
    io.stderr(`${options.content}: no such folder (--content names the folder of posting files)\n`);
    return 1;
  }
  let knowledge: Knowledge;
  let corpus: Corpus;
  try {
    knowledge = await io.loadKnowledge(options.knowledge);
    corpus = loadCorpus({ contentDir: options.content, baseUrl: knowledge.site.baseUrl, directory: knowledge.directory });
  } catch (error) {
    if (!(error instanceof CandorError)) throw error;
    io.stderr(`${describe(error)}\n`);
    return 1;
  }
  const engine = createEngine(corpus, knowledge);
  const out = (line = '') => io.stdout(`${line}\n`);

  const hidden = corpus.postings.filter((posting) => posting.draft).length;
  out(`${count(corpus.postings.length, 'posting')} in ${options.content} (${corpus.postings.length - hidden} published, ${hidden} staff only)`);
  for (const posting of corpus.postings) {
    out();
    describePosting(posting, engine, out);
  }
  for (const page of corpus.company) {
    out();
    out(`company page ${page.sourceFile}: ${page.title || '(no title)'}, ${count(page.sections.length, 'section')}`);
  }

  const warnings = corpus.problems.filter((problem) => problem.severity === 'warning');
  warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errors = corpus.problems.filter((problem) => problem.severity === 'error');
  // An empty or wrongly mounted folder is a mistake, not a board with nothing open.
  if (corpus.postings.length === 0 && errors.length === 0) {
    errors.push({ file: options.content, line: 0, severity: 'error', message: 'no postings found: is this the folder of posting files (*.md), and is it mounted?' });
  }
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

function describePosting(posting: Posting, engine: CandorEngine, out: (line?: string) => void): void {
  const languages = [...new Set([posting.language, ...posting.sections.map((section) => section.language)])];
  const facts = posting.sections.filter((section) => section.origin === 'facts').flatMap((section) => section.passages.map((passage) => passage.text));
  const recruiter = engine.recruiterOf(posting);
  const who = whoOf(recruiter);
  const source = posting.recruiterId ? 'from the directory' : posting.contacts[0] ? `named in the posting (${posting.contacts[0].from})` : 'the company default: the posting names nobody';
  out(`${posting.id}: ${posting.title}`);
  out(`  status:    ${posting.hidden ? HIDDEN[posting.hidden] : 'published'}`);
  out(`  link:      ${posting.url}`);
  out(`  language:  ${languages.join(', ')}`);
  out(`  sections:  ${posting.sections.filter((section) => section.origin !== 'facts').length}`);
  out(`  facts:     ${facts.length > 0 ? facts.map((fact) => fact.slice(0, 60)).join('; ') : '(none in front matter)'}`);
  out(`  recruiter: ${who}, ${source}`);
  out(`  apply:     ${posting.applyUrl ?? '(none)'}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function where(problem: ContentProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}:` : `${problem.file}:`;
}
