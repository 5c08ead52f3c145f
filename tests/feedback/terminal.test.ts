/** `/no` in the terminal chat: the Ask a recruiter button of a chat that reaches no recruiter. */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { createTerminalAdapter } from '../../adapters/terminal/index.js';
import { createMessageHandler, type HandoffDesk } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import type { Reply } from '../../src/engine/types.js';
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
  const handedOff: Reply[] = [];
  const handoffs: HandoffDesk = { open: async (_message, reply) => void handedOff.push(reply) };
  const feedback = createSessionFeedback({ handoffs, engine: () => engine, reportError: (error) => expect.fail(String(error)) });
  const terminal = createTerminalAdapter({ input, output, audience: 'candidate', feedback });
  await terminal.start(createMessageHandler({ engine: () => engine, memory: createConversationMemory(), handoffs, feedback, reportError: (error) => expect.fail(error.message) }));
  stops.push(() => terminal.stop());
  /** Types a line; resolves with what the terminal printed for it. */
  async function type(line: string): Promise<string> {
    const before = seen.length;
    input.write(`${line}\n`);
    while (seen.length === before) await once(output, 'data');
    return seen.slice(before);
  }
  return { type, handedOff };
}

it('/no after an answer hands the question off with the quote and says whom to write to', async () => {
  const { type, handedOff } = await chat();
  expect(await type('/no')).toBe('(/no follows an answer: ask a question first.)\n');
  const answer = await type('is there on-call for the kubernetes team lead?');
  expect(answer).toContain('on-call rotation');
  expect(answer).toContain('(Not what you asked? /no asks a recruiter.)');
  const no = await type('/no');
  expect(no).toContain('Thanks for telling me.');
  expect(no).toContain('This terminal chat does not reach the recruiters, so nobody has been asked: write to Anders Bruvik (anders.bruvik@safespring.com) directly.');
  expect(handedOff).toHaveLength(1);
  expect(handedOff[0]!.guesses[0]).toMatchObject({ note: 'the candidate found this answer unhelpful' });
  // A second /no hands nothing off again.
  expect(await type('/no')).toContain('Thanks for telling me.');
  expect(handedOff).toHaveLength(1);
});
