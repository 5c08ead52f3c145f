/**
 * A big load's files read ahead of the parse worker by a thread of their
 * own, into a ring of shared memory: opening and reading 10,000 files is
 * system calls, a tenth of the worker's time, and the worker is the one the
 * indexing thread waits for. The reader fills a slot with one chunk's files
 * (in chunk order); the worker makes its strings from the slot and frees it.
 * The ring is reused, so no new memory is touched per chunk.
 *
 * A file the reader could not take (larger than its slot's room, or any
 * error) is marked so, and the worker reads it itself as before: an error
 * then comes from the same readFileSync, worded the same.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const SLOTS = 8;
const SLOT_BYTES = 2 * 1024 * 1024;
/** control: chunks written, chunks freed, and whether the reader stopped early. */
const WRITTEN = 0;
const FREED = 1;
const STOPPED = 2;
/** Per file of a slot: its offset and byte length, or SELF for a file the worker reads itself. */
const SELF = -1;
/** Waits are short, so a stop that comes between a check and a wait is still seen. */
const WAIT_MS = 50;

export interface ReadAheadRing {
  control: SharedArrayBuffer;
  bytes: SharedArrayBuffer;
  /** Per slot: the chunk's files' offsets and lengths, two numbers a file. */
  spans: SharedArrayBuffer;
}

export function createReadAheadRing(maxFilesPerChunk: number): ReadAheadRing {
  return {
    control: new SharedArrayBuffer(3 * 4),
    bytes: new SharedArrayBuffer(SLOTS * SLOT_BYTES),
    spans: new SharedArrayBuffer(SLOTS * maxFilesPerChunk * 2 * 4),
  };
}

/** The reader's side: every chunk's files in order, waiting while the ring is full. */
export function fillReadAheadRing(ring: ReadAheadRing, chunks: readonly (readonly string[])[]): void {
  const control = new Int32Array(ring.control);
  const bytes = new Uint8Array(ring.bytes);
  const spans = new Int32Array(ring.spans);
  const perSlot = spans.length / SLOTS;
  for (let chunk = 0; chunk < chunks.length; chunk++) {
    for (let freed = Atomics.load(control, FREED); chunk - freed >= SLOTS; freed = Atomics.load(control, FREED)) {
      if (Atomics.load(control, STOPPED)) return;
      Atomics.wait(control, FREED, freed, WAIT_MS);
    }
    // More files than the ring was made for would overwrite the next slot's spans; the worker then reads them itself.
    if (chunks[chunk]!.length * 2 > perSlot) throw new Error(`chunk ${chunk} has more files than the read-ahead ring was made for`);
    const slot = chunk % SLOTS;
    const start = slot * SLOT_BYTES;
    let used = 0;
    chunks[chunk]!.forEach((file, position) => {
      const length = readInto(file, bytes, start + used, SLOT_BYTES - used);
      spans[slot * perSlot + 2 * position] = length === SELF ? SELF : start + used;
      spans[slot * perSlot + 2 * position + 1] = length;
      if (length !== SELF) used += length;
    });
    Atomics.store(control, WRITTEN, chunk + 1);
    Atomics.notify(control, WRITTEN);
  }
}

/**
 * The file's bytes at `offset`, if they fit in `room`; SELF if not, or if
 * anything goes wrong. Reads until a read gives nothing, asking each time for
 * all the room left, rather than asking the file's size first: a stat per
 * file was a seventh of the reading's CPU on this bench's virtual machine,
 * where a system call costs microseconds. A file that fills the room may be
 * bigger: the worker reads it whole itself.
 */
function readInto(file: string, bytes: Uint8Array, offset: number, room: number): number {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    let length = 0;
    for (let read = -1; read !== 0; length += read) {
      if (length === room) return SELF;
      read = readSync(fd, bytes, offset + length, room - length, null);
    }
    return length;
  } catch {
    return SELF;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Tells a reader waiting for room to stop: the load ended early. */
export function stopReadAhead(ring: ReadAheadRing): void {
  const control = new Int32Array(ring.control);
  Atomics.store(control, STOPPED, 1);
  Atomics.notify(control, FREED);
  Atomics.notify(control, WRITTEN);
}

/**
 * The worker's side: chunk `chunk`'s files as text (null for a file to read
 * itself), once the reader has them; the slot is free again on return.
 * Null altogether when the reader stopped first.
 */
export function takeReadAhead(ring: ReadAheadRing, chunk: number, files: number): (string | null)[] | null {
  const control = new Int32Array(ring.control);
  for (let written = Atomics.load(control, WRITTEN); written <= chunk; written = Atomics.load(control, WRITTEN)) {
    if (Atomics.load(control, STOPPED)) return null;
    Atomics.wait(control, WRITTEN, written, WAIT_MS);
  }
  const spans = new Int32Array(ring.spans);
  const perSlot = spans.length / SLOTS;
  const slot = chunk % SLOTS;
  const texts: (string | null)[] = [];
  // One view of the ring for the chunk, not one per file.
  const bytes = Buffer.from(ring.bytes);
  for (let position = 0; position < files; position++) {
    const offset = spans[slot * perSlot + 2 * position]!;
    const length = spans[slot * perSlot + 2 * position + 1]!;
    texts.push(offset === SELF ? null : bytes.toString('utf8', offset, offset + length));
  }
  Atomics.store(control, FREED, chunk + 1);
  Atomics.notify(control, FREED);
  return texts;
}
