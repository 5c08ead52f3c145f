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
    /** Per topic, the evidence of the sentence that states it best; null when the passage is one sentence. */
    private readonly sentences: readonly number[] | null,
  ) {}

  private static readonly empty = new TopicScores([], [], null);

  static from(map: ReadonlyMap<string, number>, sentences?: ReadonlyMap<string, number>): TopicScores {
    if (map.size === 0) return TopicScores.empty;
    const ids = [...map.keys()];
    return new TopicScores(ids, [...map.values()], sentences && sentences.size > 0 ? ids.map((id) => sentences.get(id) ?? 0) : null);
  }

  /** The evidence of the one sentence that says the most about a topic (0 when the passage is one sentence). */
  sentence(id: string): number {
    if (!this.sentences) return 0;
    const at = this.ids.indexOf(id);
    return at === -1 ? 0 : (this.sentences[at] ?? 0);
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

  /** The weight of the topic at `position` of keys(): a loop over both without the iterator's pairs. */
  weightAt(position: number): number {
    return this.weights[position] ?? 0;
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
