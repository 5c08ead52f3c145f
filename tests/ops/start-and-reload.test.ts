/**
 * The real process (src/main.ts) against a local Slack in HTTP mode, as an
 * operator meets it: a SIGHUP while it starts, a reload that finds a broken
 * file, and a content folder with nothing in it.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE, FakeSlack } from '../slack/fake-slack.js';
import { startCandor, type CandorProcess } from './candor-process.js';
import { parsePrometheus, valueOf } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function boot(contentDir: string): Promise<{ candor: CandorProcess; slack: FakeSlack }> {
  const slack = await FakeSlack.start();
  cleanups.push(() => slack.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-start-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const candor = await startCandor({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: FAKE.signingSecret,
    SLACK_API_URL: slack.apiUrl,
    CONTENT_DIR: contentDir,
    DATABASE_PATH: join(dataDir, 'candor.db'),
  });
  cleanups.push(async () => {
    if (candor.child.exitCode === null) candor.kill('SIGKILL');
    await candor.exited;
  });
  return { candor, slack };
}

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'candor-content-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content/career', dir, { recursive: true });
  return dir;
}

const isMsg = (text: string) => (line: Record<string, unknown>) => line.msg === text;

describe('start-up and reloads of the running service', () => {
  it('survives a SIGHUP sent the moment it starts, and carries the reload out once it can', async () => {
    const { candor } = await boot(contentCopy());
    // The first line Candor writes: sent now, the signal lands while content is still loading.
    await candor.waitForLog(isMsg('Candor is starting'), 'the first log line');
    candor.kill('SIGHUP');
    await candor.waitForLog(isMsg('Candor is running'), 'the end of start-up');
    await candor.waitForLog(isMsg('content reloaded'), 'the held reload');
    expect(candor.child.exitCode).toBeNull();
    await candor.waitFor('/readyz', (answer) => answer.status === 200, 'readiness');
  });

  it('a reload that finds a broken file updates candor_content_load_errors and /readyz, as start-up does', async () => {
    const content = contentCopy();
    const { candor } = await boot(content);
    const ready = await candor.waitFor('/readyz', (answer) => answer.status === 200, 'readiness');
    const before = JSON.parse(ready.body).checks.content.detail as string;
    expect(before).toMatch(/^5 postings, 0 load errors \(loaded /);
    const start = parsePrometheus((await candor.get('/metrics')).body);
    expect(valueOf(start, 'candor_content_load_errors')).toBe(0);

    copyFileSync('tests/fixtures/broken/bad-yaml.md', join(content, 'backend-developer.md'));
    candor.kill('SIGHUP');
    const metrics = await candor.waitFor(
      '/metrics',
      (answer) => (valueOf(parsePrometheus(answer.body), 'candor_content_load_errors') ?? 0) > 0,
      'the load error count after the reload',
    );
    // The broken file is reported; every posting that was live stays live.
    const published = valueOf(start, 'candor_content_postings', { state: 'published' });
    expect(valueOf(parsePrometheus(metrics.body), 'candor_content_postings', { state: 'published' })).toBe(published);
    const after = await candor.get('/readyz');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).checks.content.detail).toMatch(/^5 postings, 1 load errors? \(reloaded /);
  });

  it('an empty content folder starts, warns and is not ready, saying why', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'candor-empty-'));
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    mkdirSync(join(empty, 'nested-but-empty'));
    const { candor } = await boot(empty);
    const warning = await candor.waitForLog((line) => line.level === 40 && String(line.msg).includes('no postings found in CONTENT_DIR'), 'the warning');
    expect(warning.contentDir).toBe(empty);
    await candor.waitForLog(isMsg('Candor is running'), 'the end of start-up');
    const ready = await candor.get('/readyz');
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.body);
    expect(body.failing).toEqual(['content']);
    expect(body.checks.content.detail).toContain(`no postings found in CONTENT_DIR (${empty})`);
  });
});
