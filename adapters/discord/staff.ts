/** Staff are members holding any of the configured roles; everyone else, and every DM, is a candidate. */
import { GuildMember, type APIInteractionGuildMember } from 'discord.js';
import type { Audience } from '../../src/engine/types.js';

export function audienceOf(
  member: GuildMember | APIInteractionGuildMember | null | undefined,
  staffRoleIds: readonly string[],
): Audience {
  if (!member || staffRoleIds.length === 0) return 'candidate';
  const roles = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  return roles.some((role) => staffRoleIds.includes(role)) ? 'staff' : 'candidate';
}
