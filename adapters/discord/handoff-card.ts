/**
 * A handoff as a Discord message: the content line that mentions the
 * recruiter, the embed with the question, candidate, posting, guesses and
 * state, the buttons its state allows, the name of the ping's thread and the
 * note that replaces it when the candidate asks to be forgotten. Pure
 * functions; text a candidate wrote is defused before it is shown.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { age, whoOf, type Handoff, type HandoffButton, type HandoffCard, type Recruiter, type StoredPing } from '../../src/index.js';
import { blockquote } from './render.js';
import { defuseMentions, defuseUserText, truncate, userIdOf } from './safety.js';

export const LIMIT = { content: 2000, title: 256, description: 4096, fieldValue: 1024, footer: 2048, threadName: 100 };
export const NOBODY: APIAllowedMentions = { parse: [], replied_user: false };
/** A quoted answer leaves room in the guesses field for the guess line itself. */
const QUOTE_MAX = 700;
const COLOR: Record<Handoff['state'], number> = { open: 0xd97706, claimed: 0x2563eb, answered: 0x059669, dismissed: 0x64748b };

/** The buttons' custom id prefixes; the handoff id follows. */
export const HANDOFF_IDS: Record<HandoffButton, string> = { claim: 'handoff_claim:', dismiss: 'handoff_dismiss:', teach: 'handoff_teach:' };

export const FORGOTTEN_NOTE = 'This handoff was deleted: the candidate asked Candor to forget them.';

/** The channel and message of a Discord message link; null without one (a question asked privately with /jobs has none). */
export function messageOf(permalink: string | null): { channelId: string; messageId: string } | null {
  const match = permalink?.match(/\/channels\/(?:@me|\d+)\/(\d+)\/(\d+)$/);
  return match ? { channelId: match[1]!, messageId: match[2]! } : null;
}

function who(recruiter: Recruiter): string {
  const id = userIdOf(recruiter.discordUserId);
  return id ? `<@${id}>` : defuseMentions(whoOf(recruiter));
}

export function mentionOf(recruiter: Recruiter): APIAllowedMentions {
  const id = userIdOf(recruiter.discordUserId);
  return id ? { parse: [], users: [id], replied_user: false } : NOBODY;
}

/** The ping's content line: the recruiter's mention and why they are asked now. */
export function pingHeader(card: HandoffCard): string {
  const waited = age(card.waitingMinutes * 60_000);
  switch (card.kind) {
    case 'reminder':
      return `${who(card.recruiter)} reminder: this candidate's question has waited ${waited} of working time and nobody has claimed it.`;
    case 'escalation':
      return `${who(card.recruiter)} escalated to you: nobody has claimed this candidate's question after ${waited} of working time.`;
    default:
      return `${who(card.recruiter)} a candidate's question needs you.`;
  }
}

/** The card (embed) and its buttons, without content. */
export function renderPing(
  card: HandoffCard,
  kind: StoredPing['kind'],
  dm: boolean,
): { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const { handoff } = card;
  const posting = card.posting ? defuseMentions(card.posting.title) : 'not identified';
  const fields: APIEmbedField[] = [
    { name: 'Candidate', value: userIdOf(handoff.candidateId) ? `<@${handoff.candidateId}>` : 'unknown', inline: true },
    { name: 'Posting', value: truncate(posting, LIMIT.fieldValue), inline: true },
    { name: 'Topic', value: truncate(handoff.topic ?? 'not identified', LIMIT.fieldValue), inline: true },
    { name: 'Best guesses', value: truncate(guesses(handoff, card.posting), LIMIT.fieldValue) },
    { name: 'Where', value: where(handoff) },
    { name: 'State', value: truncate(state(card), LIMIT.fieldValue) },
  ];
  const howToAnswer = dm
    ? 'Reply to this message (Reply) to answer'
    : kind === 'first'
      ? 'Reply in this thread to answer'
      : 'Reply in the thread on the first ping to answer';
  return {
    embeds: [
      {
        title: 'Question handed off',
        color: COLOR[handoff.state],
        description: truncate(questions(card.questions), LIMIT.description),
        fields,
        footer: { text: truncate(`Handoff ${handoff.id} · ${howToAnswer}: Candor relays it to the candidate.`, LIMIT.footer) },
      },
    ],
    components: buttons(handoff.id, card.buttons),
  };
}

