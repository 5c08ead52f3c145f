/**
 * Candor evaluation runner: `npm run eval [-- --filter TAG] [-- --verbose]`.
 *
 * Asks the engine, in process, every question in tests/eval/questions.jsonl (plus a few generated
 * cases) against the corpus the line names, and scores the replies:
 *   - kind matches; posting id matches (null: no posting, except for help where anything goes);
 *   - contains: ANY of the strings appears in reply.text (case-insensitive, whitespace-normalized);
 *   - excludes: NONE of the strings appears in reply.text (leak guard, e.g. a draft's salary);
 *   - choices: ALL listed posting ids are among reply.choices;
 *   - candidate lines: no draft posting in reply.posting, reply.choices or reply.sources;
 *   - every line: reply.text carries no mass mention or script tag.
 * Exits 1 when overall accuracy is below tests/eval/floor.json's "overall".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { loadEngine } from '../../src/engine/load.js';
import type { Audience, Engine, Reply, ReplyKind } from '../../src/engine/types.js';
import { filler, typo } from './variants.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EVAL_DIR = path.join(ROOT, 'tests', 'eval');
const KNOWLEDGE_DIR = path.join(ROOT, 'knowledge');

type CorpusName = 'bundled' | 'fixtures';
const CORPORA: Record<CorpusName, string> = {
  bundled: path.join(ROOT, 'content', 'career'),
  fixtures: path.join(ROOT, 'tests', 'fixtures', 'postings'),
};

const KINDS: readonly ReplyKind[] = ['answer', 'clarify', 'handoff', 'help'];
const LANGUAGE_TAGS = ['en', 'nb', 'sv', 'und'] as const;
const FORBIDDEN_IN_TEXT = ['<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<script'];

interface Expect {
  /** One kind, or (generated cases only) any of several. */
  kind: ReplyKind | ReplyKind[];
  /** A posting id, null (no posting), or (generated cases only) any of several. Absent: not checked. */
  posting?: string | null | Array<string | null>;
  contains?: string[];
  excludes?: string[];
  choices?: string[];
}

interface Case {
  id: string;
  corpus: CorpusName;
  text: string;
  audience: Audience;
  context?: string;
  expect: Expect;
  tags: string[];
}

interface Result {
  c: Case;
  reply: Reply | null;
  error: string | null;
  problems: string[];
  /** Safety problems (draft leak, mention, script); also counted in problems. */
  safety: string[];
  millis: number;
}

// ---------------------------------------------------------------- arguments

