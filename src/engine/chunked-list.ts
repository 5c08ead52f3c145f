/**
 * A list kept in chunks of a fixed size, for the build's per-passage lists
 * (hundreds of thousands of entries on a big board). An array grown by push
 * is copied into a new, bigger one each time it fills: measured on a
 * 10,000-posting build, the index's three per-passage arrays allocated over
 * 25 MB that way, all of it fresh memory that the kernel has to hand over
 * page by page and the collector has to copy. Chunks are never copied.
 * It may have holes: an index past the end grows it, and a hole reads as
 * undefined.
 */
const SHIFT = 13;
const SIZE = 1 << SHIFT;
const MASK = SIZE - 1;

export class ChunkedList<T> {
  private readonly chunks: (T | undefined)[][] = [];
  /** One past the highest index set. */
  length = 0;

  push(item: T): void {
    this.set(this.length, item);
  }

  at(index: number): T | undefined {
    return this.chunks[index >> SHIFT]?.[index & MASK];
  }

  set(index: number, item: T): void {
    const chunk = index >> SHIFT;
    while (this.chunks.length <= chunk) this.chunks.push(new Array<T | undefined>(SIZE));
    this.chunks[chunk]![index & MASK] = item;
    if (index >= this.length) this.length = index + 1;
  }
}
