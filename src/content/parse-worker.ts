/**
 * A worker thread that reads and parses a big postings folder's files, taking
 * chunks from the counter it shares with the main thread until none are
 * left, and sends back what each file gave. See pipelined-load.ts for the
 * other end.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from '../errors.js';
import { parseContentFile } from './load.js';
import type { ChunkReply, PackedResult, ParseWorkerData } from './pipelined-load.js';
import { createStringPacker } from './string-table.js';

const { knowledge, chunks, cursor } = workerData as ParseWorkerData;
/** One table for the whole load: the main thread keeps the strings of every chunk it was sent. */
const strings = createStringPacker();

for (let chunk = Atomics.add(cursor, 0, 1); chunk < chunks.length; chunk = Atomics.add(cursor, 0, 1)) {
  let reply: ChunkReply;
  try {
    // Slices stay: the packer copies each string it keeps, once.
    const results = chunks[chunk]!.map((file): PackedResult => {
      const result = parseContentFile(file, readFileSync(file.absolute, 'utf8'), { knowledge, keepSlices: true });
      return result.kind === 'posting' ? { ...result, posting: result.posting && strings.pack(result.posting) } : result;
    });
    reply = { chunk, strings: strings.takeAdded(), results };
  } catch (error) {
    reply = { chunk, error: describe(error) };
  }
  parentPort!.postMessage(reply);
  if ('error' in reply) break;
}
