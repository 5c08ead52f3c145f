/**
 * `npm run cli -- discord register [--global | --guild ID] [--dry-run]`:
 * registers the `/jobs` slash command and its sub-commands (ask, postings,
 * forget; for staff show, handoffs, gaps, reload). In DISCORD_GUILD_ID (or
 * --guild) it is usable at once; --global (or no guild configured) registers
 * it for every server the bot is in.
 */
import { REST, Routes, type RESTGetAPIOAuth2CurrentApplicationResult, type RESTGetAPIUserResult } from 'discord.js';
import { commandDefinitions } from '../../adapters/discord/commands.js';
import { loadConfig, type EnvFile } from '../config.js';
import { ConfigError, describe } from '../errors.js';
import { parseCommandLine, usageError } from './args.js';
import { DISCORD_REGISTER } from './specs.js';

export interface DiscordRegisterIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment to read; the process's by default (through the config module). */
  env?: Record<string, string | undefined>;
  /** The `.env` already read into the environment, so an error about one of its values can say so. */
  envFile?: EnvFile;
}

export async function runDiscordRegister(args: string[], io: DiscordRegisterIO): Promise<number> {
  const parsed = parseCommandLine(DISCORD_REGISTER, args);
  if ('help' in parsed) {
    io.stdout(parsed.help);
    return 0;
  }
  const values = parsed.values;
  if (values.global && values.guild !== undefined) throw usageError(DISCORD_REGISTER, 'use --global or --guild, not both');
  if (values.guild !== undefined && !/^\d+$/.test(values.guild)) throw usageError(DISCORD_REGISTER, '--guild must be a guild id (digits)');
  const commands = commandDefinitions();
  // The definitions depend on nothing configured: a dry run needs no token and reads no environment.
  if (values['dry-run']) {
    io.stdout(`${JSON.stringify(commands, null, 2)}\n`);
    return 0;
  }
  const config = (io.env ? loadConfig(io.env, io.envFile) : loadConfig(undefined, io.envFile)).discord;
  if (!config) throw new ConfigError('DISCORD_TOKEN', 'is required to register slash commands (--dry-run prints them without one)');
  const guildId = values.global ? null : (values.guild ?? config.guildId);
  const rest = new REST({ version: '10', retries: 3, timeout: 15_000, ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  try {
    const applicationId = await applicationIdOf(rest);
    const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
    const registered = (await rest.put(route, { body: commands })) as { name: string; options?: { name: string; type: number }[] }[];
    const names = registered.map(describeCommand).join(', ');
    io.stdout(`Registered ${names} for application ${applicationId} ${guildId ? `in guild ${guildId}` : 'globally'}.\n`);
    return 0;
  } catch (error) {
    io.stderr(`discord register failed: ${describe(error)}\n`);
    return 1;
  }
}

/** `/jobs (ask, postings, ...)`: the command with its sub-commands (option type 1). */
function describeCommand(command: { name: string; options?: { name: string; type: number }[] }): string {
  const subs = (command.options ?? []).filter((option) => option.type === 1).map((option) => option.name);
  return subs.length ? `/${command.name} (${subs.join(', ')})` : `/${command.name}`;
}

/** The application id: from the application itself, else the bot user (the same id for bot applications). */
async function applicationIdOf(rest: REST): Promise<string> {
  try {
    return ((await rest.get(Routes.oauth2CurrentApplication())) as RESTGetAPIOAuth2CurrentApplicationResult).id;
  } catch {
    return ((await rest.get(Routes.user('@me'))) as RESTGetAPIUserResult).id;
  }
}
