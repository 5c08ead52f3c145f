/** A posting a question names, and how well: its naming words are read only when a caller looks. */
import type { Posting } from '../content/types.js';

export interface PostingMatch {
  posting: Posting;
  /** Title evidence alone: what names a posting. */
  title: number;
  /** Title, meta and body evidence: what ranks the named ones. */
  total: number;
  /** Share of the title's weight the question matched. */
  coverage: number;
  /** Question words that matched the title or the team/location. */
  naming: Set<string>;
  /** Those that matched the title. */
  titleNaming: Set<string>;
}

export class Match implements PostingMatch {
  private names?: { naming: Set<string>; titleNaming: Set<string> };

  constructor(
    readonly posting: Posting,
    readonly title: number,
    public total: number,
    readonly coverage: number,
    private readonly at: number,
    private readonly read: (at: number) => { naming: Set<string>; titleNaming: Set<string> },
  ) {}

  /** "Remote" in a posting's location names it, and is still what "is it remote?" asks: a concept's word names only by the title. */
  get naming(): Set<string> {
    return (this.names ??= this.read(this.at)).naming;
  }

  get titleNaming(): Set<string> {
    return (this.names ??= this.read(this.at)).titleNaming;
  }
}
