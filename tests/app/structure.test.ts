/**
 * The architecture as a test: no import cycles in src/ and adapters/ (type
 * imports count), and adapters take the core from its one public entry,
 * src/index.ts, and from nowhere else in src/.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('structure', () => {
  it('has no import cycles in src/ and adapters/', async () => {
    const { stdout } = await run(process.execPath, [
      'node_modules/madge/bin/cli.js',
      '--circular',
      '--json',
      '--extensions',
      'ts',
      '--ts-config',
      'tsconfig.json',
      'src',
      'adapters',
    ]);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('lets adapters import only src/index.ts from the core', () => {
    const deep = files('adapters').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)].map((match) => `${file}: ${match[1]}`).filter((line) => !line.endsWith('/src/index.js')),
    );
    expect(deep).toEqual([]);
  });

  it('keeps every file in src/, adapters/ and tests/ under 300 lines', () => {
    const long = ['src', 'adapters', 'tests']
      .flatMap(files)
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines >= 300);
    expect(long).toEqual([]);
  });
});
