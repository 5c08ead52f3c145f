/**
 * Answer quality: `npm run eval [-- --set NAME] [-- --verbose]`.
 *
 * Asks, in process, every question of each set and scores the replies the
 * way ../shared/eval/score.mjs does: the kind is one expected; an answer
 * cites the expected posting and quotes one of the `any` strings; a handoff
 * with `any` names that person; nothing in `forbid` appears; no mass mention.
 * Sets: the own questions over the bundled postings, the questions over the
 * fixture site, and every corpus in ../shared/corpora (empty knowledge) when
 * that folder exists. Fails when a set scores below its floor in floor.json,
 * on a draft shown to a candidate, and when more than 2 % of a set's questions
 * get an answer where a handoff was due (a set first read above that bar may
 * not get worse than its count in wrong-ceiling.json).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentSync } from '../../src/engine/load.js';
import type { Reply } from '../../src/engine/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'corpora');
const EMPTY = mkdtempSync(path.join(tmpdir(), 'candor-empty-knowledge-'));

interface EvalQuestion {
  id: string;
  text: string;
  audience: 'candidate' | 'staff';
  expect: string | string[];
  posting?: string;
  any?: string[];
  forbid?: string[];
  context?: string;
}

interface EvalSet {
  name: string;
  content: string;
  knowledge: string;
  questions: string;
}

/**
 * Employers written before anyone saw Candor's replies to them, as the shared
 * corpora are: tests/fixtures/blind-NAME/content/FOLDER with
 * tests/eval/blind-NAME-questions.jsonl.
 */
function blindSets(): EvalSet[] {
  const fixtures = path.join(ROOT, 'tests', 'fixtures');
  return readdirSync(fixtures)
    .filter((name) => name.startsWith('blind-') && existsSync(path.join(ROOT, 'tests', 'eval', `${name}-questions.jsonl`)))
    .sort()
    .map((name) => {
      const content = path.join(fixtures, name, 'content');
      const [folder] = readdirSync(content, { withFileTypes: true }).filter((entry) => entry.isDirectory());
      return { name, content: path.join(content, folder!.name), knowledge: EMPTY, questions: path.join(ROOT, 'tests', 'eval', `${name}-questions.jsonl`) };
    });
}

function sets(): EvalSet[] {
  const own: EvalSet[] = [
    { name: 'own', content: path.join(ROOT, 'content', 'career'), knowledge: path.join(ROOT, 'knowledge'), questions: path.join(ROOT, 'tests', 'eval', 'questions.jsonl') },
    { name: 'fixtures', content: path.join(ROOT, 'tests', 'fixtures', 'postings'), knowledge: path.join(ROOT, 'knowledge'), questions: path.join(ROOT, 'tests', 'eval', 'fixtures-questions.jsonl') },
    { name: 'site', content: path.join(ROOT, 'tests', 'fixtures', 'site', 'content', 'jobs'), knowledge: EMPTY, questions: path.join(ROOT, 'tests', 'eval', 'site-questions.jsonl') },
    ...blindSets(),
  ];
  if (!existsSync(SHARED)) return own;
  const shared = readdirSync(SHARED, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(SHARED, entry.name, 'questions.jsonl')))
    .map((entry) => ({ name: entry.name, content: path.join(SHARED, entry.name, 'content'), knowledge: EMPTY, questions: path.join(SHARED, entry.name, 'questions.jsonl') }));
  return [...own, ...shared];
}

const norm = (text: unknown) => String(text ?? '').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
const MASS = /@everyone|@here|<!channel>|<!here>|<!everyone>/i;

export interface SetScore {
  name: string;
  total: number;
  correct: number;
  overAnswers: number;
  leaks: number;
  failures: string[];
}

export function scoreSet(set: EvalSet): SetScore {
  const questions = readFileSync(set.questions, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as EvalQuestion);
  const { engine } = loadContentSync({ contentDir: set.content, knowledgeDir: set.knowledge });
  const score: SetScore = { name: set.name, total: questions.length, correct: 0, overAnswers: 0, leaks: 0, failures: [] };
  for (const q of questions) {
    const reply: Reply = engine.ask({ text: q.text, audience: q.audience, ...(q.context ? { contextPostingId: q.context } : {}) });
    const accept = Array.isArray(q.expect) ? q.expect : [q.expect];
    const text = norm(reply.text);
    const why: string[] = [];
    if (!accept.includes(reply.kind)) why.push(`kind ${reply.kind}`);
    if (reply.kind === 'answer' && !accept.includes('answer')) score.overAnswers += 1;
    if (MASS.test(reply.text)) why.push('mass mention');
    for (const forbidden of q.forbid ?? []) {
      if (text.includes(norm(forbidden))) {
        why.push(`leaked "${forbidden}"`);
        score.leaks += 1;
      }
    }
    if (reply.kind === 'answer' && accept.includes('answer')) {
      if (q.posting && reply.posting?.id !== q.posting) why.push(`posting ${reply.posting?.id}`);
      if (q.any && !q.any.some((wanted) => text.includes(norm(wanted)))) why.push('fact missing');
    }
    if (reply.kind === 'handoff' && accept.length === 1 && accept[0] === 'handoff' && q.any?.length) {
      const who = norm(`${reply.recruiter?.name ?? ''} ${reply.recruiter?.email ?? ''}`);
      if (!q.any.some((wanted) => who.includes(norm(wanted)))) why.push(`recruiter ${reply.recruiter?.name ?? 'none'}`);
    }
    if (why.length) score.failures.push(`${q.id}: ${why.join(', ')} | ${q.text.slice(0, 100)} | ${reply.text.replace(/\n/g, ' ').slice(0, 160)}`);
    else score.correct += 1;
  }
  return score;
}

const MAX_OVER_ANSWERS = 0.02;

function main(): number {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const floors = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'eval', 'floor.json'), 'utf8')) as Record<string, number>;
  // Sets first read with more wrong answers than 2 % allow: they may not get worse than recorded (counts only go down).
  const ceilings = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'eval', 'wrong-ceiling.json'), 'utf8')) as Record<string, number>;
  let failed = false;
  for (const set of sets().filter((entry) => !only || entry.name === only)) {
    const score = scoreSet(set);
    const pct = score.correct / score.total;
    const floor = floors[set.name] ?? 0;
    const below = pct < floor;
    // A wrong quote is worse than a handoff: at most 2 % of a set's questions, and never a draft shown to a candidate.
    const overAnswering = score.overAnswers > Math.max(MAX_OVER_ANSWERS * score.total, ceilings[set.name] ?? 0);
    const aboveBar = score.overAnswers > MAX_OVER_ANSWERS * score.total;
    failed ||= below || overAnswering || score.leaks > 0;
    if (verbose) for (const failure of score.failures) console.log(`  FAIL ${failure}`);
    console.log(
      `${set.name.padEnd(8)} ${(100 * pct).toFixed(1).padStart(5)}% (${score.correct}/${score.total})  wrong answers where a handoff was due: ${score.overAnswers}  draft leaks: ${score.leaks}  floor ${(100 * floor).toFixed(0)}%${below ? '  BELOW FLOOR' : ''}${overAnswering ? '  TOO MANY WRONG ANSWERS' : aboveBar ? '  ABOVE THE 2 % BAR (at its recorded ceiling)' : ''}${score.leaks ? '  DRAFT LEAK' : ''}`,
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
