/**
 * A worker thread's share of a big postings folder: it reads and parses the
 * chunks of files it is handed and sends back what each file gave. See
 * parallel-load.ts for the other end.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from '../errors.js';
import type { StringPool } from './detach.js';
import { parseContentFile, type ParseOptions } from './load.js';
import type { ChunkReply, ChunkRequest } from './parallel-load.js';

const knowledge = (workerData as { knowledge: ParseOptions['knowledge'] }).knowledge;
// Repeated text is held once within this worker's share; the main thread pools it again across shares.
const strings: StringPool = new Map();

parentPort!.on('message', ({ chunk, files }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { chunk, results: files.map((file) => parseContentFile(file, readFileSync(file.absolute, 'utf8'), { knowledge, strings })) };
  } catch (error) {
    reply = { chunk, error: describe(error) };
  }
  parentPort!.postMessage(reply);
});
