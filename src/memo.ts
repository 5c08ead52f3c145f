/**
 * What is read once from data that does not change under it (a loaded
 * board, the topic lists), by key. Bounded: past `limit` keys it starts
 * again, so a long-running bot's odd words do not pile up.
 */
export function createMemo<V>(limit: number): (key: string, read: () => V) => V {
  const values = new Map<string, V>();
  return (key, read) => {
    const known = values.get(key);
    if (known !== undefined || values.has(key)) return known as V;
    const value = read();
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
