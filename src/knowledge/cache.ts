/**
 * Validated knowledge kept as JSON between runs, under a hash of all it was
 * made from: every file the loader reads, by path as named (answers carry
 * their file's), with its bytes, the loader's own source, and the versions of
 * `yaml` and zod. A hit needs neither `yaml` nor zod: loading them and
 * parsing the YAML were about 200 ms of a one-question `ask` process's
 * 480 ms. A miss, an unreadable entry or a cache that cannot be written costs
 * only the parse it would have had; an error is never kept, so it is
 * reported again by the loader, with its file and line.
 */
import { createHash, type Hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { knowledgeFiles } from './files.js';
import type { Knowledge } from './types.js';

/** Bumped when an entry's layout changes. */
const FORMAT = 1;
/** Entries beyond this many (oldest first) are removed when one is written. */
const KEEP = 16;
const PREFIX = 'knowledge-';

export type ParseKnowledge = (dir: string) => Knowledge | Promise<Knowledge>;

export async function loadKnowledgeCached(dir: string, cacheDir: string, parse: ParseKnowledge): Promise<Knowledge> {
  const key = cacheKey(dir);
  // A file that cannot be read is the loader's to report.
  if (key === null) return parse(dir);
  const entry = path.join(cacheDir, `${PREFIX}${key}.json`);
  const kept = readEntry(entry);
  if (kept) return kept;
  const knowledge = await parse(dir);
  // The parser read the files again: kept only if they are still what the key says (not saved meanwhile, say).
  if (cacheKey(dir) === key) writeEntry(cacheDir, entry, knowledge);
  return knowledge;
}

/**
 * node_modules/.cache/candor in the package the given module belongs to
 * (where build tools keep their caches, and what `npm ci` clears), or null
 * when the package has no node_modules folder.
 */
export function packageCacheDir(moduleUrl: string): string | null {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  const modules = path.join(dir, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'candor') : null;
}

function cacheKey(dir: string): string | null {
  const hash = createHash('sha256');
  addPart(hash, String(FORMAT));
  addPart(hash, loaderFingerprint());
  try {
    for (const file of knowledgeFiles(dir)) {
      addPart(hash, file);
      addPart(hash, readFileSync(file));
    }
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 32);
}

/** Each part with its length first, so no two different lists of parts hash alike. */
function addPart(hash: Hash, part: string | Buffer): void {
  const bytes = typeof part === 'string' ? Buffer.from(part) : part;
  hash.update(`${bytes.length}:`).update(bytes);
}

let loader: string | undefined;

/**
 * What decides what the loader makes of the files besides the files: its
 * own source, compiled (dist/) or not (tests), and the installed `yaml` and
 * zod (their package.json, so an upgrade, which leaves this cache in place,
 * finds nothing validated by the version before).
 */
function loaderFingerprint(): string {
  if (loader === undefined) {
    const require = createRequire(import.meta.url);
    const source = ['load.js', 'load.ts'].map((name) => new URL(name, import.meta.url)).find((url) => existsSync(url));
    const parts = [source ? readFileSync(source, 'utf8') : ''];
    for (const name of ['yaml', 'zod']) parts.push(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
    loader = parts.join('\0');
  }
  return loader;
}

function readEntry(entry: string): Knowledge | null {
  try {
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as { format?: unknown; knowledge?: Knowledge };
    return stored.format === FORMAT && Array.isArray(stored.knowledge?.topics) ? stored.knowledge : null;
  } catch {
    return null;
  }
}

function writeEntry(cacheDir: string, entry: string, knowledge: Knowledge): void {
  // Written aside and renamed, so a reader never sees half an entry, even from another process.
  const aside = `${entry}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(aside, JSON.stringify({ format: FORMAT, knowledge }));
    renameSync(aside, entry);
    removeOldEntries(cacheDir);
  } catch {
    try {
      rmSync(aside, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

function removeOldEntries(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'))
    .map((name) => ({ file: path.join(cacheDir, name), time: statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of entries.slice(KEEP)) rmSync(file, { force: true });
}
