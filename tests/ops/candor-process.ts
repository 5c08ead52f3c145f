/**
 * `npm start` as a child process for tests: the real entry (src/main.ts)
 * with a chosen environment, its JSON log lines collected as they arrive,
 * and waits on those lines or on the ops endpoints instead of on time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

export interface CandorProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** Every line written so far (stdout and stderr). */
  readonly lines: string[];
  /** Resolves with the first log line (parsed) matching, including ones already written. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  get(path: string): Promise<{ status: number; body: string }>;
  /** Polls the path until `accept` holds for its answer. */
  waitFor(path: string, accept: (answer: { status: number; body: string }) => boolean, what: string, timeoutMs?: number): Promise<{ status: number; body: string }>;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startCandor(env: Record<string, string>, options: { port?: number } = {}): Promise<CandorProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let partial = '';
  const onData = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter((line) => line.trim() !== ''));
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const parsed = (line: string): Record<string, unknown> | null => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      return null;
    }
  };
  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: await response.text() };
  };
  return {
    child,
    port,
    lines,
    exited,
    get,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
    waitForLog(match, what, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.map(parsed).find((line) => line !== null && match(line));
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${what}; log so far:\n${lines.join('\n')}`));
        }, timeoutMs);
        const gone = () => {
          done();
          reject(new Error(`Candor exited (${String(child.exitCode ?? child.signalCode)}) while waiting for ${what}; log:\n${lines.join('\n')}`));
        };
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', gone);
        };
        listeners.add(check);
        child.once('exit', gone);
        check();
      });
    },
    async waitFor(path, accept, what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let last: { status: number; body: string } = { status: 0, body: '' };
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Candor exited while waiting for ${what}; log:\n${lines.join('\n')}`);
        last = await get(path).catch(() => ({ status: 0, body: '' }));
        if (accept(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${what} (last ${path}: ${last.status} ${last.body}); log:\n${lines.join('\n')}`);
    },
  };
}
