import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/app/runtime.js';
import type { Outgoing } from '../../src/chat/types.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { candidateMessage, fakeClock, fakeTransport } from '../handoff/helpers.js';

describe('runtime wiring', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-runtime-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the database, hands off through a registered transport, reloads on SIGHUP and stops cleanly', async () => {
    const config = loadConfig({ DATABASE_PATH: join(dir, 'data', 'candor.db') });
    const signals = new EventEmitter();
    const runtime = await createRuntime({
      config,
      logger: silentLogger(),
      onError: (error) => {
        throw error;
      },
      clock: fakeClock('2024-03-04T09:00:00Z'),
      signals: signals as unknown as Pick<NodeJS.Process, 'on' | 'off'>,
    });
    expect(existsSync(join(dir, 'data', 'candor.db'))).toBe(true);
    const transport = fakeTransport('slack');
    runtime.handoffs.register(transport);
    await runtime.start();

    const handler = runtime.handler;
    const seen: Outgoing[] = [];
    await handler(candidateMessage('Does the container platform tech lead role come with a company car?'), { say: async (o) => void seen.push(o) });
    expect(seen[0]!.kind).toBe('handoff');
    expect(transport.pings).toHaveLength(1);
    expect(transport.pings[0]!.questions[0]).toContain('company car');

    const before = runtime.content.current();
    signals.emit('SIGHUP');
    for (let i = 0; i < 100 && runtime.content.current() === before; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runtime.content.current()).not.toBe(before);

    await runtime.stop();
    expect(signals.listenerCount('SIGHUP')).toBe(0);
  });
});
