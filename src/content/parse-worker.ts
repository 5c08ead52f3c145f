/**
 * A worker thread that reads and parses a big postings folder's files, a
 * chunk at a time, and sends back what each file gave. See
 * pipelined-load.ts for the other end.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from '../errors.js';
import { parseContentFile, type ParseOptions } from './load.js';
import type { ChunkReply, ChunkRequest } from './pipelined-load.js';

const knowledge = (workerData as { knowledge: ParseOptions['knowledge'] }).knowledge;

parentPort!.on('message', ({ chunk, files }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    // Slices stay: posting a result copies every string into the main thread's heap anyway.
    reply = { chunk, results: files.map((file) => parseContentFile(file, readFileSync(file.absolute, 'utf8'), { knowledge, keepSlices: true })) };
  } catch (error) {
    reply = { chunk, error: describe(error) };
  }
  parentPort!.postMessage(reply);
});
