/** The terminal adapter driven through in-memory streams, as a person at a prompt would. */
import { PassThrough } from 'node:stream';
import { createTerminalAdapter } from '../../adapters/terminal/index.js';
import type { ContractHarness, SeenReply } from './harness.js';

export function createTerminalHarness(): ContractHarness {
  // One adapter per audience: the terminal decides staff from how it was started (--staff).
  const sessions = new Map<string, { input: PassThrough; lines: string[]; adapter: ReturnType<typeof createTerminalAdapter> }>();
  let connect: Parameters<ContractHarness['start']>[0];

  async function session(staff: boolean) {
    const key = staff ? 'staff' : 'candidate';
    let existing = sessions.get(key);
    if (!existing) {
      const input = new PassThrough();
      const output = new PassThrough();
      const lines: string[] = [];
      output.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
      const adapter = createTerminalAdapter({ input, output, audience: staff ? 'staff' : 'candidate' });
      await connect(adapter);
      sessions.set(key, (existing = { input, lines, adapter }));
    }
    return existing;
  }

  async function send(staff: boolean, line: string): Promise<SeenReply> {
    const current = await session(staff);
    const before = current.lines.length;
    current.input.write(`${line}\n`);
    const deadline = Date.now() + 5_000;
    while (current.lines.length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const text = current.lines.slice(before).join('');
    const choices = [...text.matchAll(/^\s+\d+\) (.+)$/gm)].map((match) => match[1]!);
    return {
      text,
      choices,
      thread: 'session',
      choose: (index) => send(staff, String(index + 1)),
      feedback: async (kind) => (kind === 'handoff' ? (await send(staff, '/no')).text : Promise.reject(new Error('terminal: only /no'))),
    };
  }

  return {
    async start(next) {
      connect = next;
    },
    async ask(text, options = {}) {
      const current = await session(Boolean(options.staff));
      if (!options.thread) {
        current.input.write('/new\n');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return send(Boolean(options.staff), text);
    },
    pings: () => [],
    async stop() {
      await Promise.all([...sessions.values()].map(({ adapter }) => adapter.stop()));
    },
  };
}