function parseArgs(argv: string[]): { filter: string | null; verbose: boolean } {
  let filter: string | null = null;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--filter' || arg === '-f') filter = argv[++i] ?? null;
    else if (arg.startsWith('--filter=')) filter = arg.slice('--filter='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run eval -- [--filter TAG] [--verbose]\n  TAG matches a tag, an id, a corpus, an audience or an expected kind.');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  return { filter, verbose };
}

// ---------------------------------------------------------------- questions

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function readQuestions(file: string, postingIds: Record<CorpusName, Set<string>>): { cases: Case[]; errors: string[] } {
  const cases: Case[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${path.relative(ROOT, file)}:${index + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (cause) {
      errors.push(`${where}: not JSON (${(cause as Error).message})`);
      return;
    }
    const o = raw as Record<string, unknown>;
    const e = (o.expect ?? {}) as Record<string, unknown>;
    const bad = (why: string): void => void errors.push(`${where} (${String(o.id)}): ${why}`);
    if (typeof o.id !== 'string' || !o.id) return bad('id missing');
    if (seen.has(o.id)) return bad('duplicate id');
    seen.add(o.id);
    if (o.corpus !== 'bundled' && o.corpus !== 'fixtures') return bad('corpus must be bundled or fixtures');
    if (typeof o.text !== 'string') return bad('text must be a string');
    if (o.audience !== 'candidate' && o.audience !== 'staff') return bad('audience must be candidate or staff');
    if (!KINDS.includes(e.kind as ReplyKind)) return bad(`expect.kind must be one of ${KINDS.join('|')}`);
    if (e.posting !== undefined && e.posting !== null && typeof e.posting !== 'string') return bad('expect.posting must be a string or null');
    for (const key of ['contains', 'excludes', 'choices'] as const) {
      if (e[key] !== undefined && !isStringArray(e[key])) return bad(`expect.${key} must be an array of strings`);
    }
    if (o.context !== undefined && typeof o.context !== 'string') return bad('context must be a posting id');
    if (o.tags !== undefined && !isStringArray(o.tags)) return bad('tags must be an array of strings');
    const corpus = o.corpus;
    const known = postingIds[corpus];
    const mentioned = [
      ...(typeof e.posting === 'string' ? [e.posting] : []),
      ...((e.choices as string[] | undefined) ?? []),
      ...(typeof o.context === 'string' ? [o.context] : []),
    ];
    for (const id of mentioned) if (!known.has(id)) return bad(`posting "${id}" is not in the ${corpus} corpus`);
    if (e.kind === 'answer' && !(e.contains as string[] | undefined)?.length) bad('warning: answer without contains');
    cases.push({
      id: o.id,
      corpus,
      text: o.text,
      audience: o.audience,
      ...(typeof o.context === 'string' ? { context: o.context } : {}),
      expect: {
        kind: e.kind as ReplyKind,
        ...(e.posting !== undefined ? { posting: e.posting as string | null } : {}),
        ...(e.contains ? { contains: e.contains as string[] } : {}),
        ...(e.excludes ? { excludes: e.excludes as string[] } : {}),
        ...(e.choices ? { choices: e.choices as string[] } : {}),
      },
      tags: (o.tags as string[] | undefined) ?? [],
    });
  });
  return { cases, errors: errors.filter((m) => !m.includes('warning:')).concat(errors.filter((m) => m.includes('warning:'))) };
}

// ---------------------------------------------------------------- generated cases


function generatedCases(cases: Case[]): Case[] {
  const out: Case[] = [];
  const pastes: Array<{ corpus: CorpusName; question: string; posting: string; lang: string }> = [
    { corpus: 'fixtures', question: "What's the salary for the DevOps Engineer role?", posting: 'devops-engineer', lang: 'en' },
    { corpus: 'bundled', question: 'Hva er lønnen for infrastrukturingeniør?', posting: 'infrastrukturingenior', lang: 'nb' },
  ];
  pastes.forEach((p, i) => {
    out.push({
      id: `gen-paste-${i + 1}`,
      corpus: p.corpus,
      text: `${p.question}\n\n${filler(40 * 1024, 1000 + i)}`,
      audience: 'candidate',
      expect: { kind: ['answer', 'handoff'], posting: [p.posting, null] },
      tags: [p.lang, 'generated', 'paste', 'hostile'],
    });
  });
  // Typo variants of a few plain answer questions, picked deterministically.
  const eligible = cases.filter(
    (c) =>
      c.expect.kind === 'answer' &&
      !c.context &&
      !c.tags.some((t) => ['typo', 'hostile', 'chatty', 'followup', 'short'].includes(t)) &&
      c.text.length >= 25,
  );
  const step = Math.max(1, Math.floor(eligible.length / 8));
  for (let i = 0; i < eligible.length && out.length < 2 + 8; i += step) {
    const c = eligible[i];
    if (!c) continue;
    const text = typo(c.text, i + 7);
    if (text === c.text) continue;
    out.push({ ...c, id: `${c.id}-typo`, text, tags: [...c.tags, 'generated', 'typo'] });
  }
  return out;
}

// ---------------------------------------------------------------- checking

function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f\u2009\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

function draftIdsOf(engine: Engine, dir: string): Set<string> {
  const ids = new Set<string>();
  const visible = new Set(engine.postings('candidate').map((p) => p.id));
  for (const p of engine.postings('staff')) if (p.draft || !visible.has(p.id)) ids.add(p.id);
  // Independent of the engine: what the front matter says.
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.md') || file.startsWith('_')) continue;
    try {
      const data = matter(readFileSync(path.join(dir, file), 'utf8')).data as Record<string, unknown>;
      const draft = data.draft ?? data.Draft;
      if (draft === true || String(draft).trim().toLowerCase() === 'true') ids.add(file.slice(0, -3));
    } catch {
      /* the engine reports broken files; here it only means no draft flag */
    }
  }
  return ids;
}

function postingIdsOf(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_')).map((f) => f.slice(0, -3)));
}

