/** Curated knowledge: what must change per company lives in knowledge/, never in code. */
import type { Language } from '../content/types.js';

export interface Topic {
  id: string;
  /** How Candor names the topic in its own words, per language. */
  label: Record<Language, string>;
  /** Words and phrases that signal the topic in a heading, passage or question, per language. */
  words: Record<Language, string[]>;
  /** A topic postings rarely answer (vacation, visas): recognised so it is handed off, not guessed. */
  absent: boolean;
}

export interface Recruiter {
  id: string;
  name: string;
  email: string;
  slackUserId?: string;
  discordUserId?: string;
}

export interface RecruiterDirectory {
  recruiters: Recruiter[];
  /** Recruiter of a posting that names no contact. */
  defaultId: string;
  /** Who an unclaimed handoff escalates to. */
  fallbackId: string;
}

export interface CuratedAnswer {
  /** Posting id, or '*' for a company-wide answer. */
  posting: string;
  topic: string;
  /** Words of a question this answer is for, beyond the topic (optional). */
  question?: string;
  text: string;
  language: Language;
  /** Who wrote it: a recruiter's name, or the company. */
  source: string;
  file: string;
}

export interface Knowledge {
  topics: Topic[];
  /** Topic words that count only when no other topic is asked about ("how much" in "how much travel?"). */
  weakWords: string[];
  directory: RecruiterDirectory;
  /** Term synonyms: "k8s" -> "kubernetes". Keys and values lower case. */
  termAliases: Record<string, string>;
  /** Extra names for postings by id: { "kubernetes-team-lead": ["k8s lead"] }. */
  postingAliases: Record<string, string[]>;
  answers: CuratedAnswer[];
  site: {
    /** Posting URL = baseUrl + posting id + '/'. */
    baseUrl: string;
    companyName: string;
  };
  engine: {
    /** Minimum confidence for an answer; below it Candor hands off. */
    answerThreshold: number;
  };
}
