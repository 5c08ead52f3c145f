/**
 * `npm run cli -- discord register [--global | --guild ID] [--dry-run]`:
 * registers the `/jobs` slash command and its sub-commands (ask, postings,
 * forget; for staff show, handoffs, gaps, reload). In DISCORD_GUILD_ID (or
 * --guild) it is usable at once; --global (or no guild configured) registers
 * it for every server the bot is in.
 */
import { parseArgs } from 'node:util';
import { REST, Routes, type RESTGetAPIOAuth2CurrentApplicationResult, type RESTGetAPIUserResult } from 'discord.js';
import { commandDefinitions } from '../../adapters/discord/commands.js';
import { loadConfig } from '../config.js';
import { ConfigError, UsageError, describe } from '../errors.js';

export interface DiscordRegisterIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment to read; the process's by default (through the config module). */
  env?: Record<string, string | undefined>;
}

export async function runDiscordRegister(args: string[], io: DiscordRegisterIO): Promise<number> {
  const values = parseOptions(args);
  const config = (io.env ? loadConfig(io.env) : loadConfig()).discord;
  if (!config) throw new ConfigError('DISCORD_TOKEN', 'is required to register slash commands');
  const commands = commandDefinitions();
  const guildId = values.global ? null : (values.guild ?? config.guildId);
  if (values['dry-run']) {
    io.stdout(`${JSON.stringify(commands, null, 2)}\n`);
    return 0;
  }
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

function parseOptions(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: { global: { type: 'boolean', default: false }, guild: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    });
    if (values.global && values.guild) throw new UsageError('use --global or --guild, not both');
    if (values.guild !== undefined && !/^\d+$/.test(values.guild)) throw new UsageError('--guild must be a guild id (digits)');
    return values;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`discord register [--global | --guild ID] [--dry-run]: ${describe(error)}`);
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
