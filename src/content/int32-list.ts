/**
 * 32-bit whole numbers appended to a typed array that doubles as it fills:
 * no object per number, nothing for the garbage collector to trace, and
 * taking the list is one copy. A list of numbers grown by push, then
 * converted, cost a big load a tenth of a second.
 */
export class Int32List {
  private numbers: Int32Array;
  private written = 0;

  constructor(room = 1 << 14) {
    this.numbers = new Int32Array(room);
  }

  get length(): number {
    return this.written;
  }

  push(value: number): void {
    if (this.written === this.numbers.length) {
      const bigger = new Int32Array(Math.max(16, this.numbers.length * 2));
      bigger.set(this.numbers);
      this.numbers = bigger;
    }
    this.numbers[this.written++] = value;
  }

  at(position: number): number {
    return this.numbers[position]!;
  }

  set(at: number, value: number): void {
    this.numbers[at] = value;
  }

  /** The list so far, at its length; the list starts again empty. */
  take(): Int32Array {
    const taken = this.numbers.slice(0, this.written);
    this.written = 0;
    return taken;
  }
}
