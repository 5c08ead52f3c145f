/**
 * A big postings folder read and parsed by worker threads, one chunk of
 * files at a time; the results are assembled in folder order, so the corpus
 * is the one loadCorpus gives. Small folders are not worth a thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import { shareStrings, type StringPool } from './detach.js';
import { listContentFiles, loadCorpus, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import type { Corpus } from './types.js';

export interface ChunkRequest {
  chunk: number;
  files: ContentFile[];
}

export type ChunkReply = { chunk: number; results: FileResult[] } | { chunk: number; error: string };

const CHUNK = 200;
/** Below this many files a thread costs more to start than it saves. */
const MIN_FILES = 1_000;

/** Threads to parse with by default: one per core, at most four (the main thread indexes meanwhile). */
export function defaultParseThreads(): number {
  return Math.min(4, availableParallelism());
}

export async function loadCorpusParallel(options: LoadOptions & { threads?: number }): Promise<Corpus> {
  const threads = options.threads ?? defaultParseThreads();
  const files = listContentFiles(options);
  // annotate is a function of the caller's thread; it cannot cross to a worker.
  if (threads < 2 || files.length < MIN_FILES || options.annotate) return loadCorpus(options);

  const chunks: ContentFile[][] = [];
  for (let at = 0; at < files.length; at += CHUNK) chunks.push(files.slice(at, at + CHUNK));
  const results: FileResult[][] = new Array(chunks.length);
  const strings: StringPool = new Map();
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: Math.min(threads, chunks.length) }, () => startWorker(options));
    let next = 0;
    let done = 0;
    const stop = () => workers.forEach((worker) => void worker.terminate());
    const fail = (error: unknown) => {
      stop();
      reject(new CandorError('CONTENT_INVALID', `reading the postings folder ${options.contentDir} failed: ${String(error)}`, { cause: error }));
    };
    const hand = (worker: Worker) => {
      if (next < chunks.length) worker.postMessage({ chunk: next, files: chunks[next++]! } satisfies ChunkRequest);
    };
    for (const worker of workers) {
      worker.on('error', fail);
      worker.on('message', (reply: ChunkReply) => {
        if ('error' in reply) return fail(reply.error);
        hand(worker);
        // Text repeated across the workers' shares becomes one string here, as in a single-threaded load.
        results[reply.chunk] = reply.results.map((result) =>
          result.kind === 'posting' && result.posting ? { ...result, posting: shareStrings(result.posting, strings) } : result,
        );
        done += 1;
        if (done === chunks.length) {
          stop();
          resolve();
        }
      });
      // Two chunks in flight, so a worker never waits for the main thread between them.
      hand(worker);
      hand(worker);
    }
  });
  const assembly = startAssembly();
  chunks.forEach((chunk, index) => chunk.forEach((file, position) => assembly.add(file, results[index]![position]!)));
  return assembly.corpus;
}

function startWorker(options: LoadOptions): Worker {
  // From dist/ the worker is compiled JavaScript; from source (tsx, vitest) it is TypeScript and needs tsx to load.
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
  const knowledge = { directory: options.knowledge.directory, site: options.knowledge.site };
  return new Worker(script, { workerData: { knowledge }, execArgv: fromSource ? ['--import', 'tsx'] : [] });
}
