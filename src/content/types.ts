/** The content model: what a folder of Hugo job postings becomes. */
import type { Language } from '../language/words.js';

export type { Language } from '../language/words.js';

/** One paragraph, list item or front-matter fact: the unit Candor quotes. */
export interface Passage {
  /** Stable within a posting: `${sectionIndex}.${passageIndex}`. */
  id: string;
  text: string;
  kind: 'paragraph' | 'list' | 'fact';
  language: Language;
}

export interface Section {
  /** Heading texts from the outermost to this section's own; empty for text before the first heading. */
  headingPath: string[];
  /** This section's own heading (last of headingPath), or '' for the lead-in. */
  title: string;
  /** Where the heading came from: a Markdown heading, a bold line standing alone, a shortcode's title, the lead-in, or front matter. */
  origin: 'heading' | 'bold' | 'shortcode' | 'lead' | 'facts';
  /** The URL fragment Hugo gives the heading (github-style id, or an explicit {#id}); '' for none. */
  anchor: string;
  language: Language;
  passages: Passage[];
  /** 1-based line in the source file where the section starts. */
  line: number;
}

export interface Link {
  text: string;
  url: string;
}

export interface Contact {
  name: string;
  /** '' for a person the posting gives only a phone number for. */
  email: string;
  phone?: string;
  /** Where the posting names the person. */
  from: 'front matter' | 'body' | 'application';
}

/** Why a posting is for staff only. */
export type Hidden = 'draft' | 'future' | 'expired';

export interface Posting {
  /** File name without `.md`; a page bundle's folder name. */
  id: string;
  title: string;
  intro: string;
  team: string;
  location: string;
  /** Hugo's tags and keywords: words the site files the posting under ("react", "kotlin"). */
  tags?: string[];
  /** ISO date (YYYY-MM-DD) or '' when absent. */
  date: string;
  /** Staff only: a draft, published in the future, or expired. */
  draft: boolean;
  hidden: Hidden | null;
  language: Language;
  applyUrl: string | null;
  /** Public URL of the posting page. */
  url: string;
  /** Path of the source file, relative to the working directory when possible. */
  sourceFile: string;
  sections: Section[];
  links: Link[];
  /** People the posting names to contact, in the order found. */
  contacts: Contact[];
  /** The directory recruiter the posting names (knowledge/recruiters.yaml), if any. */
  recruiterId: string | null;
  /** The person the posting names who is not in the directory. */
  contact: { name: string; email: string; phone?: string } | null;
}

/** Company-wide text from a section's `_index.md`. */
export interface CompanyPage {
  title: string;
  sourceFile: string;
  url: string;
  sections: Section[];
  contacts: Contact[];
}

export interface ContentProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface Corpus {
  postings: Posting[];
  company: CompanyPage[];
  problems: ContentProblem[];
}
