/**
 * A handoff as a Slack message: the card the recruiter gets in the handoff
 * channel (or their DM), the short reminder and escalation posted in its
 * thread, the note that replaces it when the candidate asks to be forgotten,
 * and the relayed answer the candidate sees. Pure functions; everything that
 * did not come from Candor (questions, names, titles) is escaped, and a
 * question's Slack markup is flattened first, so no mention in it is live.
 */
import type { Handoff, HandoffButton, HandoffCard, PingKind, Recruiter } from '../../src/index.js';
import { escape, isUserId, link, mention, plainText, quote, truncate } from './escape.js';
import { sections, type Block, type SlackMessage } from './render.js';

/** The buttons' action ids; each button's value is the handoff id. */
export const HANDOFF_ACTIONS: Record<HandoffButton, string> = {
  claim: 'handoff_claim',
  dismiss: 'handoff_dismiss',
  teach: 'handoff_teach',
};

/** Where the candidate asked, as the card names it. */
export type AskedIn = { kind: 'thread'; permalink: string } | { kind: 'direct' } | { kind: 'command'; channel: string };

export interface CardOptions {
  /** What this message is: the first ping, or a reminder or escalation. */
  kind: PingKind;
  /** full: the whole card (a top-level ping); compact: a line and the buttons (a reply in the ping's thread). */
  layout: 'full' | 'compact';
  /** Who this message is for, when known (mentioned by Slack id, else named). */
  recruiter: Recruiter | null;
  askedIn: AskedIn;
}

const QUESTION_MAX = 1_500;
const MAX_GUESSES = 5;

export function renderHandoffCard(card: HandoffCard, options: CardOptions): SlackMessage {
  const { handoff } = card;
  const who = options.recruiter ? recruiterLabel(options.recruiter) : null;
  const header = headline(options.kind, who, card.waitingMinutes);
  const status = statusLine(handoff, card.waitingMinutes);
  const help = hint(handoff, card.buttons);
  const body =
    options.layout === 'compact'
      ? `${header}\n*Status:* ${status}`
      : [
          header,
          questionsText(card.questions),
          [
            `*Candidate:* ${mention(handoff.candidateId)}`,
            `*Posting:* ${card.posting ? escape(card.posting.title) + (card.posting.draft ? ' (draft)' : '') : '_not sure which posting_'}`,
            `*Asked in:* ${askedInText(options.askedIn)}`,
          ].join('\n'),
          `*Candor's best guesses* (confidence ${percent(handoff.confidence)})\n${guessesText(handoff)}`,
          `*Status:* ${status}`,
        ].join('\n\n');
  const blocks: Block[] = [...sections(body)];
  if (help) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${help} · Handoff \`${escape(handoff.id)}\`` }] });
  if (card.buttons.length > 0) blocks.push(buttons(handoff, card.buttons));
  const question = escape(truncate(plainText(handoff.question).replace(/\s+/g, ' ').trim(), 300));
  return { text: `${header} "${question}" (${statusPlain(handoff)})`, blocks };
}

/** What replaces every ping of a handoff whose candidate asked to be forgotten. */
export function renderForgotten(handoff: Handoff): SlackMessage {
  const text = `The candidate asked Candor to forget them: this handoff (\`${escape(handoff.id)}\`) and their question were deleted. Nothing more to do here.`;
  return { text, blocks: sections(text) };
}

/** A recruiter's answer as the candidate sees it, attributed to them. `text` is plain text. */
export function renderRelay(message: { recruiterName: string; text: string }): SlackMessage {
  const text = `*${escape(message.recruiterName)}* (recruiter) answered:\n${quote(message.text)}`;
  return { text, blocks: sections(text) };
}

export function recruiterLabel(recruiter: Recruiter): string {
  return recruiter.slackUserId && isUserId(recruiter.slackUserId) ? mention(recruiter.slackUserId) : escape(recruiter.name);
}

function headline(kind: PingKind, who: string | null, waitingMinutes: number): string {
  const waited = formatWait(waitingMinutes);
  switch (kind) {
    case 'first':
      return who ? `${who}: a candidate's question needs a person.` : "A candidate's question needs a person.";
    case 'reminder':
      return `${who ? `${who}: reminder` : 'Reminder'}: this question is still waiting for someone (${waited} of working time).`;
    case 'escalation':
      return `${who ? `${who}: escalated to you` : 'Escalated'}: nobody claimed this question in ${waited} of working time.`;
  }
}

