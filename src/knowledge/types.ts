/**
 * What a company adds to Candor: its recruiters, aliases, site URL,
 * threshold and taught answers. Every file is optional; the language
 * knowledge (topics and their words) is the product's own (src/language/),
 * and a company's topic words are added to it.
 */
import type { Language } from '../content/types.js';
import type { Shape } from '../language/concepts.js';

export interface Topic {
  id: string;
  /** How Candor names the topic in its own words, per language. */
  label: Record<Language, string>;
  /** Words and phrases that signal the topic, in any language (see src/language/concepts.ts). */
  words: string[];
  /** What an answer about it must hold ("amount" for pay), when anything. */
  shape?: Shape;
}

export interface Recruiter {
  id: string;
  name: string;
  email: string;
  /** A person a posting gives only a phone number for. */
  phone?: string;
  slackUserId?: string;
  discordUserId?: string;
}

export interface RecruiterDirectory {
  recruiters: Recruiter[];
  /** Recruiter of a posting that names nobody; '' when the company set none. */
  defaultId: string;
  /** Who an unclaimed handoff escalates to; '' when the company set none. */
  fallbackId: string;
}

export interface CuratedAnswer {
  /** Posting id, or '*' for a company-wide answer. */
  posting: string;
  topic: string;
  question?: string;
  text: string;
  language: Language;
  /** Who wrote it: a recruiter's name, or the company. */
  source: string;
  file: string;
}

export interface Knowledge {
  topics: Topic[];
  directory: RecruiterDirectory;
  /** Company-specific word equivalences: "okd" -> "openshift". Keys and values lower case. */
  termAliases: Record<string, string>;
  /** Extra names for postings by id: { "kubernetes-team-lead": ["k8s lead"] }. */
  postingAliases: Record<string, string[]>;
  answers: CuratedAnswer[];
  site: {
    /** Posting URL = baseUrl + posting id + '/'; '' to follow the Hugo site's baseURL. */
    baseUrl: string;
    /** '' when not set: the Hugo site's title or the company page's stands in. */
    companyName: string;
  };
  engine: {
    /** Scales how sure Candor must be before it answers (1 = the built-in bar). */
    answerThreshold: number;
  };
}
