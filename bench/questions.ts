/**
 * The questions the bench asks: every line of tests/eval/questions.jsonl,
 * typo variants of plain answer questions, and 40 KB pastes with a question
 * on top (the same shapes the eval runner generates).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Audience } from '../src/engine/types.js';
import { ROOT } from './generate.js';
import { pick, rng } from './rng.js';

export interface BenchQuestion {
  id: string;
  kind: 'eval' | 'typo' | 'paste';
  text: string;
  audience: Audience;
  context?: string;
}

interface EvalLine {
  id: string;
  text: string;
  audience: Audience;
  context?: string;
  expect?: { kind?: string };
  tags?: string[];
}

const FILLER = [
  'lorem', 'ipsum', 'dolor', 'kubectl', 'get', 'pods', '--all-namespaces', 'Traceback', '(most', 'recent', 'call', 'last):',
  '"/usr/lib/python3/dist-packages/ansible/cli.py",', 'line', '42', 'ERROR', 'WARN', '{"level":"info"}', 'salary', 'remote',
  'on-call', 'lønn', 'lön', 'vakt', 'jour', 'Kubernetes', 'OpenStack', 'Ceph', '😀', '🚀', '```', '|', '---', '>', '#', '*',
  '@everyone', '<script>', '[link](http://example.invalid)', 'drop table postings;', '\n', '\n\n',
];

export function loadQuestions(options: { limit?: number } = {}): BenchQuestion[] {
  const lines = readFileSync(path.join(ROOT, 'tests', 'eval', 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalLine);
  const chosen = options.limit ? spread(lines, options.limit) : lines;
  const asked: BenchQuestion[] = chosen.map((line) => ({
    id: line.id,
    kind: 'eval',
    text: line.text,
    audience: line.audience,
    ...(line.context ? { context: line.context } : {}),
  }));
  const plain = chosen.filter((line) => line.expect?.kind === 'answer' && !line.context && line.text.length >= 25 && !line.tags?.includes('typo'));
  const typos = spread(plain, Math.max(2, Math.round(chosen.length / 10))).flatMap((line, index) => {
    const text = typo(line.text, index + 7);
    return text === line.text ? [] : [{ id: `${line.id}-typo`, kind: 'typo' as const, text, audience: line.audience }];
  });
  const pastes: BenchQuestion[] = [
    ["What's the salary for the DevOps Engineer role?", 1000],
    ['Hva er lønnen for infrastrukturingeniør?', 1001],
  ].map(([question, seed], index) => ({
    id: `paste-${index + 1}`,
    kind: 'paste',
    text: `${question}\n\n${filler(40 * 1024, Number(seed))}`,
    audience: 'candidate',
  }));
  return [...asked, ...typos, ...pastes];
}

/** `count` items spread evenly over the list, in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)]!);
}

function filler(bytes: number, seed: number): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const word = pick(next, FILLER);
    parts.push(word);
    size += Buffer.byteLength(word, 'utf8') + 1;
  }
  return parts.join(' ');
}

/** Swap two adjacent letters inside the longest word, keeping its first letter. */
function typo(text: string, seed: number): string {
  const words = text.split(' ');
  let best = -1;
  words.forEach((word, index) => {
    if (/^\p{L}{6,}$/u.test(word) && (best < 0 || word.length > (words[best] ?? '').length)) best = index;
  });
  const word = words[best];
  if (!word) return text;
  const at = 1 + Math.floor(rng(seed)() * (word.length - 2));
  words[best] = word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  return words.join(' ');
}
