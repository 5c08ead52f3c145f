/** The content model: what a folder of Hugo job postings becomes. */

export type Language = 'en' | 'nb' | 'sv';

/** One paragraph or list item, the unit Candor quotes. */
export interface Passage {
  /** Stable within a posting: `${sectionIndex}.${passageIndex}`. */
  id: string;
  text: string;
  /** 'list' for a list item, 'paragraph' otherwise. */
  kind: 'paragraph' | 'list';
  language: Language;
  /** Canonical topic ids from knowledge/topics.yaml this passage speaks to (shared by passages with the same ones). */
  topics: readonly string[];
}

export interface Section {
  /** Heading texts from the outermost to this section's own; empty for text before the first heading. */
  headingPath: string[];
  /** This section's own heading (last of headingPath), or '' for the lead-in. */
  title: string;
  /** Where the heading came from: a Markdown heading, an accordion question, a note box, or the lead-in text. */
  origin: 'heading' | 'accordion' | 'note' | 'lead';
  /** Slug usable as a URL fragment (#anchor), unique within the posting. */
  anchor: string;
  language: Language;
  /** Topics the heading itself signals (shared by sections with the same ones). */
  topics: readonly string[];
  passages: Passage[];
  /** 1-based line in the source file where the section starts. */
  line: number;
}

export interface Link {
  text: string;
  url: string;
}

export interface Posting {
  /** File name without `.md`. */
  id: string;
  title: string;
  intro: string;
  team: string;
  location: string;
  /** ISO date (YYYY-MM-DD) or '' when absent. */
  date: string;
  draft: boolean;
  language: Language;
  /** The apply link (sidebarlinkurl when it is a link, else the first apply button or mailto in the body). */
  applyUrl: string | null;
  /** Public URL of the posting page. */
  url: string;
  /** Path of the source file, relative to the working directory when possible. */
  sourceFile: string;
  sections: Section[];
  /** Links and e-mail addresses found in the body (cards, buttons, mailto links). */
  links: Link[];
  /** The recruiter this posting names, resolved against the directory (see knowledge). */
  recruiterId: string | null;
  /** A contact the posting names who is not in the directory; null when it names none or a known one. */
  contact: { name: string; email: string } | null;
}

/** Company-wide text from a section's `_index.md`. */
export interface CompanyPage {
  title: string;
  sourceFile: string;
  sections: Section[];
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
