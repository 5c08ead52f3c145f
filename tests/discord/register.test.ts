import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDiscordRegister } from '../../src/cli/discord-register.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { FakeDiscord, IDS } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), env: { DISCORD_TOKEN: 'bot-token', DISCORD_API_URL: fake.apiUrl, ...env } };
  return runDiscordRegister(args, io).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

it('registers /jobs in the configured guild', async () => {
  const from = fake.calls.length;
  const result = await run([], { DISCORD_GUILD_ID: IDS.guild });
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout).toBe(
    `Registered /jobs (ask, postings, show, handoffs, gaps, reload, forget) for application ${IDS.application} in guild ${IDS.guild}.\n`,
  );
  const [me, put] = fake.calls.slice(from);
  expect(me).toMatchObject({ method: 'GET', path: '/oauth2/applications/@me', authorization: 'Bot bot-token' });
  expect(put).toMatchObject({ method: 'PUT', path: `/applications/${IDS.application}/guilds/${IDS.guild}/commands` });
  const [jobs] = put!.body;
  expect(jobs.name).toBe('jobs');
  expect(jobs.options.map((option: { name: string }) => option.name)).toEqual(['ask', 'postings', 'show', 'handoffs', 'gaps', 'reload', 'forget']);
  const sub = (name: string) => jobs.options.find((option: { name: string }) => option.name === name);
  expect(sub('ask').options[0]).toMatchObject({ name: 'question', type: 3, required: true });
  expect(sub('show').options).toMatchObject([
    { name: 'posting', type: 3, required: true },
    { name: 'topic', type: 3, required: false },
  ]);
  expect(sub('handoffs').options[0]).toMatchObject({ name: 'state', type: 3, required: false });
  expect(sub('handoffs').options[0].choices.map((choice: { value: string }) => choice.value)).toEqual(['open', 'claimed', 'all']);
  expect(sub('gaps').options[0]).toMatchObject({ name: 'days', type: 4, required: false, min_value: 1 });
  expect(sub('reload').options ?? []).toEqual([]);
  expect(sub('forget').options ?? []).toEqual([]);
});

it('registers globally with --global, or without a guild', async () => {
  const from = fake.calls.length;
  expect((await run(['--global'], { DISCORD_GUILD_ID: IDS.guild })).code).toBe(0);
  expect((await run([])).code).toBe(0);
  const puts = fake.calls.slice(from).filter((call) => call.method === 'PUT');
  expect(puts.map((call) => call.path)).toEqual([`/applications/${IDS.application}/commands`, `/applications/${IDS.application}/commands`]);
});

it('falls back to /users/@me for the application id', async () => {
  fake.fail({ method: 'GET', path: /^\/oauth2\/applications\/@me$/, status: 500, times: 4 });
  const from = fake.calls.length;
  expect((await run(['--guild', IDS.guild])).code).toBe(0);
  expect(fake.calls.slice(from).some((call) => call.path === '/users/@me' && call.status === 200)).toBe(true);
});

it('reports a failed registration and exits 1', async () => {
  fake.fail({ method: 'PUT', path: /commands$/, status: 503, times: 4 });
  const result = await run(['--global']);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^discord register failed: /);
});

it('prints the definitions with --dry-run (no token needed), and needs a token and sane arguments to register', async () => {
  const from = fake.calls.length;
  const dry = await run(['--dry-run']);
  expect(JSON.parse(dry.stdout)[0].name).toBe('jobs');
  expect((await run(['--dry-run'], { DISCORD_TOKEN: undefined })).stdout).toBe(dry.stdout);
  expect(fake.calls.length).toBe(from);
  await expect(run([], { DISCORD_TOKEN: undefined })).rejects.toBeInstanceOf(ConfigError);
  await expect(run(['--guild', 'general'])).rejects.toBeInstanceOf(UsageError);
  await expect(run(['--bogus'])).rejects.toBeInstanceOf(UsageError);
});
