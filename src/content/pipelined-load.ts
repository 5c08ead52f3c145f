/**
 * A big postings folder parsed on a worker thread while this thread takes
 * each posting as soon as every file before it is in (to index it
 * meanwhile). The corpus is the one loadCorpus gives, in the same order.
 * Small folders are not worth a thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import type { StringPool } from './detach.js';
import { listContentFiles, loadCorpus, parseContentFile, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import { createStringUnpacker, type PackedPosting } from './string-table.js';
import type { Corpus, Posting } from './types.js';

export interface ChunkRequest {
  chunk: number;
  files: ContentFile[];
}

/** What a file gave, its posting packed (see string-table.ts). */
export type PackedResult = Exclude<FileResult, { kind: 'posting' }> | { kind: 'posting'; posting: PackedPosting | null; problems: FileResult['problems'] };

/** A chunk's results and the strings they number that no earlier chunk sent. */
export type ChunkReply = { chunk: number; strings: string[]; results: PackedResult[] } | { chunk: number; error: string };
/** The worker says it is ready once, then replies to each chunk. */
export type WorkerReply = ChunkReply | { ready: true };

export interface PipelinedLoadOptions extends LoadOptions {
  /** Parse on a worker thread (the default for a folder of MIN_FILES_FOR_WORKER files or more). */
  worker?: boolean;
  /** Each posting of the corpus, in corpus order, as soon as it is known. */
  onPosting?: (posting: Posting) => void;
}

const CHUNK = 100;
/** Chunks parsed on this thread ahead of the one it waits for: bounds what waits in memory. */
const MAX_AHEAD = 4;
/** Below this many files the thread costs more to start than it saves. */
export const MIN_FILES_FOR_WORKER = 2_000;

export async function loadCorpusPipelined(options: PipelinedLoadOptions): Promise<Corpus> {
  const files = listContentFiles(options);
  // annotate is a function of this thread; it cannot cross to a worker.
  if (!(options.worker ?? files.length >= MIN_FILES_FOR_WORKER) || options.annotate) {
    const corpus = await loadCorpus(options);
    corpus.postings.forEach((posting) => options.onPosting?.(posting));
    return corpus;
  }

  const chunks: ContentFile[][] = [];
  for (let at = 0; at < files.length; at += CHUNK) chunks.push(files.slice(at, at + CHUNK));
  const assembly = startAssembly();
  // One pool for text parsed here and text from the worker, so each repeated text is one string, as in a load on this thread.
  const pool: StringPool = new Map();
  const strings = createStringUnpacker(pool);
  const parseHere = { ...options, strings: pool };
  /** Parsed chunks, by either thread, waiting for the ones before them. */
  const parsed = new Map<number, FileResult[]>();
  let assembled = 0;
  let handed = 0;
  let inWorker = 0;
  let workerReady = false;

  const assemble = () => {
    for (let results = parsed.get(assembled); results; results = parsed.get(assembled)) {
      parsed.delete(assembled);
      chunks[assembled]!.forEach((file, position) => {
        const posting = assembly.add(file, results[position]!);
        if (posting) options.onPosting?.(posting);
      });
      assembled += 1;
    }
  };

  const worker = startWorker(options);
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        settled = true;
        reject(error);
      };
      const hand = () => {
        // Two chunks in flight, so the worker never waits for this thread between them.
        while (workerReady && inWorker < 2 && handed < chunks.length) {
          worker.postMessage({ chunk: handed, files: chunks[handed]! } satisfies ChunkRequest);
          handed += 1;
          inWorker += 1;
        }
      };
      let stealing = false;
      const step = () => {
        if (settled) return;
        try {
          assemble();
        } catch (error) {
          return fail(error);
        }
        if (assembled === chunks.length) {
          settled = true;
          return resolve();
        }
        // Nothing to index until the worker's next chunk is back (or the worker has not started yet):
        // parse the next chunk here meanwhile, a few at most ahead of what is indexed.
        if (stealing || parsed.has(assembled) || handed >= chunks.length || parsed.size >= MAX_AHEAD) return;
        stealing = true;
        // After the worker's messages that are already in, so a chunk it finished is indexed first.
        setImmediate(() => {
          stealing = false;
          if (settled || handed >= chunks.length) return;
          const chunk = handed++;
          try {
            parsed.set(chunk, chunks[chunk]!.map((file) => parseContentFile(file, readFileSync(file.absolute, 'utf8'), parseHere)));
          } catch (error) {
            return fail(error);
          }
          step();
        });
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the parsing thread stopped (exit code ${code})`)));
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if ('ready' in reply) {
          workerReady = true;
        } else if ('error' in reply) {
          return fail(new Error(reply.error));
        } else {
          inWorker -= 1;
          // Strings are numbered in the order the worker parsed its chunks, which is the order they arrive in.
          strings.add(reply.strings);
          parsed.set(reply.chunk, reply.results.map((packed) => (packed.kind === 'posting' ? { ...packed, posting: packed.posting && strings.unpack(packed.posting) } : packed)));
        }
        hand();
        step();
      });
      step();
    });
  } catch (error) {
    throw new CandorError('CONTENT_INVALID', `reading the postings folder ${options.contentDir} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
  return assembly.corpus;
}

function startWorker(options: LoadOptions): Worker {
  const knowledge = { directory: options.knowledge.directory, site: options.knowledge.site };
  // From dist/ the worker is compiled JavaScript. From source (tsx, vitest) it is TypeScript:
  // a small module registers tsx's loader in the new thread first, then loads it.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: { knowledge } });
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  // tsx's ESM API (its "import" export), found from its package.json: a data: module cannot resolve bare names.
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: { knowledge } });
}
