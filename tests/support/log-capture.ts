/** A JSON pino logger whose output tests read back: raw lines, and each line parsed as it is written. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface CapturedLogs {
  logger: Logger;
  lines: string[];
  records: LogRecord[];
}

export function captureLogs(level = 'trace', options: { idKey?: string } = {}): CapturedLogs {
  const lines: string[] = [];
  const records: LogRecord[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        records.push(JSON.parse(line) as LogRecord);
      }
      done();
    },
  });
  return { logger: createLogger({ level, pretty: false, destination, ...options }), lines, records };
}
