/**
 * A worker thread that reads and parses a big postings folder's files, a
 * chunk at a time, and sends back what each file gave. See
 * pipelined-load.ts for the other end.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from '../errors.js';
import { parseContentFile, type ParseOptions } from './load.js';
import type { ChunkReply, ChunkRequest, PackedResult, WorkerReply } from './pipelined-load.js';
import { createStringPacker } from './string-table.js';

const knowledge = (workerData as { knowledge: ParseOptions['knowledge'] }).knowledge;
/** One table for the whole load: the main thread keeps the strings of every chunk it was sent. */
const strings = createStringPacker();

parentPort!.on('message', ({ chunk, files }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    // Slices stay: the packer copies each string it keeps, once.
    const results = files.map((file): PackedResult => {
      const result = parseContentFile(file, readFileSync(file.absolute, 'utf8'), { knowledge, keepSlices: true });
      return result.kind === 'posting' ? { ...result, posting: result.posting && strings.pack(result.posting) } : result;
    });
    reply = { chunk, strings: strings.takeAdded(), results };
  } catch (error) {
    reply = { chunk, error: describe(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage({ ready: true } satisfies WorkerReply);
