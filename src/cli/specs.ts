/**
 * What each command accepts, as its --help and the README's command table
 * show it. Plain data with no imports worth the name, so `--help` and the
 * top-level usage load nothing heavy. tests/cli/help.test.ts holds the README
 * to these synopses.
 */
import type { CommandSpec } from './args.js';

const CONTENT = { type: 'string', value: 'DIR', default: 'content/career', help: 'the postings folder' } as const;
const KNOWLEDGE = { type: 'string', value: 'DIR', default: 'knowledge', help: 'the knowledge folder (topics, aliases, recruiters, answers)' } as const;
const ENV_FILE = 'Variables are read from the environment, then from .env in the working directory for any the environment does not set (the environment wins, even when set to empty).';

export const START = {
  name: 'start',
  invocation: 'npm start --',
  synopsis: '[--content DIR] [--knowledge DIR] [--staff] [--dry-run]',
  summary: `Slack and/or Discord when their tokens are set, else a chat in the terminal over the bundled postings.\nThe first log line says which platforms start and which variables made them start.\n${ENV_FILE}`,
  flags: {
    content: { type: 'string', value: 'DIR', help: 'the postings folder (instead of CONTENT_DIR)' },
    knowledge: { type: 'string', value: 'DIR', help: 'the knowledge folder (instead of KNOWLEDGE_DIR); an empty one is fine' },
    staff: { type: 'boolean', help: 'terminal chat as staff: draft postings included' },
    'dry-run': { type: 'boolean', help: 'read the configuration, log which platforms would start and why, and exit without connecting' },
  },
  env: [
    ['SLACK_BOT_TOKEN', 'xoxb-…; Slack starts when it is set, with one of:'],
    ['SLACK_APP_TOKEN', 'xapp-…: Socket Mode (wins when SLACK_SIGNING_SECRET is set too; the secret is then unused and the log says so)'],
    ['SLACK_SIGNING_SECRET', 'HTTP mode: Slack events on PORT at /slack/events'],
    ['SLACK_HANDOFF_CHANNEL', 'channel id for recruiter pings (else a DM)'],
    ['SLACK_STAFF_USER_IDS', 'comma-separated user ids who are staff'],
    ['SLACK_STAFF_USERGROUP', 'a user group id whose members are staff'],
    ['SLACK_COMMAND', 'the slash command (default /jobs)'],
    ['SLACK_API_URL', 'Web API base URL override'],
    ['DISCORD_TOKEN', 'the bot token; Discord starts when it is set'],
    ['DISCORD_HANDOFF_CHANNEL_ID', 'channel id for recruiter pings (else a DM)'],
    ['DISCORD_STAFF_ROLE_IDS', 'comma-separated role ids whose members are staff'],
    ['DISCORD_GUILD_ID', 'the server whose roles decide staff in DMs'],
    ['DISCORD_API_URL', 'REST base URL override'],
    ['CONTENT_DIR', 'the postings folder (default content/career)'],
    ['KNOWLEDGE_DIR', 'the knowledge folder (default knowledge)'],
    ['PORT', 'HTTP port for /healthz, /readyz, /metrics and Slack HTTP mode (default 3000)'],
    ['LOG_LEVEL', 'fatal, error, warn, info (default), debug, trace or silent'],
    ['DATABASE_PATH', 'the handoff database (default data/candor.db)'],
    ['WATCH_CONTENT', '1 to reload when content or knowledge files change'],
    ['HANDOFF_REMIND_MINUTES', 'working minutes before an unclaimed handoff is re-pinged (default 60)'],
    ['HANDOFF_ESCALATE_MINUTES', 'working minutes before it goes to the fallback recruiter (default 240)'],
    ['HANDOFF_TIMEZONE', 'the working hours\' time zone (default Europe/Oslo)'],
    ['RETENTION_DAYS', 'days an untouched handoff, or an answer and its feedback, is kept (default 90)'],
  ],
  examples: ['npm start', 'npm start -- --staff', 'npm start -- --content ../site/content/jobs --knowledge ../empty', 'SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… npm start', 'npm start -- --dry-run'],
} as const satisfies CommandSpec;

