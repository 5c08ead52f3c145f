/**
 * A worker thread that reads and parses a big postings folder's files, taking
 * chunks from the counter it shares with the main thread until none are
 * left, and sends back what each file gave. See pipelined-load.ts for the
 * other end.
 */
import { parentPort } from 'node:worker_threads';
import { describe } from '../errors.js';
import { readContentFileForTape } from './load.js';
import type { ChunkReply, EncodedResult, ParseWorkerData } from './pipelined-load.js';
import { encodePosting, TapeWriter } from './posting-codec.js';
import { takeReadAhead } from './read-ahead.js';
import { createStringNumbering } from './string-table.js';

// The job comes once the main thread has read its knowledge: this thread starts up meanwhile.
const { knowledge, chunks, cursor, ring } = await new Promise<ParseWorkerData>((resolve) => parentPort!.once('message', resolve));
/** One table for the whole load: the main thread keeps the strings of every chunk it was sent. */
const strings = createStringNumbering();

for (let chunk = Atomics.add(cursor, 0, 1); chunk < chunks.length; chunk = Atomics.add(cursor, 0, 1)) {
  let reply: ChunkReply;
  try {
    // Slices stay: the numbering copies each string it keeps, once.
    const tape = new TapeWriter();
    const files = chunks[chunk]!;
    const sources = takeReadAhead(ring, chunk, files.length);
    const results = files.map((file, position): EncodedResult => {
      const result = readContentFileForTape(file, { knowledge }, sources?.[position] ?? undefined);
      if (result.kind !== 'posting') return result;
      if (result.posting) encodePosting(result.posting, tape, strings);
      return { kind: 'posting', encoded: result.posting !== null, problems: result.problems };
    });
    reply = { chunk, strings: strings.takeAdded(), tape: tape.take(), results };
  } catch (error) {
    reply = { chunk, error: describe(error) };
  }
  parentPort!.postMessage(reply, 'tape' in reply ? [reply.tape.buffer as ArrayBuffer] : []);
  if ('error' in reply) break;
}
