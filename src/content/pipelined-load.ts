/**
 * A big postings folder parsed by a worker thread while this thread indexes:
 * the worker takes chunks of files in order, read ahead for it by a small
 * thread of their own (read-ahead.ts), and sends each as numbers
 * (posting-codec.ts); this thread hands on each posting as its chunk
 * arrives. The corpus is the one loadCorpus gives, in the same order. Small
 * folders are not worth a thread.
 *
 * This thread parses only the first chunk, while the worker starts up: a
 * worker takes a tenth of a second or more to start, and this thread had
 * nothing to index meanwhile. It used to parse a chunk whenever it had
 * nothing to index, but on two vCPUs its parsing slowed the worker's about
 * as much as it added, and cost more per file (whole postings, its own
 * memos): with the worker parsing alone, a 10,000-posting build took a tenth
 * less CPU and was no slower, run for run (0–6 % faster).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import { listContentFiles, loadCorpus, readContentFile, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import { decodePosting } from './posting-codec.js';
import { createReadAheadRing, stopReadAhead, type ReadAheadRing } from './read-ahead.js';
import { withBusyCoreSettings } from './busy-cores.js';
import { createStringTable } from './string-table.js';
import type { Corpus, Posting } from './types.js';

/** What the parse worker starts with: the chunks, the counter it takes the next one from (set past the end to stop it early), and the ring the files are read ahead into. */
export interface ParseWorkerData {
  knowledge: LoadOptions['knowledge'];
  chunks: ContentFile[][];
  cursor: Int32Array;
  ring: ReadAheadRing;
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

/** What is known before the knowledge is: where the postings are, and how they are to be read. */
export type ContentLoadStart = Pick<PipelinedLoadOptions, 'contentDir' | 'cwd' | 'worker' | 'annotate'>;

/** A load whose threads have started; it parses once it is given the knowledge to read the postings with. */
export interface ContentLoad {
  run(options: Pick<PipelinedLoadOptions, 'knowledge' | 'onPosting'>): Promise<Corpus>;
  /** Stops the threads of a load that will not run. */
  cancel(): Promise<void>;
}

const CHUNK = 100;
/**
 * The first chunks are smaller, so this thread starts indexing sooner: the worker's first files are parsed by code not yet optimized.
 * The very first is this thread's own (OWN_CHUNK), parsed while the worker starts.
 */
const FIRST_CHUNKS = [20, 10, 20, 40];
const OWN_CHUNK = 0;
/** The last are smaller as well: once the worker is done, what this thread has left to index is its last chunk. */
const LAST_CHUNKS = [40, 20];
/** Below this many files the thread costs more to start than it saves. */
export const MIN_FILES_FOR_WORKER = 2_000;

export async function loadCorpusPipelined(options: PipelinedLoadOptions): Promise<Corpus> {
  return startContentLoad(options).run(options);
}

/**
 * Lists the folder and, for a big one, starts the threads: they start up
 * (and the reader reads) while the caller reads its knowledge, a tenth of a
 * second that this thread used to wait for its first postings.
 */
export function startContentLoad(start: ContentLoadStart): ContentLoad {
  let files: ContentFile[];
  try {
    files = listContentFiles(start);
  } catch (error) {
    // Reported when the load runs, after anything wrong with the knowledge, as before threads started early.
    return { run: () => Promise.reject(error), cancel: async () => {} };
  }
  // annotate is a function of this thread; it cannot cross to a worker.
  if (!(start.worker ?? files.length >= MIN_FILES_FOR_WORKER) || start.annotate) {
    return {
      run: async (options) => {
        const corpus = await loadCorpus({ ...start, ...options });
        corpus.postings.forEach((posting) => options.onPosting?.(posting));
        return corpus;
      },
      cancel: async () => {},
    };
  }
  const threads = startThreads(chunksOf(files));
  return {
    // Both cores are busy until the worker is done: see busy-cores.ts.
    run: (options) => withBusyCoreSettings(() => runThreads(threads, start.contentDir, options)),
    cancel: () => threads.stop(),
  };
}

interface Threads {
  chunks: ContentFile[][];
  worker: Worker;
  reader: Worker;
  cursor: Int32Array;
  ring: ReadAheadRing;
  /** Whatever went wrong with the worker before the load ran. */
  early: unknown[];
  stop(): Promise<void>;
  /** A load runs once: its threads end with it. */
  ran: boolean;
  /** Its threads were stopped (a load given up, or one that ran). */
  stopped: boolean;
}

const ignore = () => {};

function startThreads(chunks: ContentFile[][]): Threads {
  const cursor = new Int32Array(new SharedArrayBuffer(4));
  const ring = createReadAheadRing(CHUNK);
  // The parse worker waits for its job (ParseWorkerData); the reader needs only the paths and starts reading.
  const worker = startWorker('parse-worker', undefined);
  // This thread reads its own chunk itself: the reader starts up meanwhile.
  const reader = startWorker('read-ahead-worker', { ring, chunks: chunks.map((files, chunk) => (chunk === OWN_CHUNK ? [] : files.map((file) => file.absolute))) });
  const early: unknown[] = [];
  const noteEarly = (error: unknown) => early.push(error);
  worker.on('error', noteEarly).on('exit', (code) => noteEarly(new Error(`the parsing thread stopped before its job came (exit code ${code})`)));
  // Without the reader the parse worker reads the files itself: slower, never wrong.
  const readerGone = () => stopReadAhead(ring);
  reader.on('error', readerGone).on('exit', readerGone);
  // Until the load runs, the threads alone do not keep the process alive (a load given up without cancel() must not hang it).
  worker.unref();
  reader.unref();
  const stop = async () => {
    threads.stopped = true;
    // A worker still parsing stops at its next chunk; a reader still reading, at its next wait.
    Atomics.store(cursor, 0, chunks.length);
    stopReadAhead(ring);
    // A thread that failed meanwhile still reports it as it ends, and an 'error' nobody listens to would end the process.
    worker.removeAllListeners().on('error', ignore);
    reader.removeAllListeners().on('error', ignore);
    await Promise.all([worker.terminate(), reader.terminate()]);
  };
  const threads: Threads = { chunks, worker, reader, cursor, ring, early, stop, ran: false, stopped: false };
  return threads;
}

/** Gives the worker its job and takes its chunks, in order, until every one is in or anything fails. */
async function runThreads(threads: Threads, contentDir: string, options: Pick<PipelinedLoadOptions, 'knowledge' | 'onPosting'>): Promise<Corpus> {
  const { chunks, worker, reader, cursor, ring } = threads;
  if (threads.ran) throw new CandorError('CONTENT_INVALID', `the load of ${contentDir} has run already; start another`);
  if (threads.stopped) throw new CandorError('CONTENT_INVALID', `the load of ${contentDir} was cancelled; start another`);
  threads.ran = true;
  worker.ref();
  reader.ref();
  const assembly = startAssembly();
  const strings = createStringTable();
  let assembled = 0;

  /** A chunk's files, in folder order, into the corpus (and each posting on to the caller); true once every chunk is in. */
  const assembleParsed = (chunk: number, results: readonly FileResult[]): boolean => {
    if (chunk !== assembled) throw new Error(`chunk ${chunk} arrived where chunk ${assembled} was expected`);
    chunks[chunk]!.forEach((file, position) => {
      const kept = assembly.add(file, results[position]!);
      if (kept) options.onPosting?.(kept);
    });
    assembled += 1;
    return assembled === chunks.length;
  };
  const assemble = (reply: Exclude<ChunkReply, { error: string }>): boolean => {
    // Strings are numbered in the order the worker parsed its chunks, which is the order they arrive in.
    if (reply.chunk !== assembled) throw new Error(`chunk ${reply.chunk} arrived where chunk ${assembled} was expected`);
    strings.add(reply.strings);
    let at = 0;
    const results = reply.results.map((result): FileResult => {
      if (result.kind !== 'posting') return result;
      let posting: Posting | null = null;
      if (result.encoded) ({ posting, next: at } = decodePosting(reply.tape, at, strings.textOf));
      return { kind: 'posting', posting, problems: result.problems };
    });
    return assembleParsed(reply.chunk, results);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        settled = true;
        reject(error);
      };
      if (threads.early.length > 0) return fail(threads.early[0]);
      worker.removeAllListeners('error').removeAllListeners('exit');
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
      if (chunks.length === 0) {
        settled = true;
        return resolve();
      }
      // The worker takes chunks from the cursor once it has its job: this thread's own is taken first.
      const own = Atomics.add(cursor, 0, 1);
      const job: ParseWorkerData = { knowledge: { directory: options.knowledge.directory, site: options.knowledge.site }, chunks, cursor, ring };
      worker.postMessage(job);
      if (own !== OWN_CHUNK) return fail(new Error(`this thread expected chunk ${OWN_CHUNK}, and the cursor gave ${own}`));
      try {
        const parseOptions = { knowledge: options.knowledge, strings: new Map<string, string>() };
        const results = chunks[own]!.map((file) => readContentFile(file, parseOptions));
        if (assembleParsed(own, results)) {
          settled = true;
          resolve();
        }
      } catch (error) {
        fail(error);
      }
    });
  } catch (error) {
    // The load's own error is the one to report, whatever stopping its threads gives.
    await threads.stop().catch(ignore);
    throw new CandorError('CONTENT_INVALID', `reading the postings folder ${contentDir} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // Both threads are ending on their own (no chunk is left): the index is finished while they tear down.
  threads.stop().catch(ignore);
  return assembly.corpus;
}

function startWorker(name: 'parse-worker' | 'read-ahead-worker', workerData: unknown): Worker {
  // From dist/ the worker is compiled JavaScript. From source (tsx, vitest) it is TypeScript:
  // a small module registers tsx's loader in the new thread first, then loads it.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  // tsx's ESM API (its "import" export), found from its package.json: a data: module cannot resolve bare names.
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData });
}

function chunksOf(files: ContentFile[]): ContentFile[][] {
  const chunks: ContentFile[][] = [];
  let at = 0;
  const take = (size: number) => {
    const taken = Math.min(size, files.length - at);
    if (taken > 0) chunks.push(files.slice(at, at + taken));
    at += taken;
  };
  FIRST_CHUNKS.forEach(take);
  // The files between the first and last chunks in chunks of CHUNK at most, all of about one size (no stray chunk of one file).
  const middle = Math.max(0, files.length - at - LAST_CHUNKS.reduce((sum, size) => sum + size, 0));
  let left = middle;
  for (let remaining = Math.ceil(middle / CHUNK); remaining > 0; remaining--) {
    const size = Math.ceil(left / remaining);
    take(size);
    left -= size;
  }
  LAST_CHUNKS.forEach(take);
  return chunks;
}