function questionsText(questions: string[]): string {
  const [first = '', ...more] = questions;
  const lines = [`*Question*\n${quote(truncate(plainText(first), QUESTION_MAX))}`];
  if (more.length > 0) {
    lines.push(`*Also asked since*\n${more.map((q) => quote(truncate(plainText(q), QUESTION_MAX / 2))).join('\n')}`);
  }
  return lines.join('\n');
}

function guessesText(handoff: Handoff): string {
  if (handoff.guesses.length === 0) return '• none';
  return handoff.guesses
    .slice(0, MAX_GUESSES)
    .map((guess) => {
      const about = [guess.posting ? escape(guess.posting.title) : 'no posting', guess.topic ? escape(guess.topic) : 'no topic'].join(' / ');
      const line = `• ${about}: ${percent(guess.confidence)}`;
      // An answer the candidate found unhelpful: what Candor quoted, and the note saying so.
      const quoted = guess.quote ? `\n${quote(truncate(guess.quote.text, QUESTION_MAX))}` : '';
      return guess.note ? `${line}, _${escape(guess.note)}_${quoted}` : `${line}${quoted}`;
    })
    .join('\n');
}

function askedInText(askedIn: AskedIn): string {
  switch (askedIn.kind) {
    case 'thread':
      return link(askedIn.permalink, "the candidate's thread");
    case 'direct':
      return 'a direct message with Candor (your reply is relayed there)';
    case 'command':
      return `privately, with the slash command${/^[CG][A-Z0-9]+$/.test(askedIn.channel) ? ` in <#${askedIn.channel}>` : ''} (your reply reaches them as a direct message from Candor)`;
  }
}

function statusLine(handoff: Handoff, waitingMinutes: number): string {
  switch (handoff.state) {
    case 'open': {
      const flag = handoff.escalatedAt !== null ? ', escalated' : handoff.remindedAt !== null ? ', reminded' : '';
      return `:large_yellow_circle: Open, waiting ${formatWait(waitingMinutes)} of working time${flag}`;
    }
    case 'claimed':
      return `:large_blue_circle: Claimed by ${who(handoff.claimedBy)}`;
    case 'answered':
      return `:white_check_mark: Answered by ${who(handoff.answeredBy)}, relayed to the candidate${handoff.taughtAt !== null ? '; saved as an answer' : ''}`;
    case 'dismissed':
      return `:no_entry_sign: Dismissed by ${who(handoff.dismissedBy)}`;
  }
}

function statusPlain(handoff: Handoff): string {
  switch (handoff.state) {
    case 'open':
      return 'open';
    case 'claimed':
      return `claimed by ${who(handoff.claimedBy)}`;
    case 'answered':
      return `answered by ${who(handoff.answeredBy)}`;
    case 'dismissed':
      return `dismissed by ${who(handoff.dismissedBy)}`;
  }
}

function hint(handoff: Handoff, shown: HandoffButton[]): string | null {
  if (handoff.state === 'open' || handoff.state === 'claimed') {
    return 'Reply in this thread to answer: Candor relays your reply to the candidate, attributed to you';
  }
  if (shown.includes('teach')) return '*Save as answer* adds the reply to knowledge/answers for review in git, so Candor answers it next time';
  return null;
}

function buttons(handoff: Handoff, shown: HandoffButton[]): Block {
  const label: Record<HandoffButton, string> = { claim: 'Claim', dismiss: 'Dismiss', teach: 'Save as answer' };
  return {
    type: 'actions',
    block_id: 'handoff',
    elements: shown.map((button) => ({
      type: 'button' as const,
      action_id: HANDOFF_ACTIONS[button],
      text: { type: 'plain_text' as const, text: label[button] },
      value: handoff.id,
      ...(button === 'claim' || button === 'teach' ? { style: 'primary' as const } : {}),
    })),
  };
}

function who(userId: string | null): string {
  return userId ? mention(userId) : 'someone';
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export function formatWait(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const hours = Math.floor(whole / 60);
  return hours > 0 ? `${hours} h ${whole % 60} min` : `${whole} min`;
}
