/**
 * Slack mrkdwn escaping. Every piece of text that did not come from Candor
 * itself (a question, a name, a passage from a posting) goes through `escape`
 * before it reaches a message; Candor's own markup (links, mentions, quotes)
 * is added afterwards, so a user can never write a live `<!channel>` or
 * `<@U…>` into a reply.
 */

/** The three characters Slack asks apps to escape; everything else is literal. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>`: the label escaped, the URL made safe for the link syntax. */
export function link(url: string, label: string): string {
  return `<${safeUrl(url)}|${escape(label)}>`;
}

/** Each line as a mrkdwn block quote. */
export function quote(text: string): string {
  return escape(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** `<@U123>` for a real Slack user id, else the escaped text (never a mention someone typed). */
export function mention(userId: string): string {
  return isUserId(userId) ? `<@${userId}>` : escape(userId);
}

export function isUserId(value: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(value);
}

/** Cut to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

function safeUrl(url: string): string {
  return escape(url.replace(/\|/g, '%7C').replace(/\s/g, '%20'));
}

const MASS_MENTIONS = new Set(['here', 'channel', 'everyone']);

/**
 * Slack message text (its `&lt;` entities and `<…>` markup) as the plain text
 * a person saw: links as "label (url)", user mentions as "@name", channels as
 * "#name", `<!channel>` as the inert words "@channel". The result is plain
 * text again: escape it before it goes back into a message.
 */
export function plainText(text: string, nameOf: (userId: string) => string | undefined = () => undefined): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => markupToPlain(inner, nameOf))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The user ids `<@U…>` mentions in Slack text. */
export function mentionedUsers(text: string): string[] {
  return [...new Set([...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((match) => match[1]!))];
}

function markupToPlain(inner: string, nameOf: (userId: string) => string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? inner.slice(bar + 1) : '';
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `@${label || nameOf(id) || id}`;
  }
  if (target.startsWith('#')) return `#${label || target.slice(1)}`;
  if (target.startsWith('!')) {
    const kind = target.slice(1).split('^')[0] ?? '';
    if (MASS_MENTIONS.has(kind)) return `@${kind}`;
    return label || kind;
  }
  const url = target.replace(/^mailto:/i, '');
  if (!label || label === target || label === url) return url;
  return `${label} (${url})`;
}
