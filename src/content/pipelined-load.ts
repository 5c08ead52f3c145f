/**
 * A big postings folder parsed by a worker thread while this thread indexes:
 * the worker takes chunks of files in order and sends each as numbers
 * (posting-codec.ts); this thread hands on each posting as its chunk
 * arrives. The corpus is the one loadCorpus gives, in the same order. Small
 * folders are not worth a thread.
 *
 * This thread parses nothing itself. It used to parse a chunk whenever it
 * had nothing to index, but on two vCPUs its parsing slowed the worker's
 * about as much as it added, and cost more per file (whole postings, its
 * own memos): with the worker parsing alone, a 10,000-posting build took a
 * tenth less CPU and was no slower, run for run (0–6 % faster).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import { listContentFiles, loadCorpus, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import { decodePosting } from './posting-codec.js';
import { withSerialScavenges } from './serial-scavenges.js';
import { createStringTable } from './string-table.js';
import type { Corpus, Posting } from './types.js';

/** What the parse worker starts with: the chunks, and the counter it takes the next one from (set past the end to stop it early). */
export interface ParseWorkerData {
  knowledge: LoadOptions['knowledge'];
  chunks: ContentFile[][];
  cursor: Int32Array;
}

/** What a file gave, its posting (if any) on the chunk's tape instead (see posting-codec.ts). */
export type EncodedResult = Exclude<FileResult, { kind: 'posting' }> | { kind: 'posting'; encoded: boolean; problems: FileResult['problems'] };

/** A chunk's results, its postings' tape, and the strings they number that no earlier chunk sent. */
export type ChunkReply = { chunk: number; strings: string[]; tape: Int32Array; results: EncodedResult[] } | { chunk: number; error: string };

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
  const strings = createStringTable();
  const cursor = new Int32Array(new SharedArrayBuffer(4));
  let assembled = 0;

  /** A chunk's files, in folder order, into the corpus (and each posting on to the caller); true once every chunk is in. */
  const assemble = (reply: Exclude<ChunkReply, { error: string }>): boolean => {
    // Strings are numbered in the order the worker parsed its chunks, which is the order they arrive in.
    if (reply.chunk !== assembled) throw new Error(`chunk ${reply.chunk} arrived where chunk ${assembled} was expected`);
    strings.add(reply.strings);
    let at = 0;
    chunks[assembled]!.forEach((file, position) => {
      const result = reply.results[position]!;
      let posting: Posting | null = null;
      if (result.kind === 'posting' && result.encoded) ({ posting, next: at } = decodePosting(reply.tape, at, strings.textOf));
      const kept = assembly.add(file, result.kind === 'posting' ? { kind: 'posting', posting, problems: result.problems } : result);
      if (kept) options.onPosting?.(kept);
    });
    assembled += 1;
    return assembled === chunks.length;
  };

  // Both cores are busy until the worker is done: see serial-scavenges.ts.
  await withSerialScavenges(() => runWorker(options, chunks, cursor, assemble));
  return assembly.corpus;
}

/** Runs the parse worker until `assemble` has taken every chunk, or anything fails. */
async function runWorker(
  options: PipelinedLoadOptions,
  chunks: ContentFile[][],
  cursor: Int32Array,
  assemble: (reply: Exclude<ChunkReply, { error: string }>) => boolean,
): Promise<void> {
  const worker = startWorker({ knowledge: { directory: options.knowledge.directory, site: options.knowledge.site }, chunks, cursor });
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        settled = true;
        reject(error);
      };
      worker.on('error', fail);
      // It ends on its own once no chunk is left to take (its replies come first); any other end is a failure.
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`the parsing thread stopped (exit code ${code})`));
      });
      worker.on('message', (reply: ChunkReply) => {
        if (settled) return;
        if ('error' in reply) return fail(new Error(reply.error));
        let done: boolean;
        try {
          done = assemble(reply);
        } catch (error) {
          return fail(error);
        }
        if (done) {
          settled = true;
          resolve();
        }
      });
    });
  } catch (error) {
    throw new CandorError('CONTENT_INVALID', `reading the postings folder ${options.contentDir} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    // A worker still parsing stops at its next chunk.
    Atomics.store(cursor, 0, chunks.length);
    worker.removeAllListeners();
    await worker.terminate();
  }
}

function startWorker(workerData: ParseWorkerData): Worker {
  // From dist/ the worker is compiled JavaScript. From source (tsx, vitest) it is TypeScript:
  // a small module registers tsx's loader in the new thread first, then loads it.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), { workerData });
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  // tsx's ESM API (its "import" export), found from its package.json: a data: module cannot resolve bare names.
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData });
}
