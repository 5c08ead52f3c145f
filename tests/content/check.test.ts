/**
 * `check` as a new company runs it: the built CLI on a career folder, with an
 * empty knowledge folder, and on the mistakes people make with the folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/src/cli/main.js');
const empty = () => mkdtempSync(path.join(tmpdir(), 'candor-check-'));
const check = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8' });
const SHARED = path.resolve('..', 'shared', 'corpora');
const corpora = existsSync(SHARED) ? readdirSync(SHARED).filter((name) => existsSync(path.join(SHARED, name, 'content'))) : [];

describe('npm run cli -- check', () => {
  it('describes the bundled postings with the project knowledge and exits 0', () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('5 postings in content/career (3 published, 2 staff only)');
    expect(run.stdout).toContain('status:    draft (draft: true): staff only');
    expect(run.stdout.trimEnd().endsWith('No errors.')).toBe(true);
  });

  it('reads the fixture site with no knowledge: no errors, and says why each unpublished posting is staff only', () => {
    const run = check('--content', 'tests/fixtures/site/content/jobs', '--knowledge', empty());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('not yet published (publishDate is in the future): staff only');
    expect(run.stdout).toContain('expired (expiryDate has passed): staff only');
    expect(run.stdout).toContain('Salary range: NOK 920,000 - 1,080,000');
    expect(run.stdout).not.toContain('sidebarlinkurl');
  });

  it('prints a broken file as file:line: message, lists the good ones and exits 1', () => {
    const run = check('--content', 'tests/fixtures/broken', '--knowledge', empty());
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/tests\/fixtures\/broken\/bad-yaml\.md:3: YAML front matter/);
    expect(run.stdout).toContain('good-posting: Site Reliability Engineer');
  });

  it('fails on an empty folder with a clear message', () => {
    const run = check('--content', empty(), '--knowledge', empty());
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no postings found');
  });

  it('fails on a folder that does not exist, in one line', () => {
    const run = check('--content', path.join(empty(), 'missing'), '--knowledge', empty());
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no such folder');
  });

  // Other employers' real folders, read from ../shared (never copied here), when this checkout has them.
  it.each(corpora)('reads %s’s career folder with no knowledge and no errors', (name) => {
    const run = check('--content', path.join(SHARED, name, 'content'), '--knowledge', empty());
    expect(run.stdout).toContain('No errors.');
    expect(run.status).toBe(0);
  });
});
