/** Staff are members holding any of the configured roles; everyone else is a candidate. */
import { GuildMember, type APIInteractionGuildMember, type Client } from 'discord.js';
import type { Audience, DiscordConfig } from '../../src/index.js';

export function audienceOf(
  member: GuildMember | APIInteractionGuildMember | null | undefined,
  staffRoleIds: readonly string[],
): Audience {
  if (!member || staffRoleIds.length === 0) return 'candidate';
  const roles = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  return roles.some((role) => staffRoleIds.includes(role)) ? 'staff' : 'candidate';
}

/**
 * Whether a user is staff where no member comes with the event (a DM): their
 * roles in DISCORD_GUILD_ID. Without a configured guild, or when they are not
 * a member, they are a candidate. Questions in a DM are always a candidate's;
 * this is only for acting on a handoff pinged by DM.
 */
export async function staffAudienceOf(client: Client, config: DiscordConfig, userId: string): Promise<Audience> {
  if (!config.guildId || config.staffRoleIds.length === 0) return 'candidate';
  try {
    const guild = client.guilds.cache.get(config.guildId) ?? (await client.guilds.fetch(config.guildId));
    return audienceOf(await guild.members.fetch(userId), config.staffRoleIds);
  } catch {
    return 'candidate';
  }
}
