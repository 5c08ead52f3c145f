/** Fixtures for the ops tests: messages and replies, a Prometheus text parser. */
import type { IncomingMessage, Platform } from '../../src/chat/types.js';
import type { Reply, ReplyKind } from '../../src/engine/types.js';
import { replyWith } from '../support/replies.js';

export function message(text: string, platform: Platform = 'slack', author = { id: 'U0SECRETID', name: 'Ada Lovelace' }): IncomingMessage {
  return {
    text,
    author: { ...author, isBot: false, isMe: false },
    conversation: { platform, channelId: 'C0CHANNEL', threadId: null, isDirect: false },
    audience: 'candidate',
    via: 'message',
    raw: { text, user: author.id, user_name: author.name },
  };
}

export function reply(kind: ReplyKind, text = `a ${kind} reply`): Reply {
  return replyWith({
    kind,
    text,
    posting: kind === 'help' ? null : { id: 'backend-engineer', title: 'Backend Engineer' },
    topic: kind === 'answer' ? 'salary' : null,
    confidence: 0.87654,
  });
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text exposition format (enough of it for these tests). */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!match) throw new Error(`unparsable metrics line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include `labels`; undefined when absent. */
export function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

export async function scrape(baseUrl: string): Promise<Sample[]> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parsePrometheus(await response.text());
}

export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
