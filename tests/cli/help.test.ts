/**
 * First contact with every command, as the built processes answer it: --help
 * prints usage, flags, environment and an example and exits 0; a mistake is
 * one line naming it and the closest valid choice, exit 2, no stack. The
 * README's command table says what --help says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/cli/args.js';
import { ASK, CHECK, DISCORD_REGISTER, START } from '../../src/cli/specs.js';
import { lines, ROOT, run, workDir } from './run.js';

// Nothing here needs content or a .env: an empty directory shows that help and mistakes read neither.
const empty = workDir();
afterAll(() => empty.remove());
const inEmpty = { cwd: empty.dir };

const HELPS: [string, 'cli' | 'start', string[], CommandSpec | null][] = [
  ['npm start -- --help', 'start', ['--help'], START],
  ['npm start -- -h', 'start', ['-h'], START],
  ['npm start -- --staff --help', 'start', ['--staff', '--help'], START],
  ['cli --help', 'cli', ['--help'], null],
  ['cli help', 'cli', ['help'], null],
  ['cli ask --help', 'cli', ['ask', '--help'], ASK],
  ['cli ask --jsn --help (help wins over a mistake)', 'cli', ['ask', '--jsn', '--help'], ASK],
  ['cli help ask', 'cli', ['help', 'ask'], ASK],
  ['cli check --help', 'cli', ['check', '--help'], CHECK],
  ['cli check -h', 'cli', ['check', '-h'], CHECK],
  ['cli discord register --help', 'cli', ['discord', 'register', '--help'], DISCORD_REGISTER],
  ['cli discord --help', 'cli', ['discord', '--help'], DISCORD_REGISTER],
];

describe('--help', () => {
  it.each(HELPS)('%s: usage on stdout, exit 0', async (_name, entry, args, spec) => {
    const result = await run(entry, args, inEmpty);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    if (!spec) {
      expect(result.stdout.startsWith('usage: npm run --silent cli -- <command>')).toBe(true);
      for (const command of ['ask', 'check', 'discord register']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(result.stdout).toContain('Example:');
      return;
    }
    expect(lines(result.stdout)[0]).toBe(`usage: ${spec.invocation} ${spec.synopsis}`);
    for (const flag of [...Object.keys(spec.flags), 'help']) expect(result.stdout).toMatch(new RegExp(`^  (-h, )?--${flag}\\b`, 'm'));
    expect(result.stdout).toMatch(/^Environment:$/m);
    for (const [variable] of spec.env) expect(result.stdout).toMatch(new RegExp(`^  ${variable} `, 'm'));
    expect(result.stdout).toMatch(/^Examples?:\n  (npm|echo|[A-Z_]+=)/m);
  });

  it('every synopsis names every flag its command takes', () => {
    for (const spec of [START, ASK, CHECK, DISCORD_REGISTER]) {
      for (const flag of Object.keys(spec.flags)) expect(spec.synopsis, `${spec.name} --${flag}`).toContain(`--${flag}`);
    }
  });

  it('npm start --help names every variable .env.example offers, and nothing else', async () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const offered = [...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]).sort();
    expect(START.env.map(([name]) => name).sort()).toEqual(offered);
  });

  it('ask --help documents the --jsonl input (context included) and its error line', async () => {
    const result = await run('cli', ['ask', '--help'], inEmpty);
    expect(result.stdout).toContain('"context"?: "<posting id>"');
    expect(result.stdout).toContain('{"id","kind":"error","error"}');
  });
});

const MISTAKES: [string, 'cli' | 'start', string[], string[]][] = [
  ['npm start -- --stff', 'start', ['--stff'], ['--stff', 'did you mean --staff?']],
  ['npm start -- --dry-run=yes', 'start', ['--dry-run=yes'], ['--dry-run takes no value']],
  ['npm start -- chat', 'start', ['chat'], ['unexpected argument "chat"']],
  ['cli --hlep', 'cli', ['--hlep'], ['--hlep', 'did you mean --help?']],
  ['cli aks', 'cli', ['aks', 'hello'], ['unknown command "aks"', 'did you mean ask?']],
  ['cli chek', 'cli', ['chek'], ['unknown command "chek"', 'did you mean check?']],
  ['cli ask --jsn', 'cli', ['ask', '--jsn', 'hello'], ['--jsn', 'did you mean --json?']],
  ['cli ask -j', 'cli', ['ask', '-j', 'hello'], ['-j', 'did you mean']],
  ['cli ask --audience stafff', 'cli', ['ask', '--audience', 'stafff', 'hello'], ['stafff', 'did you mean staff?']],
  ['cli ask --content (no folder)', 'cli', ['ask', 'hello', '--content'], ['--content needs a value: --content DIR']],
  ['cli ask (no question)', 'cli', ['ask'], ['needs a question', '--jsonl']],
  ['cli check --contnet', 'cli', ['check', '--contnet', 'x'], ['--contnet', 'did you mean --content?']],
  ['cli check extra', 'cli', ['check', 'extra'], ['unexpected argument "extra"']],
  ['cli discord', 'cli', ['discord'], ['did you mean discord register?']],
  ['cli discord regster', 'cli', ['discord', 'regster'], ['"regster"', 'did you mean register?']],
  ['cli discord register --dryrun', 'cli', ['discord', 'register', '--dryrun'], ['--dryrun', 'did you mean --dry-run?']],
  ['cli discord register --global --guild 1', 'cli', ['discord', 'register', '--global', '--guild', '1'], ['--global or --guild']],
];

describe('a mistake on the command line', () => {
  it.each(MISTAKES)('%s: one line naming it, exit 2, no stack', async (_name, entry, args, expected) => {
    const result = await run(entry, args, inEmpty);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at |ERR_PARSE_ARGS|Error:/);
    for (const part of expected) expect(result.stderr).toContain(part);
    expect(result.stderr).toContain('--help');
  });

  it('no command at all: the command list on stderr, exit 2', async () => {
    const result = await run('cli', [], inEmpty);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith('usage: npm run --silent cli -- <command>')).toBe(true);
  });
});

describe('a real crash', () => {
  // Not a user's mistake: stdout itself fails. The process must say where, with its stack, and exit 1.
  const BROKEN_STDOUT = `data:text/javascript,${encodeURIComponent("process.stdout.write = () => { throw new TypeError('stdout is broken'); };")}`;

  it.each([
    ['cli ask --help', 'cli', ['ask', '--help']],
    ['npm start -- --help', 'start', ['--help']],
  ] as const)('%s: the stack on stderr, exit 1', async (_name, entry, args) => {
    const result = await run(entry, [...args], { ...inEmpty, nodeArgs: ['--import', BROKEN_STDOUT] });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^TypeError: stdout is broken\n\s+at /);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const commandRows = readme
    .split('\n')
    .filter((line) => /^\| `npm (start|run (--silent )?cli)\b/.test(line))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!.replace(/\\\|/g, '|'));

  it('lists each command in its table exactly as --help shows its usage, and no other', () => {
    const usages = [START, ASK, CHECK, DISCORD_REGISTER].map((spec) => `${spec.invocation} ${spec.synopsis}`);
    expect(commandRows.sort()).toEqual(usages.sort());
  });

  it('states the ask --jsonl contract: input fields (context included) and the error line', () => {
    expect(readme).toContain('"context"');
    expect(readme).toContain('{"id","kind":"error","error"}');
  });
});
