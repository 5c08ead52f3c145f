/**
 * The one place Candor reads its environment (and `.env`). Every variable is
 * parsed with zod here; a bad or missing one fails with an error naming it,
 * and where it was set when that was `.env`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { ConfigError, describe } from './errors.js';

type Env = Record<string, string | undefined>;

const csv = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((part) => part.trim()).filter(Boolean));

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().optional().transform((value) => value ?? fallback);

const flag = z
  .string()
  .optional()
  .transform((value) => value !== undefined && /^(1|true|yes|on)$/i.test(value.trim()));

const url = z.url().optional();

const envSchema = z.object({
  CONTENT_DIR: z.string().min(1).default('content/career'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_PATH: z.string().min(1).default('data/candor.db'),
  WATCH_CONTENT: flag,
  HANDOFF_REMIND_MINUTES: positiveInt(60),
  HANDOFF_ESCALATE_MINUTES: positiveInt(240),
  HANDOFF_TIMEZONE: z.string().min(1).default('Europe/Oslo'),
  RETENTION_DAYS: positiveInt(90),

  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_API_URL: url,
  SLACK_HANDOFF_CHANNEL: z.string().min(1).optional(),
  SLACK_STAFF_USER_IDS: csv,
  SLACK_STAFF_USERGROUP: z.string().min(1).optional(),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]+$/, 'must look like /jobs')
    .default('/jobs'),

  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_API_URL: url,
  DISCORD_HANDOFF_CHANNEL_ID: z.string().regex(/^\d+$/, 'must be a channel id (digits)').optional(),
  DISCORD_STAFF_ROLE_IDS: csv,
  DISCORD_GUILD_ID: z.string().regex(/^\d+$/, 'must be a guild id (digits)').optional(),
});

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP mode on PORT otherwise. */
  appToken: string | null;
  signingSecret: string | null;
  apiUrl: string | null;
  handoffChannel: string | null;
  staffUserIds: string[];
  staffUsergroup: string | null;
  command: string;
}

export interface DiscordConfig {
  token: string;
  apiUrl: string | null;
  handoffChannelId: string | null;
  staffRoleIds: string[];
  /** Register slash commands in this guild (instant) instead of globally. */
  guildId: string | null;
}

export interface Config {
  contentDir: string;
  knowledgeDir: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  databasePath: string;
  watchContent: boolean;
  handoff: { remindMinutes: number; escalateMinutes: number; timezone: string };
  retentionDays: number;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

export interface EnvFile {
  /** The `.env` read, or null when the working directory has none. */
  path: string | null;
  /** The variables it set, which the environment did not have. */
  variables: string[];
}

/**
 * Reads `.env` in `dir` into `env`, for the variables `env` does not set:
 * process.loadEnvFile's parser and rule (the environment wins, even when set
 * to empty), done here so the start-up log can say which came from the file.
 */
export function loadEnvFile(dir: string = process.cwd(), env: Env = process.env): EnvFile {
  const path = resolve(dir, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: null, variables: [] };
    throw new ConfigError('.env', `cannot read ${path}: ${describe(error)}`);
  }
  const variables: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    variables.push(name);
  }
  return { path, variables };
}

/** `envFile`: what loadEnvFile read, so that an error about a value from the file says so. */
export function loadConfig(env: Env = process.env, envFile?: EnvFile): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError && envFile?.path && envFile.variables.includes(error.variable)) {
      throw new ConfigError(error.variable, `${error.detail} (set in ${envFile.path})`);
    }
    throw error;
  }
}

function parseConfig(env: Env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;
  validateTimezone(e.HANDOFF_TIMEZONE);
  return {
    contentDir: e.CONTENT_DIR,
    knowledgeDir: e.KNOWLEDGE_DIR,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databasePath: e.DATABASE_PATH,
    watchContent: e.WATCH_CONTENT,
    handoff: {
      remindMinutes: e.HANDOFF_REMIND_MINUTES,
      escalateMinutes: e.HANDOFF_ESCALATE_MINUTES,
      timezone: e.HANDOFF_TIMEZONE,
    },
    retentionDays: e.RETENTION_DAYS,
    slack: slackConfig(e),
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          apiUrl: e.DISCORD_API_URL ?? null,
          handoffChannelId: e.DISCORD_HANDOFF_CHANNEL_ID ?? null,
          staffRoleIds: e.DISCORD_STAFF_ROLE_IDS,
          guildId: e.DISCORD_GUILD_ID ?? null,
        }
      : null,
  };
}

function slackConfig(e: z.infer<typeof envSchema>): SlackConfig | null {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      throw new ConfigError('SLACK_BOT_TOKEN', 'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set');
    }
    return null;
  }
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) next to SLACK_BOT_TOKEN',
    );
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN ?? null,
    signingSecret: e.SLACK_SIGNING_SECRET ?? null,
    apiUrl: e.SLACK_API_URL ? withTrailingSlash(e.SLACK_API_URL) : null,
    handoffChannel: e.SLACK_HANDOFF_CHANNEL ?? null,
    staffUserIds: e.SLACK_STAFF_USER_IDS,
    staffUsergroup: e.SLACK_STAFF_USERGROUP ?? null,
    command: e.SLACK_COMMAND,
  };
}

function validateTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw new ConfigError('HANDOFF_TIMEZONE', `"${timezone}" is not an IANA time zone (e.g. Europe/Oslo)`);
  }
}

function blankToUndefined(env: Env): Env {
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value?.trim() === '' ? undefined : value]));
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
