/**
 * The questions the bench asks: every line of tests/eval/questions.jsonl,
 * typo variants of plain answer questions, and 40 KB pastes with a question
 * on top (the same shapes the eval runner generates).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Audience } from '../src/engine/types.js';
import { ROOT } from './generate.js';
import { filler, typo } from '../tests/eval/variants.js';

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

