/** `npm run cli -- <command>`: ask, check, discord register. */
import { loadContent } from '../engine/load.js';
import { CandorError } from '../errors.js';
import { runAsk } from './ask.js';

const USAGE = `usage: npm run --silent cli -- <command>
  ask [--content DIR] [--knowledge DIR] [--audience candidate|staff] [--json | --jsonl] [TEXT]
  check [--content DIR] [--knowledge DIR]
  discord register`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const stdout = (text: string) => void process.stdout.write(text);
  const stderr = (text: string) => void process.stderr.write(text);
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
      const { createTopicAnnotator } = await import('../engine/annotate.js');
      const { topicMatcherFor } = await import('../engine/topics.js');
      return runCheck(args, {
        stdout: (text) => stdout(text.endsWith('\n') ? text : `${text}\n`),
        stderr: (text) => stderr(text.endsWith('\n') ? text : `${text}\n`),
        loadKnowledge,
        annotateFor: (knowledge) => createTopicAnnotator(topicMatcherFor(knowledge)),
      });
    }
    case 'discord': {
      if (args[0] !== 'register') break;
      const { runDiscordRegister } = await import('./discord-register.js');
      return runDiscordRegister(args.slice(1), { stdout, stderr });
    }
  }
  stderr(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof CandorError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = error instanceof CandorError && error.code === 'USAGE' ? 2 : 1;
  },
);
