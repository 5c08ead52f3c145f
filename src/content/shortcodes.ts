/**
 * Hugo shortcodes out of a body, their words kept. A shortcode with a
 * `title` (an accordion, a note box with a title) becomes a heading; any
 * other keeps its inner text and the arguments that are text, links or
 * e-mail addresses; only the syntax goes.
 */

const TAG = /\{\{([<%])\s*(\/?)\s*([\w.\-/]+)((?:[^}]|\}(?!\}))*?)\s*(\/?)\s*[>%]\}\}/g;
const ARG = /(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s"'`=]+))/g;

/** Argument names whose value is page machinery, not words for the reader. */
const MACHINERY_ARG = /^(image|img|icon|class|css|id|style|color|width|height|src|target|rel|type|align|size|position)$/i;

export interface ShortcodeArg {
  name: string | null;
  value: string;
}

export function argsOf(text: string): ShortcodeArg[] {
  const args: ShortcodeArg[] = [];
  for (const match of text.matchAll(ARG)) {
    const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    args.push({ name: match[1] ?? null, value: value.replace(/\\"/g, '"') });
  }
  return args;
}

function isWords(arg: ShortcodeArg): boolean {
  if (arg.name && MACHINERY_ARG.test(arg.name)) return false;
  const value = arg.value.trim();
  if (!value) return false;
  if (/^(mailto:|tel:|https?:\/\/)/i.test(value) || /@/.test(value)) return true;
  if (/^[\w./-]+\.(png|jpe?g|gif|svg|webp)$/i.test(value) || /^\//.test(value)) return false;
  if (/^(true|false|\d+(px|%)?|[a-z]+)$/i.test(value) && !/\s/.test(value)) return false;
  return true;
}

/** Argument text as a line: a link argument becomes a Markdown link so it is found with the others. */
function argsAsText(args: ShortcodeArg[]): string {
  return args
    .filter(isWords)
    .filter((arg) => !/^(title|cardtitle|heading|question|linktext)$/i.test(arg.name ?? ''))
    .map((arg) => (/^(mailto:|tel:|https?:\/\/)/i.test(arg.value) ? `<${arg.value}>` : arg.value))
    .join(' — ');
}

/** The body with every shortcode replaced by its words; a titled one by a heading at `headingLevel`. */
export function expandShortcodes(body: string, headingLevel = 3): string {
  return body.replace(TAG, (_all, _kind: string, closing: string, name: string, rest: string) => {
    if (closing) return '';
    const args = argsOf(rest);
    const title = args.find((arg) => /^(title|cardtitle|heading|question)$/i.test(arg.name ?? ''))?.value;
    let words = argsAsText(args);
    // A card's name says what its words are ("contact-card": a person to contact).
    if (words && !title && /contact|kontakt|recruiter|person|people|team|apply|button/i.test(name)) words = `${name.replace(/[-_]+/g, ' ')}: ${words}`;
    if (title) return `\n\n${'#'.repeat(headingLevel)} ${title}\n\n${words}\n\n`;
    return words ? `\n\n${words}\n\n` : '';
  });
}
