/** Sub-commands of the slash command; anything else is a question. */

export type Command =
  | { name: 'postings' }
  | { name: 'ask'; text: string };

export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  const [head = ''] = trimmed.split(/\s+/, 1);
  switch (head.toLowerCase()) {
    case 'postings':
    case 'jobs':
    case 'list':
      return { name: 'postings' };
    default:
      return { name: 'ask', text: trimmed };
  }
}
