/**
 * A big postings folder parsed on a worker thread while this thread takes
 * each posting as soon as every file before it is in (to index it
 * meanwhile). The corpus is the one loadCorpus gives, in the same order.
 * Small folders are not worth a thread.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import { detachStrings, type StringPool } from './detach.js';
import { listContentFiles, loadCorpus, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import type { Corpus, Posting } from './types.js';

export interface ChunkRequest {
  chunk: number;
  files: ContentFile[];
}

export type ChunkReply = { chunk: number; results: FileResult[] } | { chunk: number; error: string };

export interface PipelinedLoadOptions extends LoadOptions {
  /** Parse on a worker thread (the default for a folder of MIN_FILES_FOR_WORKER files or more). */
  worker?: boolean;
  /** Each posting of the corpus, in corpus order, as soon as it is known. */
  onPosting?: (posting: Posting) => void;
}

const CHUNK = 100;
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
  // Strings posted from the worker are copies of their own; the pool makes each repeated one a single string, as in a load on this thread.
  const strings: StringPool = new Map();
  let assembled = 0;
  const take = (results: FileResult[]) => {
    chunks[assembled]!.forEach((file, position) => {
      const result = results[position]!;
      if (result.kind === 'posting' && result.posting) detachStrings(result.posting, strings);
      const posting = assembly.add(file, result);
      if (posting) options.onPosting?.(posting);
    });
    assembled += 1;
  };

  const worker = startWorker(options);
  try {
    await new Promise<void>((resolve, reject) => {
      let handed = 0;
      const hand = () => {
        if (handed < chunks.length) worker.postMessage({ chunk: handed, files: chunks[handed++]! } satisfies ChunkRequest);
      };
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the parsing thread stopped (exit code ${code})`)));
      // Chunks come back in the order they were handed: one thread, one queue.
      worker.on('message', (reply: ChunkReply) => {
        if ('error' in reply) return reject(new Error(reply.error));
        if (reply.chunk !== assembled) return reject(new Error(`chunk ${reply.chunk} came back before chunk ${assembled}`));
        hand();
        try {
          take(reply.results);
        } catch (error) {
          return reject(error);
        }
        if (assembled === chunks.length) resolve();
      });
      // Two chunks in flight, so the worker never waits for this thread between them.
      hand();
      hand();
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
