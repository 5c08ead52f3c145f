/** The thread that reads a big load's files ahead of the parse worker (see read-ahead.ts). */
import { workerData } from 'node:worker_threads';
import { fillReadAheadRing, type ReadAheadRing } from './read-ahead.js';

const { ring, chunks } = workerData as { ring: ReadAheadRing; chunks: string[][] };
fillReadAheadRing(ring, chunks);
