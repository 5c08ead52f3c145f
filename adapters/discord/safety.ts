/**
 * Mentions are opt-in. Every send passes an explicit allowedMentions that
 * parses nothing, and user-derived text is defused before it is shown, so a
 * question can never make Candor ping @everyone, @here, a role or a person.
 * The one exception is the recruiter a handoff pings, named by id.
 */
import type { MessageMentionOptions } from 'discord.js';

const ZWSP = '\u200b';

/** Nobody is mentioned, not even the author of the message replied to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

/** Only this user is mentioned. */
export function onlyUser(userId: string): MessageMentionOptions {
  return { parse: [], users: [userId], repliedUser: false };
}

/** Text a user wrote: every `@` is followed by a zero-width space, so no mention survives. */
export function defuseUserText(text: string): string {
  return text.replace(/@/g, `@${ZWSP}`);
}

/**
 * Text of Candor's own that may quote a user (a clarify echoing the
 * question): mention syntax is broken, e-mail addresses are left alone.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=(everyone|here)\b)/gi, `@${ZWSP}`)
    .replace(/<@([!&]?\d+)>/g, `<@${ZWSP}$1>`)
    .replace(/<#(\d+)>/g, `<#${ZWSP}$1>`);
}

/** The id when it is a Discord user id (a snowflake), else null: only a real one is ever written as a mention. */
export function userIdOf(id: string | null | undefined): string | null {
  return id && /^\d{15,21}$/.test(id) ? id : null;
}

/** Cut to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
