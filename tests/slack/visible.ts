/**
 * What a person sees in a Slack message, for the rigs: the text flattened
 * (fallback, blocks, fields, button labels, links as "label (url)") and the
 * clarify buttons to click. Slack's entity escapes (&lt; &gt; &amp;) are kept
 * as sent, so a live `<!channel>` or `<@U…>` in a reply is visible as such.
 * An answer's feedback buttons are clicked through `feedback`.
 */
import type { SeenReply } from '../contract/harness.js';

export interface Button {
  actionId: string;
  value: string;
  label: string;
}

export function seen(
  message: Record<string, unknown>,
  thread: string,
  click: (button: Button) => Promise<SeenReply>,
  feedback: (button: Button) => Promise<string>,
): SeenReply {
  const buttons = choiceButtons(message);
  return {
    text: flatten(message),
    choices: buttons.map((button) => button.label),
    thread,
    choose(index: number) {
      const button = buttons[index];
      if (!button) return Promise.reject(new Error(`slack harness: no choice ${index} (have ${buttons.length})`));
      return click(button);
    },
    feedback(kind) {
      const button = buttonsOf(message, new RegExp(`^feedback_${kind}$`))[0];
      return button ? feedback(button) : Promise.reject(new Error(`slack harness: no feedback_${kind} button`));
    },
  };
}

type BlockJson = { type?: string; text?: { text?: string }; elements?: ElementJson[]; fields?: { text?: string }[] };
type ElementJson = { type?: string; text?: string | { text?: string }; action_id?: string; value?: string; url?: string };

export function blocksOf(message: Record<string, unknown>): BlockJson[] {
  return Array.isArray(message.blocks) ? (message.blocks as BlockJson[]) : [];
}

export function isHandoffActions(block: BlockJson): boolean {
  return block.type === 'actions' && (block.elements ?? []).some((e) => e.action_id === 'handoff_claim');
}

function choiceButtons(message: Record<string, unknown>): Button[] {
  return buttonsOf(message, /^choose_posting_/);
}

function buttonsOf(message: Record<string, unknown>, actionId: RegExp): Button[] {
  return blocksOf(message)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .filter((element) => element.type === 'button' && actionId.test(element.action_id ?? ''))
    .map((element) => ({
      actionId: element.action_id ?? '',
      value: element.value ?? '',
      label: typeof element.text === 'object' ? (element.text.text ?? '') : (element.text ?? ''),
    }));
}

/** Everything a person sees in a message, as plain text (see the file comment). */
export function flatten(message: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof message.text === 'string') parts.push(message.text);
  for (const block of blocksOf(message)) {
    if (block.text?.text) parts.push(block.text.text);
    for (const field of block.fields ?? []) if (field.text) parts.push(field.text);
    for (const element of block.elements ?? []) {
      if (typeof element.text === 'string') parts.push(element.text);
      else if (element.text?.text) parts.push(element.text.text);
      if (element.url) parts.push(element.url);
    }
  }
  return parts.join('\n').replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)');
}
