/** `npm start -- --content DIR --knowledge EMPTY`: any company's folder, no company knowledge, in the terminal chat. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve('dist/src/main.js');

describe('npm start -- --content DIR --knowledge EMPTY', () => {
  it('answers from that folder with the built-in language knowledge, over CONTENT_DIR', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'candor-start-'));
    const run = spawnSync(process.execPath, [MAIN, '--content', path.resolve('tests/fixtures/site/content/jobs'), '--knowledge', empty], {
      cwd: empty,
      input: 'hva er lønna for senior plattformingeniør?\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', CONTENT_DIR: path.resolve('content/career'), DATABASE_PATH: path.join(empty, 'candor.db') },
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Salary range: NOK 920,000 - 1,080,000');
    expect(run.stdout).toContain('https://jobs.fjordlys.example/senior-platform-engineer-bergen/');
  });
});
