import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ConversationIO, MessageHandler, Outgoing } from '../../src/chat/types.js';
import { createShutdown } from '../../src/ops/shutdown.js';
import { captureLogs } from '../support/log-capture.js';
import { deferred, message, reply } from './helpers.js';

function rig(options: { timeoutMs?: number; stepTimeoutMs?: number; steps?: Array<{ name: string; run: () => Promise<void> | void }> } = {}) {
  const signals = new EventEmitter();
  const events: string[] = [];
  const exited = deferred<number>();
  const exit = vi.fn((code: number) => {
    events.push(`exit ${code}`);
    exited.resolve(code);
  });
  const { logger, records } = captureLogs('debug');
  const steps = options.steps ?? [
    { name: 'slack', run: async () => void events.push('close slack') },
    { name: 'store', run: () => void events.push('close store') },
    { name: 'http', run: async () => void events.push('close http') },
  ];
  const reload = vi.fn(async () => void events.push('reload'));
  const shutdown = createShutdown({
    logger,
    timeoutMs: options.timeoutMs ?? 2_000,
    stepTimeoutMs: options.stepTimeoutMs,
    steps,
    reload,
    signals,
    exit,
  });
  return { signals, events, exit, exited: exited.promise, shutdown, reload, records };
}

function ioFor(events: string[]): ConversationIO {
  return { say: async (outgoing: Outgoing) => void events.push(`say ${outgoing.kind}`) };
}

describe('graceful shutdown', () => {
  it('SIGTERM during a reply: the reply is delivered, new messages are refused, then steps run in order and exit(0)', async () => {
    const { signals, events, exit, exited, shutdown } = rig();
    const release = deferred();
    const started = deferred();
    const inner = vi.fn<MessageHandler>(async (_message, io) => {
      started.resolve();
      await release.promise; // the engine / platform call in progress
      await io.say(reply('answer'));
    });
    const handler = shutdown.trackInFlight(inner);

    const inFlight = handler(message('first question'), ioFor(events));
    await started.promise;
    expect(shutdown.inFlight()).toBe(1);

    signals.emit('SIGTERM');
    expect(shutdown.draining).toBe(true);

    await handler(message('second question, while draining'), ioFor(events));
    expect(inner).toHaveBeenCalledTimes(1);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exit).not.toHaveBeenCalled();
    expect(events).toEqual([]);

    release.resolve();
    await inFlight;
    expect(await exited).toBe(0);
    expect(events).toEqual(['say answer', 'close slack', 'close store', 'close http', 'exit 0']);
    expect(shutdown.inFlight()).toBe(0);
  });

  it('SIGINT with nothing in flight closes at once', async () => {
    const { signals, events, exited } = rig();
    signals.emit('SIGINT');
    expect(await exited).toBe(0);
    expect(events).toEqual(['close slack', 'close store', 'close http', 'exit 0']);
  });

  it('stops waiting for a stuck reply after timeoutMs and closes anyway', async () => {
    const { signals, events, exited, shutdown, records } = rig({ timeoutMs: 50 });
    const handler = shutdown.trackInFlight(() => new Promise<void>(() => undefined));
    void handler(message('never answered'), ioFor(events));
    const before = Date.now();
    signals.emit('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - before).toBeGreaterThanOrEqual(45);
    expect(events).toEqual(['close slack', 'close store', 'close http', 'exit 0']);
    expect(records).toContainEqual(expect.objectContaining({ level: 40, inFlight: 1 }));
  });

  it('a failing or hanging step is logged, the later steps still run, and the exit code says so', async () => {
    const events: string[] = [];
    const { signals, exited, records } = rig({
      stepTimeoutMs: 30,
      steps: [
        { name: 'slack', run: () => Promise.reject(new Error('socket already closed')) },
        { name: 'discord', run: () => new Promise<void>(() => undefined) },
        { name: 'store', run: () => void events.push('close store') },
      ],
    });
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
    expect(events).toEqual(['close store']);
    expect(records.filter((record) => record.msg === 'close step failed').map((record) => record.step)).toEqual(['slack', 'discord']);
  });

  it('a second stop signal while draining exits at once with 1', async () => {
    const { signals, exit, shutdown } = rig({ timeoutMs: 50 });
    void shutdown.trackInFlight(() => new Promise<void>(() => undefined))(message('stuck'), ioFor([]));
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('SIGHUP runs reload and keeps serving', async () => {
    const { signals, events, reload, exit, shutdown } = rig();
    signals.emit('SIGHUP');
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(events).toEqual(['reload']);
    expect(shutdown.draining).toBe(false);
    expect(exit).not.toHaveBeenCalled();
    shutdown.dispose();
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGHUP')).toBe(0);
  });

  it('a failed reload is logged and does not stop the process', async () => {
    const signals = new EventEmitter();
    const { logger, records } = captureLogs('info');
    const exit = vi.fn();
    const shutdown = createShutdown({ logger, timeoutMs: 100, steps: [], signals, exit, reload: () => Promise.reject(new Error('bad front matter')) });
    signals.emit('SIGHUP');
    await vi.waitFor(() => expect(records).toContainEqual(expect.objectContaining({ level: 50, msg: 'reload failed; keeping what was loaded' })));
    expect(exit).not.toHaveBeenCalled();
    shutdown.dispose();
  });

  it('removes its signal listeners after stopping', async () => {
    const { signals, exited } = rig();
    signals.emit('SIGTERM');
    await exited;
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT') + signals.listenerCount('SIGHUP')).toBe(0);
  });
});
