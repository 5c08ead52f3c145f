/** A bounded "seen before?" set: the oldest key is forgotten first, so memory stays flat. */
export interface SeenSet {
  /** True the first time a key is offered, false on every repeat still remembered. */
  first(key: string): boolean;
  has(key: string): boolean;
  add(key: string): void;
}

export function createSeenSet(limit = 5_000): SeenSet {
  const keys = new Set<string>();
  const add = (key: string): void => {
    keys.delete(key);
    keys.add(key);
    if (keys.size > limit) keys.delete(keys.values().next().value!);
  };
  return {
    first(key) {
      if (keys.has(key)) return false;
      add(key);
      return true;
    },
    has: (key) => keys.has(key),
    add,
  };
}
