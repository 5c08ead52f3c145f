/**
 * `npm run bench -- --quick` still runs end to end and reports every row and
 * number, so the bench cannot rot. Timings are machine-dependent: not asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'candor-bench-smoke-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The rows of the Markdown table under `heading` (or the first table), as cells, without header and rule. */
function tableAfter(markdown: string, heading: string | null): string[][] {
  const start = heading === null ? 0 : markdown.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

/** The column names of the first table after `heading`. */
function tableHeader(markdown: string, heading: string): string[] {
  const lines = markdown.slice(markdown.indexOf(heading)).split('\n');
  const header = lines.find((line) => line.startsWith('|')) ?? '';
  return header.slice(1, -1).split('|').map((cell) => cell.trim());
}

const finite = (cell: string) => Number.isFinite(Number(cell.replace(/ ?(ms|MB|x)$/, '')));

describe('npm run bench -- --quick', () => {
  it('prints and writes the full table with finite numbers', { timeout: 60_000 }, () => {
    const out = path.join(tmp, 'results.md');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(run.stdout).toContain(markdown.trim());
    expect(markdown).toMatch(/\d+ cores · .+ · Node v\d+/);

    const rows = tableAfter(markdown, null);
    expect(rows.map((row) => row[0])).toEqual(['bundled', '20', '50']);
    for (const row of rows) {
      expect(row).toHaveLength(13);
      // Every column but the incremental reload (n/a until the engine has one) is a finite number.
      const [, ...numbers] = row;
      const incremental = numbers.pop()!;
      for (const cell of numbers) expect(finite(cell), `${row[0]}: ${cell}`).toBe(true);
      expect(incremental === 'n/a' || finite(incremental), `${row[0]} incr: ${incremental}`).toBe(true);
    }
    expect(rows.find((row) => row[0] === '50')?.[1]).toBe('50');

    const targets = tableAfter(markdown, '## Targets');
    expect(targets.map((row) => `${row[0]} @ ${row[1]}`)).toEqual([
      'p99 latency @ bundled',
      '`ask` cold start @ bundled',
      'index build @ 10000',
      'heap after build @ 10000',
      'p99 latency @ 10000',
      'one changed posting re-indexed @ 10000',
      'faster than naive fuse.js @ 1000',
    ]);
    for (const row of targets.slice(0, 2)) {
      expect(finite(row[3] ?? ''), row.join(' | ')).toBe(true);
      expect(['met', 'MISSED']).toContain(row[4]);
    }
    for (const row of targets.slice(2)) expect(row[4]).toBe('not run');

    const details = tableAfter(markdown, '## Details');
    expect(details.map((row) => row[0])).toEqual(['bundled', '20', '50']);
    const errorsColumn = tableHeader(markdown, '## Details').indexOf('errors');
    for (const row of details) expect(row[errorsColumn], 'ask errors').toBe('0');
    // Each build's kernel time and page faults, read from the build's own process: a system time and a count of at least one.
    const faultsColumn = tableHeader(markdown, '## Details').indexOf('of it system ms / page faults (median)');
    expect(faultsColumn).toBeGreaterThan(0);
    for (const row of details) {
      const [systemMs, faults] = (row[faultsColumn] ?? '').split(' / ');
      expect(finite(systemMs ?? ''), row[faultsColumn]).toBe(true);
      expect(Number(faults), row[faultsColumn]).toBeGreaterThan(0);
    }
  });
});
