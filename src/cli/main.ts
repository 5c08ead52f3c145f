/** `npm run cli -- <command>`: ask, check, discord register. `--help` on any of them says more. */
import { loadContent } from '../engine/load.js';
import { CandorError } from '../errors.js';
import { didYouMean, usageError } from './args.js';
import { runAsk } from './ask.js';
import { CLI_USAGE } from './specs.js';

const CLI = { name: 'cli', invocation: 'npm run cli --' };
const HELP = new Set(['--help', '-h', 'help']);

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const stdout = (text: string) => void process.stdout.write(text);
  const stderr = (text: string) => void process.stderr.write(text);
  if (command === undefined) {
    stderr(CLI_USAGE);
    return 2;
  }
  if (HELP.has(command)) {
    // `help ask` is `ask --help`.
    if (command === 'help' && args.length > 0) return main([...args, '--help']);
    stdout(CLI_USAGE);
    return 0;
  }
  switch (command) {
    case 'ask':
      return runAsk(args, {
        stdin: process.stdin,
        stdout,
        stderr,
        // A posting left out for errors is worth a line on stderr; stdout stays replies only.
        loadEngine: async (options) => {
          const content = await loadContent(options);
          for (const problem of content.corpus.problems.filter((item) => item.severity === 'error')) {
            stderr(`${problem.file}:${problem.line}: ${problem.message} (left out)\n`);
          }
          return content.engine;
        },
      });
    case 'check': {
      const { runCheck } = await import('./check.js');
      const { loadKnowledge } = await import('../knowledge/load.js');
      return runCheck(args, {
        stdout: (text) => stdout(text.endsWith('\n') ? text : `${text}\n`),
        stderr: (text) => stderr(text.endsWith('\n') ? text : `${text}\n`),
        loadKnowledge,
      });
    }
    case 'discord':
      return discord(args, stdout, stderr);
  }
  if (command.startsWith('-')) throw usageError(CLI, `unknown option ${command} before a command${didYouMean(command, ['--help'])}`);
  throw usageError(CLI, `unknown command "${command}"${didYouMean(command, ['ask', 'check', 'discord'])}`);
}

async function discord(args: string[], stdout: (text: string) => void, stderr: (text: string) => void): Promise<number> {
  const [sub, ...rest] = args;
  const group = { name: 'discord', invocation: 'npm run cli -- discord register' };
  if (sub === undefined) throw usageError(group, 'missing sub-command (did you mean discord register?)');
  if (HELP.has(sub) || sub === 'register') {
    const [{ runDiscordRegister }, { loadEnvFile }] = await Promise.all([import('./discord-register.js'), import('../config.js')]);
    // The one CLI command that reads the environment, so the one that reads .env.
    const envFile = loadEnvFile();
    return runDiscordRegister(sub === 'register' ? rest : ['--help'], { stdout, stderr, envFile });
  }
  throw usageError(group, `unknown sub-command "${sub}"${didYouMean(sub, ['register'])}`);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A user's mistake is one line (exit 2 for the command line, 1 for the environment or content); a crash keeps its stack.
    process.stderr.write(`${error instanceof CandorError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = error instanceof CandorError && error.code === 'USAGE' ? 2 : 1;
  },
);
