/**
 * Outgoing (Reply | Notice) to a Slack message: Block Kit for people, and a
 * `text` fallback (notifications, screen readers) that says the same. Every
 * text that is not Candor's own markup is escaped first; links, quotes and
 * buttons are added around the escaped text.
 */
import type { types } from '@slack/bolt';
import { phrase, type AnswerWithFeedback, type Outgoing, type Quote, type Reply } from '../../src/index.js';
import { escape, link, quote, truncate } from './escape.js';
import { feedbackBlock } from './feedback.js';

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Action ids of clarify buttons: `choose_posting_0`, `choose_posting_1`, … (unique within a message). */
export const CHOOSE_ACTION = /^choose_posting_\d+$/;

/** What a clarify button carries back: the question and the posting picked. */
export interface ClarifyChoice {
  question: string;
  postingId: string;
}

const SECTION_MAX = 3_000;
const BUTTON_TEXT_MAX = 75;
const BUTTON_VALUE_MAX = 2_000;
const URL_MAX = 3_000;
const QUESTION_IN_VALUE_MAX = 1_500;
const MAX_QUOTES = 5;
const MAX_CHOICES = 25;

/** `question` is the text the reply answers: clarify buttons carry it back. */
export function renderOutgoing(outgoing: Outgoing, question: string): SlackMessage {
  if (outgoing.kind === 'notice') return { text: escape(outgoing.text), blocks: sections(escape(outgoing.text)) };
  switch (outgoing.kind) {
    case 'answer':
      return renderAnswer(outgoing);
    case 'clarify':
      return renderClarify(outgoing, question);
    case 'handoff':
    case 'help':
      return { text: escape(outgoing.text), blocks: sections(escape(outgoing.text)) };
  }
}

function renderAnswer(reply: AnswerWithFeedback): SlackMessage {
  const quotes = reply.quotes.slice(0, MAX_QUOTES);
  const blocks: Block[] = quotes.length === 0 ? sections(escape(reply.text)) : quotes.flatMap((q) => quoteBlocks(reply, q));
  let text = escape(reply.text);
  if (reply.applyUrl) {
    const label = phrase(reply.language, 'apply');
    blocks.push(applyBlock(reply.applyUrl, label));
    if (!reply.text.includes(reply.applyUrl)) text += `\n${escape(label)}: ${escape(reply.applyUrl)}`;
  }
  if (reply.questionId) blocks.push(feedbackBlock(reply.questionId, reply.language));
  return { text, blocks };
}

/** A link button for a web page; a mailto (or an over-long URL) becomes a link, which Slack always accepts. */
function applyBlock(url: string, label: string): Block {
  if (/^https?:\/\//i.test(url) && url.length <= URL_MAX) {
    return {
      type: 'actions',
      block_id: 'apply',
      elements: [
        { type: 'button', action_id: 'apply', text: { type: 'plain_text', text: truncate(label, BUTTON_TEXT_MAX) }, url, style: 'primary' },
      ],
    };
  }
  const shown = url.replace(/^mailto:/i, '').split('?')[0] ?? url;
  return { type: 'context', elements: [{ type: 'mrkdwn', text: `*${escape(label)}:* ${link(url, shown)}` }] };
}

/** "From <url|Posting title> › *Section*:" and the passage as a mrkdwn quote, like the text fallback. */
function quoteBlocks(reply: Reply, q: Quote): Block[] {
  const title = truncate(reply.posting?.id === q.postingId ? reply.posting.title : q.postingId, 200);
  const section = truncate(q.section, 200);
  const source = `${escape(phrase(reply.language, 'from'))} ${link(q.url, title)}${section ? ` › *${escape(section)}*` : ''}:`;
  return sections(`${source}\n${quote(truncate(q.text, SECTION_MAX - 1_000))}`);
}

function renderClarify(reply: Reply, question: string): SlackMessage {
  const blocks = sections(escape(reply.text));
  const choices = reply.choices.slice(0, MAX_CHOICES);
  if (choices.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'clarify',
      elements: choices.map((choice, index) => ({
        type: 'button' as const,
        action_id: `choose_posting_${index}`,
        text: { type: 'plain_text' as const, text: truncate(choice.title, BUTTON_TEXT_MAX) },
        value: encodeChoice({ question, postingId: choice.id }),
      })),
    });
  }
  return { text: escape(reply.text), blocks };
}

export function encodeChoice(choice: ClarifyChoice): string {
  let question = truncate(choice.question, QUESTION_IN_VALUE_MAX);
  let value = JSON.stringify({ q: question, p: choice.postingId });
  // JSON escaping can grow a question (quotes, control characters): shrink until it fits.
  while (value.length > BUTTON_VALUE_MAX && question.length > 0) {
    question = truncate(question, Math.floor(question.length * 0.8));
    value = JSON.stringify({ q: question, p: choice.postingId });
  }
  return value;
}

export function decodeChoice(value: string | undefined): ClarifyChoice | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { q, p } = parsed as Record<string, unknown>;
    return typeof q === 'string' && typeof p === 'string' && p !== '' ? { question: q, postingId: p } : null;
  } catch {
    return null;
  }
}

/** Already-escaped mrkdwn as section blocks of at most 3,000 characters, split at line ends. */
export function sections(mrkdwn: string): Block[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of mrkdwn.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= SECTION_MAX) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = line;
    while (current.length > SECTION_MAX) {
      chunks.push(current.slice(0, SECTION_MAX));
      current = current.slice(SECTION_MAX);
    }
  }
  if (current || chunks.length === 0) chunks.push(current || ' ');
  return chunks.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}
