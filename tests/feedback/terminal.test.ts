/**
 * `/no` in the terminal chat, wired as services.ts wires it: the Ask a
 * recruiter button of a chat that reaches no recruiter, forwarded through
 * wire.ts like a click.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { createTerminalAdapter } from '../../adapters/terminal/index.js';
import { connect } from '../../src/app/wire.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { createSessionFeedback } from '../../src/feedback/session.js';

let engine: CandorEngine;
beforeAll(async () => {
  engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
});

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function chat() {
  const input = new PassThrough();
  const output = new PassThrough();
  let seen = '';
  output.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  const onError = (error: unknown) => expect.fail(String(error));
  const feedback = createSessionFeedback({ handoffs: null, engine: () => engine, onError });
  const terminal = createTerminalAdapter({ input, output, audience: 'candidate' });
  const handler = createMessageHandler({ engine: () => engine, memory: createConversationMemory(), feedback, onError });
  await connect(terminal, { handler, handoffs: null, feedback, onError });
  stops.push(() => terminal.stop());
  /** Types a line; resolves with what the terminal printed for it. */
  async function type(line: string): Promise<string> {
    const before = seen.length;
    input.write(`${line}\n`);
    while (seen.length === before) await once(output, 'data');
    return seen.slice(before);
  }
  return { type, feedback };
}

it('/no after an answer is counted as unhelpful and says whom to write to, once', async () => {
  const { type, feedback } = await chat();
  expect(await type('/no')).toBe('(/no follows an answer: ask a question first.)\n');
  const answer = await type('is there on-call for the kubernetes team lead?');
  expect(answer).toContain('on-call rotation');
  expect(answer).toContain('(Not what you asked? /no asks a recruiter.)');
  const no = await type('/no');
  expect(no).toContain('Thanks for telling me.');
  expect(no).toContain('This terminal chat does not reach the recruiters, so nobody has been asked: write to Anders Bruvik (anders.bruvik@safespring.com) directly.');
  // A second /no counts nothing again.
  expect(await type('/no')).toContain('Thanks for telling me.');
  expect(await feedback.counts(1)).toEqual([{ postingId: 'kubernetes-team-lead', topic: 'on-call', helpful: 0, unhelpful: 1 }]);
});
