/**
 * Which platforms `npm start` runs, and the variables that decided it, for
 * the first log line: a token left in the wrong place (or a `.env` not where
 * it was expected) shows there instead of as a silent terminal chat.
 */
import type { Config, EnvFile } from '../config.js';
import type { Logger } from '../log.js';

export type Platform = 'slack' | 'discord' | 'terminal';

export interface StartPlan {
  platforms: Platform[];
  slackMode: 'socket' | 'http' | null;
  /** The variables that made each platform start, and where each was set; names only, never values. */
  variables: Record<string, 'environment' | '.env'>;
  envFile: string | null;
  /** Settings that were given but do nothing in this plan. */
  warnings: string[];
  /** One sentence: what starts, and because of what. */
  summary: string;
}

export function startPlan(config: Config, envFile: EnvFile): StartPlan {
  const source = (name: string) => (envFile.variables.includes(name) ? '.env' : 'environment') as 'environment' | '.env';
  const platforms: Platform[] = [];
  const parts: string[] = [];
  const names: string[] = [];
  const warnings: string[] = [];
  const slack = config.slack;
  const slackMode = slack ? (slack.appToken ? 'socket' : 'http') : null;
  if (slack) {
    platforms.push('slack');
    parts.push(slack.appToken ? 'Slack in Socket Mode' : `Slack in HTTP mode on port ${config.port}`);
    names.push('SLACK_BOT_TOKEN', slack.appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET');
    // Both are accepted so one config can switch modes; which one runs must still be visible.
    if (slack.appToken && slack.signingSecret) warnings.push('SLACK_SIGNING_SECRET is set but unused: SLACK_APP_TOKEN is set too, and Socket Mode wins');
  }
  if (config.discord) {
    platforms.push('discord');
    parts.push('Discord');
    names.push('DISCORD_TOKEN');
  }
  const where = envFile.path ? `in the environment or ${envFile.path}` : 'in the environment (and there is no .env in the working directory)';
  let summary: string;
  if (platforms.length === 0) {
    platforms.push('terminal');
    summary = `starting the terminal chat: neither SLACK_BOT_TOKEN nor DISCORD_TOKEN is set ${where}`;
  } else {
    const fromFile = names.filter((name) => source(name) === '.env');
    const set = `${list(names)} ${names.length === 1 ? 'is' : 'are'} set`;
    const origin =
      fromFile.length === 0 ? 'in the environment' : fromFile.length === names.length ? `in ${envFile.path}` : `(${list(fromFile)} in ${envFile.path}, the rest in the environment)`;
    summary = `starting ${parts.join(' and ')}: ${set} ${origin}`;
  }
  return { platforms, slackMode, variables: Object.fromEntries(names.map((name) => [name, source(name)])), envFile: envFile.path, warnings, summary };
}

export function logStartPlan(logger: Logger, plan: StartPlan, dryRun: boolean): void {
  const { summary, warnings, ...fields } = plan;
  // Above a terminal chat the sentence alone: a pretty-printed field list would push the greeting off screen.
  const chat = plan.platforms.includes('terminal') && !dryRun;
  logger.info(chat ? {} : { ...fields, dryRun }, dryRun ? summary.replace(/^starting/, 'would start') : summary);
  for (const warning of warnings) logger.warn(warning);
}

/** `--staff` only means something to the terminal chat; elsewhere staff come from the platform's ids. */
export function staffFlagWarning(plan: StartPlan, staff: boolean): string | null {
  if (!staff || plan.platforms.includes('terminal')) return null;
  return '--staff is for the terminal chat and is ignored here: in Slack and Discord, staff are SLACK_STAFF_USER_IDS, SLACK_STAFF_USERGROUP and DISCORD_STAFF_ROLE_IDS';
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
