import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { Engine, Reply } from '../../src/engine/types.js';
import { createMetrics, type Metrics } from '../../src/ops/metrics.js';
import { createQuestionObserver } from '../../src/ops/question-log.js';
import { errorFunnel } from '../../src/log.js';
import { captureLogs } from '../support/log-capture.js';
import { message, reply } from './helpers.js';

const QUESTION = 'Does the Oslo role pay for my zebra-striped standing desk?';
const REPLY_TEXT = 'Yes — the equipment budget covers it (see Benefits).';
const USER = { id: 'U07PRIVATE', name: 'Grace Hopper-Secret' };

describe('the question log line', () => {
  it('logs one info line per question with the decision only, never the text or the person', async () => {
    const { logger, lines, records } = captureLogs('trace');
    const metrics = createMetrics({ logger, defaultMetrics: false });
    const replies: Reply[] = [reply('answer', REPLY_TEXT), reply('handoff', REPLY_TEXT)];
    const engine: Engine = { ask: () => replies.shift()!, postings: () => [] };
    const clock = [1000, 1012.345, 2000, 2001];
    const handle = createMessageHandler({
      engine: () => engine,
      memory: createConversationMemory(),
      handoffs: { open: async () => undefined },
      onError: errorFunnel(logger),
      observe: createQuestionObserver({ logger, metrics }),
      now: () => clock.shift()!,
    });
    const said: string[] = [];
    const io = { say: async (outgoing: { text: string }) => void said.push(outgoing.text) };

    await handle(message(QUESTION, 'discord', USER), io);
    await handle(message(QUESTION, 'slack', USER), io);

    expect(said).toEqual([REPLY_TEXT, REPLY_TEXT]);
    expect(records).toEqual([
      { level: 30, time: expect.any(Number), msg: 'question', kind: 'answer', posting: 'backend-engineer', topic: 'salary', confidence: 0.877, latencyMs: 12.3, platform: 'discord' },
      { level: 30, time: expect.any(Number), msg: 'question', kind: 'handoff', posting: 'backend-engineer', topic: null, confidence: 0.877, latencyMs: 1, platform: 'slack' },
    ]);
    const everything = lines.join('\n');
    for (const secret of [QUESTION, 'zebra', REPLY_TEXT, 'equipment budget', USER.id, USER.name, 'Hopper', 'C0CHANNEL']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('a failing metric does not turn a delivered answer into an apology', () => {
    const { logger, records } = captureLogs('warn');
    const metrics: Metrics = {
      ...createMetrics({ logger, defaultMetrics: false }),
      question: () => {
        throw new Error('registry exploded');
      },
    };
    const observe = createQuestionObserver({ logger, metrics });
    expect(() => observe({ message: message(QUESTION), reply: reply('answer'), millis: 3 })).not.toThrow();
    expect(records).toMatchObject([{ level: 40, msg: 'question observer failed' }]);
  });
});
