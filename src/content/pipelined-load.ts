/**
 * A big postings folder parsed by a worker thread and this thread together:
 * both take the next chunk of files from one shared counter. This thread
 * takes each posting as soon as every file before it is in (to index it
 * meanwhile), and parses a chunk itself whenever it would otherwise wait.
 * The worker's chunks arrive as numbers (posting-codec.ts). The corpus is
 * the one loadCorpus gives, in the same order. Small folders are not worth
 * a thread.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandorError } from '../errors.js';
import { listContentFiles, loadCorpus, readContentFile, startAssembly, type ContentFile, type FileResult, type LoadOptions } from './load.js';
import { decodePosting } from './posting-codec.js';
import { createStringTable } from './string-table.js';
import type { Corpus, Posting } from './types.js';

/** What the parse worker starts with: the chunks, and the counter both threads take the next chunk from. */
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
  // Front-matter values this thread cuts from files are copied once per distinct value (detach.ts).
  const parseHere = { ...options, strings: new Map<string, string>() };
  /** Parsed chunks, by either thread, waiting for the ones before them. */
  const parsed = new Map<number, FileResult[]>();
  // Both threads take the next chunk from one counter: neither waits for the other to be handed work.
  const cursor = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(cursor, 0, 1);
  let assembled = 0;

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

  const worker = startWorker({ knowledge: { directory: options.knowledge.directory, site: options.knowledge.site }, chunks, cursor });
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        settled = true;
        reject(error);
      };
      let parsingHere = false;
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
        // Nothing to index until the worker's next chunk is in: parse one more here meanwhile,
        // after the worker's messages already waiting (so a chunk it finished is indexed first).
        if (parsingHere || parsed.has(assembled) || Atomics.load(cursor, 0) >= chunks.length) return;
        parsingHere = true;
        setImmediate(() => {
          parsingHere = false;
          if (settled) return;
          const chunk = claim();
          if (chunk < chunks.length) {
            try {
              parsed.set(chunk, chunks[chunk]!.map((file) => readContentFile(file, parseHere)));
            } catch (error) {
              return fail(error);
            }
          }
          step();
        });
      };
      worker.on('error', fail);
      // It ends on its own once no chunk is left to take (its replies come first); any other end is a failure.
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`the parsing thread stopped (exit code ${code})`));
      });
      worker.on('message', (reply: ChunkReply) => {
        if (settled) return;
        if ('error' in reply) return fail(new Error(reply.error));
        // Strings are numbered in the order the worker parsed its chunks, which is the order they arrive in.
        strings.add(reply.strings);
        let at = 0;
        const results = reply.results.map((result): FileResult => {
          if (result.kind !== 'posting') return result;
          if (!result.encoded) return { kind: 'posting', posting: null, problems: result.problems };
          const { posting, next } = decodePosting(reply.tape, at, strings.textOf);
          at = next;
          return { kind: 'posting', posting, problems: result.problems };
        });
        parsed.set(reply.chunk, results);
        step();
      });
      step();
    });
  } catch (error) {
    throw new CandorError('CONTENT_INVALID', `reading the postings folder ${options.contentDir} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    // A worker still parsing stops at its next chunk.
    Atomics.store(cursor, 0, chunks.length);
    worker.removeAllListeners();
    await worker.terminate();
  }
  return assembly.corpus;
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
