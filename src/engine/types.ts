/** What a question is, and what Candor says back. */
import type { Language } from '../content/types.js';

export type Audience = 'candidate' | 'staff';
export type ReplyKind = 'answer' | 'clarify' | 'handoff' | 'help';

export interface Question {
  text: string;
  audience: Audience;
  /** The posting the conversation is already about (a thread follow-up). */
  contextPostingId?: string;
  /** Force the posting (a click on a clarify choice). */
  postingId?: string;
}

export interface PostingRef {
  id: string;
  title: string;
  draft?: boolean;
}

export interface Source {
  posting: string;
  section: string;
  url: string;
}

export interface Quote {
  text: string;
  postingId: string;
  section: string;
  url: string;
}

export interface Guess {
  posting: PostingRef | null;
  topic: string | null;
  confidence: number;
}

export interface Reply {
  kind: ReplyKind;
  /** The reply as a person would see it, plain text. */
  text: string;
  posting: PostingRef | null;
  topic: string | null;
  confidence: number;
  sources: Source[];
  /** Clarify: the postings the candidate can pick from. */
  choices: PostingRef[];
  /** Handoff: who will follow up. */
  recruiter: { id: string; name: string; email: string; phone?: string } | null;
  /** Language of Candor's own words. */
  language: Language;
  /** Structured pieces for adapters that render rich replies. */
  quotes: Quote[];
  applyUrl: string | null;
  /** Handoff: the engine's best guesses, for the recruiter. */
  guesses: Guess[];
}

export interface PostingListing extends PostingRef {
  team: string;
  location: string;
  url: string;
  applyUrl: string | null;
}

export interface Engine {
  ask(question: Question): Reply;
  /** Postings visible to an audience, for listings. */
  postings(audience: Audience): PostingListing[];
}
