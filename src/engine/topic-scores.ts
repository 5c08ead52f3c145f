/**
 * A passage's topic evidence: a few (topic, weight) pairs. Hundreds of
 * thousands of passages each hold one, so it is two short arrays rather than
 * a Map, which costs several times the memory.
 */
export class TopicScores implements Iterable<[string, number]> {
  // Built at their final size: an array grown by push reserves room for many more.
  private constructor(
    private readonly ids: readonly string[],
    private readonly weights: readonly number[],
  ) {}

  private static readonly empty = new TopicScores([], []);

  static from(map: ReadonlyMap<string, number>): TopicScores {
    return map.size === 0 ? TopicScores.empty : new TopicScores([...map.keys()], [...map.values()]);
  }

  get(id: string): number | undefined {
    const at = this.ids.indexOf(id);
    return at === -1 ? undefined : this.weights[at];
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  keys(): readonly string[] {
    return this.ids;
  }

  get total(): number {
    let sum = 0;
    for (const weight of this.weights) sum += weight;
    return sum;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let at = 0; at < this.ids.length; at++) yield [this.ids[at]!, this.weights[at]!];
  }
}
