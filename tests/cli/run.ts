/**
 * Runs the built entry points as a user would (`npm test` builds dist/ first):
 * a fresh process in a temporary working directory, with only the
 * environment a test gives it (plus PATH), so a developer's own tokens or
 * .env never leak in.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = { cli: join(ROOT, 'dist/src/cli/main.js'), start: join(ROOT, 'dist/src/main.js') } as const;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
  /** Flags for node itself, before the script. */
  nodeArgs?: string[];
}

export function run(entry: keyof typeof ENTRY, args: string[], options: RunOptions = {}): Promise<Run> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ENTRY[entry], ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const result: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (result.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (result.stderr += chunk));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...result, code }));
  });
}

/** A temporary working directory, with a `.env` when one is given. */
export function workDir(dotEnv?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
  if (dotEnv !== undefined) writeFileSync(join(dir, '.env'), dotEnv);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The pino JSON lines of a run's stderr. */
export function logLines(stderr: string): { level: number; msg: string; [field: string]: unknown }[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

export const lines = (text: string) => text.split('\n').filter((line) => line.length > 0);
