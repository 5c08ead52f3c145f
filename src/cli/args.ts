/**
 * Flags, --help and "did you mean" for every command (`npm start` and each
 * `npm run cli -- …` command), so they all behave alike: --help prints usage,
 * flags, environment and examples; a mistake is one UsageError line naming
 * what was wrong and the closest valid choice, never a stack.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { editDistance } from '../language/edit-distance.js';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in help and messages, e.g. DIR. */
  readonly value?: string;
  readonly default?: string;
  /** The only values a string flag takes; another is a usage error naming the closest. */
  readonly choices?: readonly string[];
  readonly help: string;
}

export interface CommandSpec {
  /** As messages name it: `ask`, `discord register`, `start`. */
  readonly name: string;
  /** What a user types before the flags: `npm run --silent cli -- ask`. */
  readonly invocation: string;
  /** The flags and arguments after the invocation, exactly as the README's command table shows them. */
  readonly synopsis: string;
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** The positional arguments' placeholder; without it, a positional is a mistake. */
  readonly positionals?: string;
  /** Environment variables read, with what each does; empty when the command reads none. */
  readonly env: readonly (readonly [name: string, meaning: string])[];
  /** Further titled paragraphs (input and output formats). */
  readonly sections?: readonly (readonly [title: string, text: string])[];
  readonly examples: readonly string[];
}

type FlagValue<F extends FlagSpec> = F['type'] extends 'boolean' ? boolean : F extends { default: string } ? string : string | undefined;
export type FlagValues<S extends CommandSpec> = { -readonly [K in keyof S['flags']]: FlagValue<S['flags'][K]> };
export type Parsed<S extends CommandSpec> = { help: string } | { values: FlagValues<S>; positionals: string[] };

const HELP_FLAG = { help: { type: 'boolean', short: 'h' } } as const;

export function parseCommandLine<S extends CommandSpec>(spec: S, args: readonly string[]): Parsed<S> {
  const options = { ...parseArgsOptions(spec), ...HELP_FLAG };
  // A lenient pass first: its tokens let a mistake be named in the user's terms, before strict parsing would throw.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: formatHelp(spec) };
  for (const token of tokens) {
    if (token.kind === 'positional' && spec.positionals === undefined) {
      throw usageError(spec, `unexpected argument "${token.value}": ${spec.name} takes flags only`);
    }
    if (token.kind !== 'option') continue;
    const flag = spec.flags[token.name];
    if (!flag) throw usageError(spec, `unknown option ${token.rawName}${didYouMean(token.rawName, flagNames(spec))}`);
    if (flag.type === 'boolean' && token.inlineValue) throw usageError(spec, `${token.rawName} takes no value`);
    if (flag.type === 'string') {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
        throw usageError(spec, `${token.rawName} needs a value: ${token.rawName} ${flag.value ?? 'VALUE'}`);
      }
      if (flag.choices && !flag.choices.includes(value)) {
        throw usageError(spec, `${token.rawName} must be ${flag.choices.join(' or ')}, not "${value}"${didYouMean(value, flag.choices)}`);
      }
    }
  }
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: spec.positionals !== undefined });
    const { help: _help, ...flags } = values;
    const booleans = Object.entries(spec.flags).filter(([, flag]) => flag.type === 'boolean');
    // parseArgs leaves an absent boolean undefined; commands get false.
    for (const [name] of booleans) (flags as Record<string, unknown>)[name] ??= false;
    return { values: flags as FlagValues<S>, positionals };
  } catch (error) {
    // The lenient pass should have caught every mistake; a message that still gets here is kept to its first line.
    throw usageError(spec, (error instanceof Error ? error.message : String(error)).split('\n')[0]!);
  }
}

/** ` (did you mean --json?)`: the closest candidate by edit distance, always one, so the user sees a valid choice. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best ? ` (did you mean ${best}?)` : '';
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The one line a mistake prints, with where to read more. */
export function usageError(spec: Pick<CommandSpec, 'name' | 'invocation'>, message: string): UsageError {
  return new UsageError(`${spec.name}: ${message}; see ${spec.invocation} --help`);
}

export function formatHelp(spec: CommandSpec): string {
  const flagRows: [string, string][] = Object.entries(spec.flags).map(([name, flag]) => [
    `--${name}${flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : ''}`,
    `${flag.help}${flag.default !== undefined ? ` (default: ${flag.default})` : ''}`,
  ]);
  flagRows.push(['-h, --help', 'print this help and exit']);
  const lines = [`usage: ${spec.invocation} ${spec.synopsis}`.trimEnd(), '', spec.summary, '', 'Options:', ...table(flagRows), ''];
  lines.push('Environment:');
  if (spec.env.length === 0) lines.push(`  none: ${spec.name} reads only its flags`);
  else lines.push(...table(spec.env.map(([name, meaning]) => [name, meaning])));
  lines.push('');
  for (const [title, text] of spec.sections ?? []) lines.push(`${title}:`, ...text.split('\n').map((line) => `  ${line}`), '');
  lines.push(spec.examples.length === 1 ? 'Example:' : 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  return `${lines.join('\n')}\n`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function flagNames(spec: CommandSpec): string[] {
  return [...Object.keys(spec.flags).map((name) => `--${name}`), '--help'];
}

function parseArgsOptions(spec: CommandSpec): Record<string, { type: 'string' | 'boolean'; default?: string }> {
  return Object.fromEntries(
    Object.entries(spec.flags).map(([name, flag]) => [name, flag.default === undefined ? { type: flag.type } : { type: flag.type, default: flag.default }]),
  );
}
