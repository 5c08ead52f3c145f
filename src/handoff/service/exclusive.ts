/**
 * Work in progress in this process, by key, so a tick and a platform event
 * never do the same thing twice at once: a second caller with a busy key gets
 * undefined instead of waiting.
 */
export type Exclusive = <T>(key: string, task: () => Promise<T>) => Promise<T | undefined>;

export function createExclusive(): Exclusive {
  const busy = new Set<string>();
  return async (key, task) => {
    if (busy.has(key)) return undefined;
    busy.add(key);
    try {
      return await task();
    } finally {
      busy.delete(key);
    }
  };
}