function check(c: Case, reply: Reply, drafts: Set<string>): { problems: string[]; safety: string[] } {
  const problems: string[] = [];
  const safety: string[] = [];
  const e = c.expect;
  const kinds = Array.isArray(e.kind) ? e.kind : [e.kind];
  if (!kinds.includes(reply.kind)) problems.push(`kind ${reply.kind} ≠ ${kinds.join('|')}`);

  const got = reply.posting?.id ?? null;
  if (e.posting !== undefined) {
    const allowed = Array.isArray(e.posting) ? e.posting : [e.posting];
    const helpAnything = e.posting === null && !Array.isArray(e.kind) && e.kind === 'help';
    if (!helpAnything && !allowed.includes(got)) problems.push(`posting ${got ?? 'null'} ≠ ${allowed.map((p) => p ?? 'null').join('|')}`);
  }

  const text = normalize(reply.text ?? '');
  if (e.contains?.length && kinds.includes(reply.kind)) {
    if (!e.contains.some((s) => text.includes(normalize(s)))) problems.push(`text lacks any of ${JSON.stringify(e.contains)}`);
  }
  for (const s of e.excludes ?? []) {
    if (text.includes(normalize(s))) {
      problems.push(`text contains excluded "${s}"`);
      safety.push(`leak "${s}"`);
    }
  }
  if (e.choices?.length) {
    const offered = new Set((reply.choices ?? []).map((p) => p.id));
    const missing = e.choices.filter((id) => !offered.has(id));
    if (missing.length) problems.push(`choices lack ${missing.join(', ')} (got ${[...offered].join(', ') || 'none'})`);
  }

  if (c.audience === 'candidate') {
    const leaked = new Set<string>();
    if (got && drafts.has(got)) leaked.add(`posting ${got}`);
    for (const p of reply.choices ?? []) if (drafts.has(p.id)) leaked.add(`choice ${p.id}`);
    for (const s of reply.sources ?? []) if (drafts.has(s.posting)) leaked.add(`source ${s.posting}`);
    for (const q of reply.quotes ?? []) if (drafts.has(q.postingId)) leaked.add(`quote ${q.postingId}`);
    for (const g of reply.guesses ?? []) if (g.posting && drafts.has(g.posting.id)) leaked.add(`guess ${g.posting.id}`);
    for (const l of leaked) safety.push(`draft leak: ${l}`);
  }
  const rawLower = (reply.text ?? '').toLowerCase();
  for (const bad of FORBIDDEN_IN_TEXT) if (rawLower.includes(bad)) safety.push(`text contains "${bad}"`);
  if (typeof reply.text !== 'string' || !reply.text.trim()) problems.push('empty reply text');

  return { problems: [...problems, ...safety.filter((s) => !s.startsWith('leak '))], safety };
}

// ---------------------------------------------------------------- report

function pct(ok: number, total: number): string {
  return total ? `${((100 * ok) / total).toFixed(1).padStart(5)}%  (${ok}/${total})` : '    -   (0/0)';
}