function buttons(id: string, which: HandoffButton[]): APIActionRowComponent<APIButtonComponent>[] {
  if (which.length === 0) return [];
  const button = {
    claim: { style: ButtonStyle.Success, label: 'Claim' },
    dismiss: { style: ButtonStyle.Secondary, label: 'Dismiss' },
    teach: { style: ButtonStyle.Primary, label: 'Save as answer' },
  } as const;
  return [
    {
      type: ComponentType.ActionRow,
      components: which.map((kind) => ({
        type: ComponentType.Button,
        style: button[kind].style,
        label: button[kind].label,
        custom_id: truncate(`${HANDOFF_IDS[kind]}${id}`, 100),
      })),
    },
  ];
}

function questions(list: string[]): string {
  const [first = '', ...more] = list.map((question) => blockquote(defuseUserText(question)));
  return more.length === 0 ? first : [first, '**Asked since:**', ...more].join('\n');
}

/** The engine's guesses with their confidence; without any, what it settled on and how sure it was. */
function guesses(handoff: Handoff, posting: HandoffCard['posting']): string {
  const line = (title: string | null, topic: string | null, confidence: number) =>
    `• ${[title ? defuseMentions(title) : 'no posting', topic].filter(Boolean).join(' / ')}: ${Math.round(confidence * 100)}%`;
  if (handoff.guesses.length > 0) {
    return handoff.guesses
      .slice(0, 5)
      .map((guess) => {
        // An answer the candidate found unhelpful: the note saying so, and what Candor quoted.
        const note = guess.note ? `, *${guess.note}*` : '';
        const quoted = guess.quote ? `\n${blockquote(defuseMentions(truncate(guess.quote.text, QUOTE_MAX)))}` : '';
        return `${line(guess.posting?.title ?? null, guess.topic, guess.confidence)}${note}${quoted}`;
      })
      .join('\n');
  }
  if (!posting && !handoff.topic) return 'none';
  return line(posting?.title ?? null, handoff.topic, handoff.confidence);
}

function where(handoff: Handoff): string {
  if (handoff.conversation.isDirect) {
    return handoff.permalink ? `[Jump to the question](${handoff.permalink}) (a DM with Candor)` : 'A DM with Candor';
  }
  if (!messageOf(handoff.permalink)) return 'Asked privately (/jobs); the answer goes to the candidate by DM';
  return `[Jump to the question](${handoff.permalink})`;
}

function state(card: HandoffCard): string {
  const { handoff } = card;
  const person = (id: string | null) => (userIdOf(id) ? `<@${id}>` : (id ?? 'someone'));
  switch (handoff.state) {
    case 'open': {
      const flag = handoff.escalatedAt !== null ? ', escalated' : handoff.remindedAt !== null ? ', reminded' : '';
      return `Open: waiting ${age(card.waitingMinutes * 60_000)} of working time${flag}`;
    }
    case 'claimed':
      return `Claimed by ${person(handoff.claimedBy)}`;
    case 'answered':
      return `Answered by ${person(handoff.answeredBy)}${handoff.taughtAt !== null ? ' · saved as an answer' : ''}`;
    case 'dismissed':
      return `Dismissed by ${person(handoff.dismissedBy)}`;
  }
}

export function threadName(card: HandoffCard): string {
  return truncate(`Handoff ${card.handoff.id}${card.posting ? ` · ${card.posting.title}` : ''}`, LIMIT.threadName);
}
