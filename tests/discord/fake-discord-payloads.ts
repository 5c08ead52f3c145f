/** INTERACTION_CREATE payloads for the local Discord (fake-discord.ts): a `/jobs` command and a button click, from the recorded fixtures. */
import { IDS, USERS, fixture, type CommandOption, type Json, type UserName } from './fake-discord-data.js';

export interface SlashOptions {
  sub: string;
  question?: string;
  options?: CommandOption[];
  user?: UserName;
  channelId?: string;
}

export interface ClickOptions {
  message: Json;
  customId: string;
  user?: UserName;
}

interface Made {
  id: string;
  token: string;
  channelId: string;
  /** The channel as the fake knows it; undefined for a DM. */
  channel: Json | undefined;
}

export function commandInteraction(options: SlashOptions, made: Made): Json {
  const interaction = from('interaction-create-command', made);
  interaction.channel = { ...interaction.channel, ...made.channel, id: made.channelId };
  asMember(interaction, options.user);
  const subOptions = options.sub === 'ask' ? [{ type: 3, name: 'question', value: options.question ?? '' }] : (options.options ?? []);
  interaction.data.options = [{ type: 1, name: options.sub, ...(subOptions.length ? { options: subOptions } : {}) }];
  return interaction;
}

export function buttonInteraction(options: ClickOptions, made: Made): Json {
  const user = USERS[options.user ?? 'alice'];
  const interaction = from('interaction-create-button', made);
  interaction.message = options.message;
  interaction.data = { ...interaction.data, custom_id: options.customId };
  if (made.channel) {
    interaction.channel = { ...made.channel, permissions: interaction.channel.permissions };
    asMember(interaction, options.user);
    return interaction;
  }
  // A DM: no guild, the user instead of a member.
  delete interaction.guild_id;
  delete interaction.guild;
  delete interaction.member;
  interaction.user = { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name, avatar: null };
  interaction.channel = { id: made.channelId, type: 1, last_message_id: null, flags: 0, recipients: [interaction.user] };
  interaction.context = 1;
  interaction.authorizing_integration_owners = { '0': IDS.guild };
  return interaction;
}

/** The recorded payload `name`, as this interaction (its id, token and channel). */
function from(name: string, made: Made): Json {
  const interaction = fixture(name);
  interaction.id = made.id;
  interaction.token = made.token;
  interaction.channel_id = made.channelId;
  return interaction;
}

/** Sent by a guild member: the user, with their roles. */
function asMember(interaction: Json, name: UserName = 'alice'): void {
  const user = USERS[name];
  interaction.member.user = { ...interaction.member.user, id: user.id, username: user.username, global_name: user.global_name };
  interaction.member.roles = user.roles;
}
