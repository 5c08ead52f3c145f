/**
 * The engine as `npm start` and `npm run cli` run it: the compiled JavaScript
 * in dist/ (bench/run.ts builds it first), not the TypeScript sources through
 * tsx, whose transform adds its own cost to every function.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './generate.js';

const DIST = path.join(ROOT, 'dist', 'src');

async function compiled<T>(relative: string): Promise<T> {
  const file = path.join(DIST, relative);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build (npm run bench does it first)`);
  return (await import(pathToFileURL(file).href)) as T;
}

export const { loadContent } = await compiled<typeof import('../src/engine/load.js')>('engine/load.js');
export const { createEngine } = await compiled<typeof import('../src/engine/engine.js')>('engine/engine.js');
export const { parsePosting } = await compiled<typeof import('../src/content/load.js')>('content/load.js');
export const { packageCacheDir } = await compiled<typeof import('../src/knowledge/cache.js')>('knowledge/cache.js');
