/**
 * Front matter as most postings write it, flat `key: value` lines, read
 * without a YAML parser: the `yaml` library costs ~90 µs a posting, most of a
 * 10,000-posting load's front matter time. Anything beyond the plain shapes
 * below (lists, nesting, block scalars, escapes, anchors, comments after a
 * value) returns null, and the caller hands the block to the real parser,
 * which also reports errors with their lines. Accepted blocks give what
 * `yaml`'s core schema would give; tests/content/simple-yaml.test.ts checks that.
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

export function readSimpleYaml(block: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let keys = 0;
  for (const rawLine of block.split('\n')) {
    const line = rawLine.trimEnd();
    if (line === '' || line.startsWith('#')) continue;
    const match = KEY_LINE.exec(line);
    if (!match || match[1] === '__proto__') return null;
    const value = scalar(match[2] ?? '');
    if (value === undefined) return null;
    data[match[1]!] = value;
    keys += 1;
  }
  // An empty block is YAML null, which the caller reports as a shape error.
  return keys === 0 ? null : data;
}

/** The value of one plain or quoted scalar; undefined when only a real parser can say. */
function scalar(text: string): unknown {
  const double = DOUBLE_QUOTED.exec(text);
  if (double) return double[1];
  const single = SINGLE_QUOTED.exec(text);
  if (single) return single[1]!.replace(/''/g, "'");
  if (INDICATOR.test(text) || /[ \t]#/.test(text) || /:([ \t]|$)/.test(text)) return undefined;
  if (NULLS.has(text)) return null;
  if (text in BOOLEANS) return BOOLEANS[text];
  if (INTEGER.test(text)) return Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
  if (FLOAT.test(text)) return Number(text);
  // Hex, octal and .inf/.nan are numbers to YAML; dates and versions ("2024-07-02", "1.2.3") are text.
  if (/^[-+]?(0x|0o|\.)/i.test(text)) return undefined;
  return text;
}
