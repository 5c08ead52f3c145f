/**
 * `ask`: one question, or a JSON-lines batch, for scripts and evaluation.
 * stdout carries only replies; everything else goes to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Engine } from '../engine/types.js';
import { UsageError } from '../errors.js';
import { toReplyJson } from './reply-json.js';

export interface AskIO {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  loadEngine: (options: { contentDir: string; knowledgeDir: string }) => Promise<Engine>;
}

const AUDIENCES = ['candidate', 'staff'] as const;
type Audience = (typeof AUDIENCES)[number];
const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);

async function inputLineSchema() {
  const { z } = await import('zod');
  return z.object({ id: z.coerce.string().min(1), text: z.string(), audience: z.enum(AUDIENCES).optional(), context: z.string().min(1).optional() });
}
type InputLineSchema = Awaited<ReturnType<typeof inputLineSchema>>;

export async function runAsk(args: string[], io: AskIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content/career' },
      knowledge: { type: 'string', default: 'knowledge' },
      audience: { type: 'string', default: 'candidate' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    },
  });
  const defaultAudience = values.audience;
  if (!isAudience(defaultAudience)) throw new UsageError('--audience must be candidate or staff');
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
  const text = positionals.join(' ');
  if (!text) throw new UsageError('ask needs a question, or --jsonl to read JSON lines from stdin');
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
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : String(lineNumber);
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