export const ASK = {
  name: 'ask',
  invocation: 'npm run --silent cli -- ask',
  synopsis: '[--content DIR] [--knowledge DIR] [--audience candidate|staff] [--json | --jsonl] [TEXT]',
  summary: 'Answer one question (TEXT), or a batch of JSON lines on stdin with --jsonl. stdout carries only replies; warnings go to stderr.',
  flags: {
    content: CONTENT,
    knowledge: KNOWLEDGE,
    audience: { type: 'string', value: 'candidate|staff', default: 'candidate', choices: ['candidate', 'staff'], help: 'who asks: staff also see draft postings' },
    json: { type: 'boolean', help: 'print the reply as one JSON object' },
    jsonl: { type: 'boolean', help: 'read JSON lines from stdin, write one JSON line per input line, in order' },
  },
  positionals: 'TEXT',
  env: [],
  sections: [
    [
      'Input (--jsonl)',
      'one object a line: {"id": "q1", "text": "…", "audience"?: "candidate"|"staff", "context"?: "<posting id>"}\n"audience" overrides --audience for that line; "context" is the posting the conversation is already about. Blank lines are skipped.',
    ],
    [
      'Output',
      'a reply: {"id","kind","text","posting","topic","confidence","sources","choices","recruiter"}, kind answer|clarify|handoff|help\n(--json: one reply with id "1"; --jsonl: one line per input line). A line that cannot be read gets\n{"id","kind":"error","error"} (id: the line\'s "id", else its line number) and the batch goes on.',
    ],
    ['Exit status', '0 when replies were written (error lines included), 2 for a mistake on the command line, 1 when the content cannot be read.'],
  ],
  examples: [
    'npm run --silent cli -- ask "is there on-call for the devops engineer?"',
    'npm run --silent cli -- ask --json --audience staff "what is the salary?"',
    'echo \'{"id":"q1","text":"what is the salary?","context":"devops-engineer"}\' | npm run --silent cli -- ask --jsonl',
  ],
} as const satisfies CommandSpec;

export const CHECK = {
  name: 'check',
  invocation: 'npm run cli -- check',
  synopsis: '[--content DIR] [--knowledge DIR]',
  summary: 'Lint a content folder: each posting\'s status, languages, sections, topics, recruiter and apply link, then warnings and errors.\nExit 1 when a file has errors (it would be left out), 0 otherwise.',
  flags: { content: CONTENT, knowledge: KNOWLEDGE },
  env: [],
  examples: ['npm run cli -- check', 'npm run cli -- check --content tests/fixtures/broken'],
} as const satisfies CommandSpec;

export const DISCORD_REGISTER = {
  name: 'discord register',
  invocation: 'npm run cli -- discord register',
  synopsis: '[--global | --guild ID] [--dry-run]',
  summary: `Register the /jobs slash command and its sub-commands with Discord: in DISCORD_GUILD_ID (usable at once), else globally.\nRun it once, and again after upgrading Candor. ${ENV_FILE}`,
  flags: {
    global: { type: 'boolean', help: 'register for every server the bot is in, even when DISCORD_GUILD_ID is set' },
    guild: { type: 'string', value: 'ID', help: 'register in this server (a guild id)' },
    'dry-run': { type: 'boolean', help: 'print the command JSON it would register and exit; needs no token' },
  },
  env: [
    ['DISCORD_TOKEN', 'the bot token (not needed with --dry-run)'],
    ['DISCORD_GUILD_ID', 'the server to register in when neither --global nor --guild is given'],
    ['DISCORD_API_URL', 'REST base URL override (a proxy, a local test server)'],
  ],
  examples: ['npm run cli -- discord register', 'npm run cli -- discord register --guild 123456789012345678', 'npm run --silent cli -- discord register --dry-run'],
} as const satisfies CommandSpec;

/** The CLI's commands as its top-level usage lists them. */
export const CLI_COMMANDS = [ASK, CHECK, DISCORD_REGISTER] as const;

export const CLI_USAGE = `usage: npm run --silent cli -- <command> [options]

Commands:
${CLI_COMMANDS.map((spec) => `  ${spec.name.padEnd(17)} ${spec.summary.split(/(?<=\.) |\n/)[0]}`).join('\n')}

Run \`npm run cli -- <command> --help\` for a command's flags, environment and examples.
Example:
  npm run --silent cli -- ask "what is the salary for the devops engineer?"
`;
