/**
 * Settings that belong to one installation and live in its database: the key
 * user ids in the logs are hashed with (src/log.ts). Made once, at the first
 * start, and kept; deleting the database starts a new installation.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export function installationKey(db: Database): string {
  db.prepare('INSERT OR IGNORE INTO installation (name, value) VALUES (?, ?)').run('log_id_key', randomBytes(32).toString('hex'));
  return (db.prepare('SELECT value FROM installation WHERE name = ?').get('log_id_key') as { value: string }).value;
}