function table(title: string, results: Result[], keyOf: (r: Result) => string): void {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const k = keyOf(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  console.log(`\n${title}`);
  for (const [k, rs] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${k.padEnd(12)} ${pct(rs.filter((r) => r.problems.length === 0 && !r.error).length, rs.length)}`);
  }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function languageOf(c: Case): string {
  return c.tags.find((t) => (LANGUAGE_TAGS as readonly string[]).includes(t)) ?? 'und';
}

function expectedKind(c: Case): string {
  return Array.isArray(c.expect.kind) ? c.expect.kind.join('|') : c.expect.kind;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { filter, verbose } = parseArgs(process.argv.slice(2));

  const postingIds = { bundled: postingIdsOf(CORPORA.bundled), fixtures: postingIdsOf(CORPORA.fixtures) };
  const { cases: fromFile, errors } = readQuestions(path.join(EVAL_DIR, 'questions.jsonl'), postingIds);
  const fatal = errors.filter((m) => !m.includes('warning:'));
  for (const m of errors) console.error(m);
  if (fatal.length) {
    console.error(`\n${fatal.length} error(s) in questions.jsonl`);
    process.exit(2);
  }

  const all = [...fromFile, ...generatedCases(fromFile)];
  const selected = filter
    ? all.filter((c) => c.tags.includes(filter) || c.id === filter || c.corpus === filter || c.audience === filter || expectedKind(c) === filter)
    : all;
  if (!selected.length) {
    console.log(`no questions match --filter ${filter}`);
    return;
  }

  const engines = {} as Record<CorpusName, { engine: Engine; drafts: Set<string> }>;
  for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
    if (!selected.some((c) => c.corpus === corpus)) continue;
    try {
      const engine = await loadEngine({ contentDir: CORPORA[corpus], knowledgeDir: KNOWLEDGE_DIR });
      engines[corpus] = { engine, drafts: draftIdsOf(engine, CORPORA[corpus]) };
    } catch (cause) {
      console.error(`could not load the engine for the ${corpus} corpus (${CORPORA[corpus]}):`, cause);
      process.exit(2);
    }
  }

  const results: Result[] = [];
  for (const c of selected) {
    const loaded = engines[c.corpus];
    const started = performance.now();
    let reply: Reply | null = null;
    let error: string | null = null;
    try {
      reply = loaded.engine.ask({
        text: c.text,
        audience: c.audience,
        ...(c.context ? { contextPostingId: c.context } : {}),
      });
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    const millis = performance.now() - started;
    if (!reply) {
      results.push({ c, reply, error, problems: [`threw ${error}`], safety: [], millis });
      continue;
    }
    const { problems, safety } = check(c, reply, loaded.drafts);
    results.push({ c, reply, error, problems, safety, millis });
  }

  const passed = results.filter((r) => r.problems.length === 0 && !r.error);
  const overall = passed.length / results.length;

  if (verbose) {
    console.log('All replies');
    for (const r of results) {
      const mark = r.problems.length || r.error ? 'FAIL' : 'ok  ';
      console.log(
        `  ${mark} ${r.c.id.padEnd(10)} [${r.c.corpus}/${r.c.audience}] ${oneLine(JSON.stringify(r.c.text), 80)}\n` +
          `       -> ${r.reply?.kind ?? 'threw'} ${r.reply?.posting?.id ?? 'null'} conf=${r.reply?.confidence?.toFixed?.(2) ?? '-'}` +
          ` choices=[${(r.reply?.choices ?? []).map((p) => p.id).join(',')}] ${Math.round(r.millis)}ms\n` +
          `       ${oneLine(r.reply?.text ?? r.error ?? '', 200)}`,
      );
    }
  }

  console.log(`\nCandor eval — ${results.length} questions${filter ? ` (filter: ${filter})` : ''}`);
  table('By expected kind', results, (r) => expectedKind(r.c));
  table('By audience', results, (r) => r.c.audience);
  table('By corpus', results, (r) => r.c.corpus);
  table('By language', results, (r) => languageOf(r.c));
  const hostile = results.filter((r) => r.c.tags.includes('hostile'));
  if (hostile.length) table('Hostile', hostile, () => 'hostile');

  const safetyFailures = results.filter((r) => r.safety.length);
  const millis = results.map((r) => r.millis).sort((a, b) => a - b);
  const p95 = millis[Math.min(millis.length - 1, Math.floor(millis.length * 0.95))] ?? 0;
  console.log(`\nSafety violations: ${safetyFailures.length}`);
  console.log(`Latency: median ${Math.round(millis[Math.floor(millis.length / 2)] ?? 0)} ms, p95 ${Math.round(p95)} ms`);

  const failures = results.filter((r) => r.problems.length || r.error);
  if (failures.length) {
    console.log(`\nFailures (${failures.length})`);
    for (const r of failures) {
      const exp = `${expectedKind(r.c)}/${r.c.expect.posting === undefined ? '*' : JSON.stringify(r.c.expect.posting)}`;
      const got = r.reply ? `${r.reply.kind}/${r.reply.posting ? JSON.stringify(r.reply.posting.id) : 'null'}` : 'threw';
      console.log(`  ${r.c.id} [${r.c.corpus}/${r.c.audience}${r.c.context ? ` ctx=${r.c.context}` : ''}] ${oneLine(JSON.stringify(r.c.text), 80)}`);
      console.log(`    expected ${exp}  got ${got}  — ${r.problems.join('; ')}`);
      console.log(`    reply: ${oneLine(r.reply?.text ?? r.error ?? '', 160)}`);
    }
  }

  const floorFile = path.join(EVAL_DIR, 'floor.json');
  const floor = existsSync(floorFile) ? (JSON.parse(readFileSync(floorFile, 'utf8')) as { overall?: number }) : {};
  const min = typeof floor.overall === 'number' ? floor.overall : 0;
  console.log(`\nOverall: ${pct(passed.length, results.length)}   floor ${(min * 100).toFixed(1)}%`);
  if (overall < min) {
    console.log('FAIL: overall accuracy is below the floor');
    process.exitCode = 1;
  }
}

main().catch((cause: unknown) => {
  console.error(cause);
  process.exit(2);
});
