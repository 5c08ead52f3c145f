/**
 * `ask`: one question, or a JSON-lines batch, for scripts and evaluation.
 * stdout carries only replies; everything else goes to stderr.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/types.js';
import { parseCommandLine, usageError } from './args.js';
import { toReplyJson } from './reply-json.js';
import { ASK } from './specs.js';

export interface AskIO {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  loadEngine: (options: { contentDir: string; knowledgeDir: string }) => Promise<Engine>;
}

const AUDIENCES = ASK.flags.audience.choices;
type Audience = (typeof AUDIENCES)[number];
const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);

async function inputLineSchema() {
  const { z } = await import('zod');
  return z.object({ id: z.coerce.string().min(1), text: z.string(), audience: z.enum(AUDIENCES).optional(), context: z.string().min(1).optional() });
}
type InputLineSchema = Awaited<ReturnType<typeof inputLineSchema>>;

export async function runAsk(args: string[], io: AskIO): Promise<number> {
  const parsed = parseCommandLine(ASK, args);
  if ('help' in parsed) {
    io.stdout(parsed.help);
    return 0;
  }
  const { values, positionals } = parsed;
  const defaultAudience = values.audience;
  // parseCommandLine has checked the choices; this narrows the type.
  if (!isAudience(defaultAudience)) throw usageError(ASK, '--audience must be candidate or staff');
  const text = positionals.join(' ');
  // Checked before the content loads, so the mistake is reported at once.
  if (!values.jsonl && !text) throw usageError(ASK, 'needs a question (TEXT), or --jsonl to read JSON lines from stdin');
  const engine = await io.loadEngine({ contentDir: values.content, knowledgeDir: values.knowledge });

  if (values.jsonl) {
    const inputLine = await inputLineSchema();
    let lineNumber = 0;
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      io.stdout(`${JSON.stringify(answerLine(engine, inputLine, line, lineNumber, defaultAudience))}\n`);
    }
    return 0;
  }
  const reply = engine.ask({ text, audience: defaultAudience });
  io.stdout(values.json ? `${JSON.stringify(toReplyJson('1', reply))}\n` : `[${reply.kind}] ${reply.text}\n`);
  return 0;
}

function answerLine(engine: Engine, inputLine: InputLineSchema, line: string, lineNumber: number, fallbackAudience: Audience): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: String(lineNumber), kind: 'error', error: `line ${lineNumber} is not valid JSON` };
  }
  const parsed = inputLine.safeParse(raw);
  // The id the line gave (a number too, as the reply would have it), else its line number.
  const given = (raw as { id?: unknown } | null)?.id;
  const id = (typeof given === 'string' && given !== '') || typeof given === 'number' ? String(given) : String(lineNumber);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { id, kind: 'error', error: `line ${lineNumber}: ${issue.path.join('.') || 'line'}: ${issue.message}` };
  }
  try {
    const { text, audience, context } = parsed.data;
    return toReplyJson(parsed.data.id, engine.ask({ text, audience: audience ?? fallbackAudience, ...(context ? { contextPostingId: context } : {}) }));
  } catch (error) {
    return { id, kind: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
