/**
 * Front matter as most postings write it, flat `key: value` lines and lists
 * of plain values (Hugo's `tags: ["x"]`, `aliases:` with `- /old/path`
 * lines), read without a YAML parser: the `yaml` library costs ~90 µs a
 * posting, most of a 10,000-posting load's front matter time, and a list
 * sent the long way loads gray-matter too, a tenth of the `ask` command's
 * cold start. Anything beyond the plain shapes below (nesting, block
 * scalars, escapes, anchors, comments after a value) returns null, and the
 * caller hands the block to the real parser, which also reports errors with
 * their lines. Accepted blocks give what `yaml`'s core schema would give;
 * tests/content/simple-yaml.test.ts checks that.
 */
const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
/** Characters that start something other than a plain scalar. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const INTEGER = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/** A `- item` line of a block list, with its indentation. */
const ITEM_LINE = /^( *)-(?:[ \t]+(.*))?$/;
/** One item of a `[a, "b"]` list and what follows it: a quoted value without escapes, or plain text without flow indicators. */
const FLOW_ITEM = /[ \t]*("[^"\\]*"|'(?:[^']|'')*'|[^\s,[\]{}#'"][^,[\]{}]*?)[ \t]*(,|\])/y;

export function readSimpleYaml(block: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let keys = 0;
  /** The key written with no value, whose `- item` lines may follow; and their indentation, once seen. */
  let listKey: string | null = null;
  let itemIndent = -1;
  for (const rawLine of block.split('\n')) {
    // Only spaces and tabs end a line for YAML: a no-break space there is text.
    const line = rawLine.replace(/[ \t]+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const item = listKey === null ? null : ITEM_LINE.exec(line);
    if (item) {
      if (itemIndent === -1) itemIndent = item[1]!.length;
      const value = item[1]!.length === itemIndent ? scalar(item[2] ?? '') : undefined;
      if (value === undefined) return null;
      const list = data[listKey!];
      if (Array.isArray(list)) list.push(value);
      else data[listKey!] = [value];
      continue;
    }
    const match = KEY_LINE.exec(line);
    // A key spelled like null or a boolean is that value to YAML, not that text.
    if (!match || match[1] === '__proto__' || NULLS.has(match[1]!) || Object.hasOwn(BOOLEANS, match[1]!)) return null;
    const text = match[2] ?? '';
    const value = text.startsWith('[') ? flowList(text) : scalar(text);
    if (value === undefined) return null;
    data[match[1]!] = value;
    keys += 1;
    listKey = text === '' ? match[1]! : null;
    itemIndent = -1;
  }
  // An empty block is YAML null, which the caller reports as a shape error.
  return keys === 0 ? null : data;
}

/** `[a, "b", 3]` as a list; undefined for anything else a flow list can hold (nesting, escapes, a comment after it). */
function flowList(text: string): unknown[] | undefined {
  if (/^\[[ \t]*\]$/.test(text)) return [];
  const items: unknown[] = [];
  FLOW_ITEM.lastIndex = 1;
  for (;;) {
    const match = FLOW_ITEM.exec(text);
    if (!match) return undefined;
    const value = scalar(match[1]!);
    if (value === undefined) return undefined;
    items.push(value);
    if (match[2] === ']') return FLOW_ITEM.lastIndex === text.length ? items : undefined;
  }
}

/** The value of one plain or quoted scalar; undefined when only a real parser can say. */
function scalar(text: string): unknown {
  const double = DOUBLE_QUOTED.exec(text);
  if (double) return double[1];
  const single = SINGLE_QUOTED.exec(text);
  if (single) return single[1]!.replace(/''/g, "'");
  if (INDICATOR.test(text) || /[ \t]#/.test(text) || /:([ \t]|$)/.test(text)) return undefined;
  if (NULLS.has(text)) return null;
  if (Object.hasOwn(BOOLEANS, text)) return BOOLEANS[text];
  if (INTEGER.test(text)) return Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
  if (FLOAT.test(text)) return Number(text);
  // Hex, octal and .inf/.nan are numbers to YAML; dates and versions ("2024-07-02", "1.2.3") are text.
  if (/^[-+]?(0x|0o|\.)/i.test(text)) return undefined;
  return text;
}
