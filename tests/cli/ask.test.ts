/**
 * The `ask` command as a script sees it: a real process, its stdout, stderr
 * and exit code. The spawns run once, side by side, in beforeAll; the tests
 * read their results. Expected facts were read in the posting files.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPLY_KEYS = ['choices', 'confidence', 'id', 'kind', 'posting', 'recruiter', 'sources', 'text', 'topic'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const run: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (run.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...run, code }));
  });
  return { child, run, done };
}

function ask(args: string[]): Promise<Run> {
  const { child, done } = start(args);
  child.stdin.end();
  return done;
}

/** Whether `condition` came true within 10 s. */
async function within(condition: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

const BATCH = [
  JSON.stringify({ id: 'q1', text: 'what is the salary for the frontendutvikler?' }),
  '{"id": "q2", "text": oops',
  JSON.stringify({ id: 'q3' }),
  JSON.stringify({ id: 'q4', text: "what's the salary?" }),
  JSON.stringify({ id: 'q5', text: "what's the salary?", audience: 'staff' }),
  JSON.stringify({ id: 'q6', text: 'how many vacation days for the devops engineer?' }),
  JSON.stringify({ id: 'q7', text: 'hello?' }),
];

/** --jsonl, fed one line first: its reply must come out before the rest of stdin is even written. */
async function streamBatch(): Promise<Run & { firstBeforeRest: boolean }> {
  const { child, run, done } = start(['--jsonl', '--content', 'tests/fixtures/postings']);
  child.stdin.write(`${BATCH[0]}\n`);
  const answered = await within(() => run.stdout.includes('\n') || run.code !== null);
  const firstBeforeRest = answered && run.stdout.split('\n').filter(Boolean).length === 1;
  child.stdin.end(`${BATCH.slice(1).join('\n')}\n`);
  return { ...(await done), firstBeforeRest };
}

let human: Run;
let json: Run;
let batch: Run & { firstBeforeRest: boolean };
let staff: Run;
let noQuestion: Run;
let broken: Run;
beforeAll(async () => {
  [human, json, batch, staff, noQuestion, broken] = await Promise.all([
    ask(['is there travel in the kubernetes team lead role?']),
    ask(['--json', '--content', 'tests/fixtures/postings', 'how many vacation days for the devops engineer?']),
    streamBatch(),
    ask(['--audience', 'staff', '--json', 'what is the salary for the openstack engineer?']),
    ask([]),
    ask(['--json', '--content', 'tests/fixtures/broken', 'hello?']),
  ]);
}, 60_000);

const lines = (run: Run) => run.stdout.split('\n').filter((line) => line.length > 0);

describe('ask TEXT', () => {
  it('prints one human-readable reply from content/career: the quote, the title and the link', () => {
    expect(human.code).toBe(0);
    expect(human.stdout.startsWith('[answer] From "Team Lead for our Kubernetes team"')).toBe(true);
    expect(human.stdout).toContain('We gather the team approximately every quarter, usually somewhere in Scandinavia.');
    expect(human.stdout).toContain('https://www.safespring.com/career/kubernetes-team-lead/');
    expect(() => JSON.parse(human.stdout)).toThrow();
    expect(human.stderr).toBe('');
  });

  it('--json prints exactly one object with exactly the contract\'s keys', () => {
    expect(json.code).toBe(0);
    expect(lines(json)).toHaveLength(1);
    const reply = JSON.parse(json.stdout);
    expect(Object.keys(reply).sort()).toEqual(REPLY_KEYS);
    expect(reply.kind).toBe('handoff');
    expect(typeof reply.id).toBe('string');
    expect(reply.posting).toEqual({ id: 'devops-engineer', title: 'DevOps Engineer' });
    expect(reply.recruiter).toEqual({ name: 'Sofia Lindqvist', email: 'sofia.lindqvist@safespring.com' });
    expect(reply.text).toContain('Sofia Lindqvist');
    expect(typeof reply.confidence).toBe('number');
    expect(reply.sources).toEqual([]);
    expect(reply.choices).toEqual([]);
    expect(reply.topic === null || typeof reply.topic === 'string').toBe(true);
  });

  it('--audience staff answers from a draft, marked as one', () => {
    expect(staff.code).toBe(0);
    const reply = JSON.parse(staff.stdout);
    expect(Object.keys(reply).sort()).toEqual(REPLY_KEYS);
    expect(reply.kind).toBe('answer');
    expect(reply.posting).toEqual({ id: 'openstack-engineer', title: 'OpenStack Engineer - Infrastructure Team' });
    expect(reply.text).toContain('(draft)');
    expect(reply.text).toContain('750 000 - 825 000 NOK');
    expect(reply.sources.length).toBeGreaterThan(0);
    for (const source of reply.sources) {
      expect(Object.keys(source).sort()).toEqual(['posting', 'section', 'url']);
      expect(source.posting).toBe('openstack-engineer');
      expect(source.url.startsWith('https://www.safespring.com/career/openstack-engineer/')).toBe(true);
    }
    expect(reply.recruiter).toBeNull();
  });

  it('without a question or --jsonl: usage on stderr, nothing on stdout, exit 2', () => {
    expect(noQuestion.code).toBe(2);
    expect(noQuestion.stdout).toBe('');
    expect(noQuestion.stderr).toMatch(/question|--jsonl/);
  });
});

describe('ask --jsonl', () => {
  it('writes each reply as soon as its line is read', () => {
    expect(batch.firstBeforeRest).toBe(true);
  });

  it('writes exactly one JSON line per input line, in order, and exits 0', () => {
    expect(batch.code).toBe(0);
    const out = lines(batch).map((line) => JSON.parse(line));
    expect(out).toHaveLength(BATCH.length);
    expect(out.map((reply) => reply.id)).toEqual(['q1', '2', 'q3', 'q4', 'q5', 'q6', 'q7']);
  });

  it('a bad JSON line and a line without text get error lines, and the batch goes on', () => {
    const out = lines(batch).map((line) => JSON.parse(line));
    expect(out[1]).toMatchObject({ id: '2', kind: 'error' });
    expect(out[2]).toMatchObject({ id: 'q3', kind: 'error' });
    expect(JSON.stringify(out[2])).toContain('text');
    expect(out[3].kind).toBe('clarify');
    expect(out[6].kind).toBe('help');
  });

  it('replies follow the contract: answers with sources, clarify with choices, handoff with the recruiter', () => {
    const [q1, , , q4, q5, q6, q7] = lines(batch).map((line) => JSON.parse(line));
    for (const reply of [q1, q4, q5, q6, q7]) expect(Object.keys(reply).sort()).toEqual(REPLY_KEYS);

    expect(q1.kind).toBe('answer');
    expect(q1.posting).toEqual({ id: 'frontend-developer', title: 'Frontend Developer' });
    expect(q1.text).toContain('680 000 – 820 000 kroner i året');
    expect(q1.sources[0]).toEqual({ posting: 'frontend-developer', section: 'Lønn', url: expect.stringMatching(/^https:\/\/www\.safespring\.com\/career\/frontend-developer\//) });

    // Candidate by default: the draft Data Engineer is not a choice; staff (per line) see it.
    for (const choice of [...q4.choices, ...q5.choices]) expect(Object.keys(choice).sort()).toEqual(['id', 'title']);
    expect(q4.choices.map((choice: { id: string }) => choice.id)).not.toContain('data-engineer-draft');
    expect(q4.choices.map((choice: { id: string }) => choice.id)).toContain('devops-engineer');
    expect(q5.choices.map((choice: { id: string }) => choice.id)).toContain('data-engineer-draft');
    expect(q4.recruiter).toBeNull();

    expect(q6.kind).toBe('handoff');
    expect(q6.recruiter).toEqual({ name: 'Sofia Lindqvist', email: 'sofia.lindqvist@safespring.com' });
    expect(q7.recruiter).toBeNull();
  });
});

describe('stdout carries only replies', () => {
  it('a content folder with broken files still prints exactly one reply on stdout', () => {
    expect(broken.code).toBe(0);
    expect(lines(broken)).toHaveLength(1);
    expect(Object.keys(JSON.parse(broken.stdout)).sort()).toEqual(REPLY_KEYS);
  });

  // GAP: `ask --content tests/fixtures/broken` silently leaves out 7 broken
  // files (bad-yaml.md, empty.md, …) that `check` reports; the contract says
  // warnings go to stderr, but ask prints none.
  it('warns on stderr about the files it left out', () => {
    expect(broken.stderr).toContain('bad-yaml.md');
  });
});
