/**
 * A Reply or Notice as a Discord message: an embed with the posting's title
 * linked, the answer, the sections it quotes; an Apply link button; clarify
 * choices as buttons. Every payload carries an allowedMentions that parses
 * nothing, and text that may echo a user is defused.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  type MessageMentionOptions,
} from 'discord.js';
import { phrase, type AnswerWithFeedback, type Outgoing, type Reply } from '../../src/index.js';
import type { ChoiceStore } from './choices.js';
import { feedbackRow } from './feedback.js';
import { NO_MENTIONS, defuseMentions, truncate } from './safety.js';

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
  /** With enforceNonce, Discord creates one message per nonce: a retried send returns the first instead of posting again. */
  nonce?: string;
  enforceNonce?: boolean;
}

export interface RenderContext {
  /** The question being answered, for the clarify buttons to carry. */
  question: string;
  choices: ChoiceStore;
}

const LIMIT = { content: 2000, title: 256, description: 4096, fieldValue: 1024, label: 80, buttons: 25, perRow: 5 };
const COLOR: Record<Reply['kind'], number> = { answer: 0x2563eb, clarify: 0x64748b, handoff: 0xd97706, help: 0x059669 };

export function renderOutgoing(outgoing: Outgoing, context: RenderContext): MessagePayload {
  if (outgoing.kind === 'notice') return renderNotice(outgoing.text);
  return renderReply(outgoing, context);
}

function renderNotice(text: string): MessagePayload {
  const safe = defuseMentions(text);
  if (safe.length <= LIMIT.content) return { content: safe, embeds: [], components: [], allowedMentions: NO_MENTIONS };
  return {
    embeds: [{ description: truncate(safe, LIMIT.description) }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

function renderReply(reply: AnswerWithFeedback, context: RenderContext): MessagePayload {
  const embed: APIEmbed = { color: COLOR[reply.kind], description: truncate(describe(reply), LIMIT.description) };
  if (reply.posting) {
    const draft = reply.posting.draft ? ` (${phrase(reply.language, 'draft')})` : '';
    embed.title = truncate(`${reply.posting.title}${draft}`, LIMIT.title);
    const url = postingUrl(reply);
    if (url) embed.url = url;
  }
  const fields = [sectionsField(reply), applyField(reply)].filter((field): field is APIEmbedField => field !== null);
  if (fields.length > 0) embed.fields = fields;
  return { embeds: [embed], components: components(reply, context), allowedMentions: NO_MENTIONS };
}

/**
 * An answer quoting the posting shows the passages themselves (the title,
 * section and link are in the embed); its plain `text` repeats them for
 * platforms without embeds. Anything else (clarify, handoff, help, an
 * answer without quotes) shows the text.
 */
function describe(reply: Reply): string {
  const structured = reply.kind === 'answer' && reply.quotes.length > 0 && reply.quotes.every((quote) => reply.text.includes(quote.text));
  if (!structured) return defuseMentions(reply.text);
  return defuseMentions(reply.quotes.map((quote) => blockquote(quote.text)).join('\n\n'));
}

/** Markdown block quote: every line of `text` quoted. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** "From: [About the team](…#about-the-team)" for each section quoted. */
function sectionsField(reply: Reply): APIEmbedField | null {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const quote of reply.quotes) {
    if (!quote.section || seen.has(quote.url + quote.section)) continue;
    seen.add(quote.url + quote.section);
    const url = httpUrl(quote.url);
    const label = escapeLinkLabel(quote.section);
    links.push(url ? `[${label}](${url.replace(/\)/g, '%29')})` : label);
  }
  if (links.length === 0) return null;
  return { name: phrase(reply.language, 'from'), value: truncate(links.join(' · '), LIMIT.fieldValue) };
}

/** An apply address a link button cannot carry (mailto:) is shown as text instead. */
function applyField(reply: Reply): APIEmbedField | null {
  if (!reply.applyUrl || httpUrl(reply.applyUrl)) return null;
  return { name: phrase(reply.language, 'apply'), value: truncate(reply.applyUrl.replace(/^mailto:/i, ''), LIMIT.fieldValue) };
}

function components(reply: AnswerWithFeedback, context: RenderContext): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  if (reply.kind === 'clarify') {
    for (const choice of reply.choices.slice(0, LIMIT.buttons)) {
      const draft = choice.draft ? ` (${phrase(reply.language, 'draft')})` : '';
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: truncate(`${choice.title}${draft}`, LIMIT.label),
        custom_id: context.choices.customId({ postingId: choice.id, question: context.question }),
      });
    }
  }
  const apply = reply.applyUrl ? httpUrl(reply.applyUrl) : null;
  if (apply && reply.kind !== 'clarify') {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: phrase(reply.language, 'apply'), url: apply });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let start = 0; start < buttons.length; start += LIMIT.perRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + LIMIT.perRow) });
  }
  // A row of its own, so a click can replace it and leave the Apply link.
  if (reply.kind === 'answer' && reply.questionId) rows.push(feedbackRow(reply.questionId, reply.language));
  return rows;
}

/** The posting page: a quoted section's link without its #anchor. */
function postingUrl(reply: Reply): string | null {
  const candidate = reply.quotes[0]?.url ?? reply.sources[0]?.url;
  const url = candidate ? httpUrl(candidate) : null;
  return url ? url.replace(/#.*$/, '') : null;
}

/** The URL when it is http(s), which is all an embed or a link button accepts; else null. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function escapeLinkLabel(text: string): string {
  return defuseMentions(text).replace(/[[\]]/g, '\\$&');
}
