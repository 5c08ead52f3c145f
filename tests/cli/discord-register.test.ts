/**
 * `discord register` as a process: --dry-run needs no token; without one a
 * real registration says what is missing in one line; `.env` is read.
 * Nothing here reaches Discord (tests/discord/register.test.ts does, locally).
 */
import { afterAll, expect, it } from 'vitest';
import { lines, run, workDir } from './run.js';

const work = workDir();
const withBadGuild = workDir('DISCORD_TOKEN=token-from-file\nDISCORD_GUILD_ID=general\n');
afterAll(() => [work, withBadGuild].forEach((dir) => dir.remove()));

it('--dry-run prints the command JSON without a token, and nothing else', async () => {
  const result = await run('cli', ['discord', 'register', '--dry-run'], { cwd: work.dir });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const [jobs] = JSON.parse(result.stdout);
  expect(jobs.name).toBe('jobs');
  expect(jobs.options.map((option: { name: string }) => option.name)).toContain('ask');
});

it('without a token: one line naming DISCORD_TOKEN and --dry-run, exit 1, no stack', async () => {
  const result = await run('cli', ['discord', 'register'], { cwd: work.dir });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(/^DISCORD_TOKEN: .*--dry-run/);
});

it('reads .env: a bad value there is named with the file, before any request', async () => {
  const result = await run('cli', ['discord', 'register'], { cwd: withBadGuild.dir });
  expect(result.code).toBe(1);
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(/^DISCORD_GUILD_ID: must be a guild id \(digits\) \(set in .*\.env\)$/m);
});
