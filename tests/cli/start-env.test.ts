/**
 * `npm start` and `.env`: the file in the working directory is read, the
 * environment wins over it, and the first log line says which platforms
 * start and which variables made them start. Slack and Discord are never
 * contacted: `--dry-run` logs the same line the real start logs, then exits
 * (tests/ops/main-process.test.ts sees that line from a real start).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lines, logLines, ROOT, run, workDir, type Run } from './run.js';

const dirs: { remove: () => void }[] = [];
afterAll(() => dirs.forEach((dir) => dir.remove()));

async function dryRun(dotEnv: string | undefined, env: Record<string, string> = {}): Promise<Run & { dir: string }> {
  const work = workDir(dotEnv);
  dirs.push(work);
  return { ...(await run('start', ['--dry-run'], { cwd: work.dir, env })), dir: work.dir };
}

const startLine = (result: Run) => logLines(result.stderr).find((line) => line.level === 30 && /start/.test(line.msg))!;

const SLACK_SOCKET = 'SLACK_BOT_TOKEN=xoxb-from-file\nSLACK_APP_TOKEN=xapp-from-file\n';

describe('npm start --dry-run', () => {
  it('without tokens anywhere: the terminal chat, and why', async () => {
    const result = await dryRun(undefined);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const line = startLine(result);
    expect(line).toMatchObject({ platforms: ['terminal'], envFile: null, dryRun: true });
    expect(line.msg).toContain('terminal chat');
    expect(line.msg).toContain('neither SLACK_BOT_TOKEN nor DISCORD_TOKEN is set');
    expect(line.msg).toContain('no .env');
  });

  it('reads .env in the working directory: Slack (Socket Mode) and Discord, because of the variables it names', async () => {
    const result = await dryRun(`# comment\n${SLACK_SOCKET}DISCORD_TOKEN="discord-from-file"\n`);
    expect(result.code).toBe(0);
    const line = startLine(result);
    expect(line).toMatchObject({
      platforms: ['slack', 'discord'],
      slackMode: 'socket',
      envFile: join(result.dir, '.env'),
      variables: { SLACK_BOT_TOKEN: '.env', SLACK_APP_TOKEN: '.env', DISCORD_TOKEN: '.env' },
    });
    expect(line.msg).toMatch(/Slack in Socket Mode and Discord/);
    expect(line.msg).toContain(`SLACK_BOT_TOKEN, SLACK_APP_TOKEN and DISCORD_TOKEN are set in ${join(result.dir, '.env')}`);
    // Names only: a token's value never reaches the log.
    expect(result.stderr).not.toMatch(/from-file/);
  });

  it('the environment wins over .env, also where the file is wrong', async () => {
    const result = await dryRun(`${SLACK_SOCKET}LOG_LEVEL=loud\n`, { SLACK_APP_TOKEN: 'xapp-from-env', LOG_LEVEL: 'info' });
    expect(result.code).toBe(0);
    expect(startLine(result)).toMatchObject({ platforms: ['slack'], variables: { SLACK_BOT_TOKEN: '.env', SLACK_APP_TOKEN: 'environment' } });
    expect(startLine(result).msg).toContain('(SLACK_BOT_TOKEN in');
  });

  it('a variable set to empty in the environment still wins: the token in .env is not used', async () => {
    const result = await dryRun('DISCORD_TOKEN=discord-from-file\n', { DISCORD_TOKEN: '' });
    expect(result.code).toBe(0);
    expect(startLine(result)).toMatchObject({ platforms: ['terminal'], envFile: join(result.dir, '.env') });
  });

  it('a bad value in .env: one line naming the variable and the file, exit 1, no stack', async () => {
    const result = await dryRun('LOG_LEVEL=loud\n');
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^LOG_LEVEL: /);
    expect(result.stderr).toContain(`(set in ${join(result.dir, '.env')})`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('both Slack modes set: Socket Mode starts, and a warning says the signing secret is unused', async () => {
    const result = await dryRun(`${SLACK_SOCKET}SLACK_SIGNING_SECRET=also-set\n`);
    expect(result.code).toBe(0);
    expect(startLine(result)).toMatchObject({ platforms: ['slack'], slackMode: 'socket' });
    const warnings = logLines(result.stderr).filter((line) => line.level === 40);
    expect(warnings.map((line) => line.msg)).toEqual([expect.stringContaining('SLACK_SIGNING_SECRET is set but unused')]);
  });

  it('--staff with a platform: a warning that it only applies to the terminal chat', async () => {
    const work = workDir('DISCORD_TOKEN=discord-from-file\n');
    dirs.push(work);
    const result = await run('start', ['--dry-run', '--staff'], { cwd: work.dir });
    expect(result.code).toBe(0);
    expect(logLines(result.stderr).filter((line) => line.level === 40).map((line) => line.msg)).toEqual([expect.stringMatching(/^--staff is for the terminal chat/)]);
  });

  it('the signing secret alone: HTTP mode on PORT, no warning', async () => {
    const result = await dryRun('SLACK_BOT_TOKEN=xoxb-1\n', { SLACK_SIGNING_SECRET: 'secret', PORT: '3999' });
    expect(startLine(result)).toMatchObject({ platforms: ['slack'], slackMode: 'http', variables: { SLACK_BOT_TOKEN: '.env', SLACK_SIGNING_SECRET: 'environment' } });
    expect(startLine(result).msg).toContain('HTTP mode on port 3999');
    expect(logLines(result.stderr).filter((line) => line.level === 40)).toEqual([]);
  });
});

describe('npm start for real, in the terminal', () => {
  it('reads its folders from .env, logs why the terminal chat starts, and answers', async () => {
    const work = workDir(`CONTENT_DIR=${join(ROOT, 'tests/fixtures/postings')}\nKNOWLEDGE_DIR=${join(ROOT, 'knowledge')}\n`);
    dirs.push(work);
    const result = await run('start', [], { cwd: work.dir, stdin: 'how many vacation days for the devops engineer?\n' });
    expect(result.code).toBe(0);
    expect(startLine(result).msg).toBe(`starting the terminal chat: neither SLACK_BOT_TOKEN nor DISCORD_TOKEN is set in the environment or ${join(work.dir, '.env')}`);
    // The fixture posting's recruiter: it came from CONTENT_DIR in .env, not the bundled postings.
    expect(result.stdout).toContain('sofia.lindqvist@safespring.com');
  });
});
