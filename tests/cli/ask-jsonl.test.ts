/**
 * The `ask --jsonl` contract the README states, from the built process: the
 * optional "context" field is accepted, and a line that cannot be answered
 * gets {"id","kind":"error","error"} with the line's own id.
 */
import { expect, it } from 'vitest';
import { lines, run } from './run.js';

it('accepts "context", answers in order, and gives unreadable lines error lines with their id', async () => {
  const input = [
    JSON.stringify({ id: 'q1', text: 'what is the salary?', context: 'frontend-developer' }),
    JSON.stringify({ id: 7 }),
    'not json',
    JSON.stringify({ id: 'q4', text: 'hello?' }),
  ].join('\n');
  const result = await run('cli', ['ask', '--jsonl', '--content', 'tests/fixtures/postings'], { stdin: `${input}\n` });
  expect(result.code).toBe(0);
  const out = lines(result.stdout).map((line) => JSON.parse(line));
  expect(out.map((reply) => reply.id)).toEqual(['q1', '7', '3', 'q4']);
  expect(out[0].kind).not.toBe('error');
  for (const errorLine of [out[1], out[2]]) {
    expect(Object.keys(errorLine).sort()).toEqual(['error', 'id', 'kind']);
    expect(errorLine.kind).toBe('error');
    expect(typeof errorLine.error).toBe('string');
  }
  expect(out[1].error).toContain('text');
  expect(out[2].error).toContain('line 3');
});
