/** Replies in words: Candor's own sentences in the asker's language, passages quoted as written. */
import type { Language, Posting } from '../content/types.js';
import { reachOf, withPhone } from '../content/contacts.js';
import type { Recruiter } from '../knowledge/types.js';
import type { Entry } from './passages.js';
import { phrase } from './phrases.js';
import type { Guess, PostingRef, Quote, Reply } from './types.js';

export function postingRef(posting: Posting): PostingRef {
  return posting.draft ? { id: posting.id, title: posting.title, draft: true } : { id: posting.id, title: posting.title };
}

function titleOf(posting: PostingRef, language: Language): string {
  return posting.draft ? `${posting.title} (${phrase(language, 'draft')})` : posting.title;
}

const base = (language: Language): Omit<Reply, 'kind' | 'text' | 'confidence'> => ({
  posting: null,
  topic: null,
  sources: [],
  choices: [],
  recruiter: null,
  language,
  quotes: [],
  applyUrl: null,
  guesses: [],
});

/** The link to a passage: its page, and its section's heading id when Hugo gives it one. */
export function passageUrl(entry: Entry): string {
  const page = entry.posting?.url ?? entry.company?.url ?? '';
  return entry.section.anchor ? `${page}#${entry.section.anchor}` : page;
}

export function answerReply(args: {
  excerpts: Entry[];
  posting: Posting | null;
  companyTitle: string;
  topic: string | null;
  confidence: number;
  language: Language;
}): Reply {
  const { excerpts, posting, language } = args;
  const ref = posting ? postingRef(posting) : null;
  const pageTitle = posting?.title ?? (excerpts[0]?.company?.title || args.companyTitle);
  const quotes: Quote[] = excerpts.map((entry) => ({
    text: entry.passage.text,
    postingId: posting?.id ?? '',
    section: entry.section.title || pageTitle,
    url: passageUrl(entry),
  }));
  const first = quotes[0]!;
  const where = `${ref ? `"${titleOf(ref, language)}"` : pageTitle}${first.section && first.section !== pageTitle ? ` › ${first.section}` : ''}`;
  const text = [`${phrase(language, 'from')} ${where}:`, ...quotes.map((quote) => `> ${quote.text}`), first.url].filter(Boolean).join('\n');
  const sources = dedupe(quotes.map((quote) => ({ posting: posting?.id ?? '', section: quote.section, url: quote.url })));
  return {
    ...base(language),
    kind: 'answer',
    text,
    posting: ref,
    topic: args.topic,
    confidence: round(args.confidence),
    sources,
    quotes,
    applyUrl: posting?.applyUrl ?? null,
  };
}

/** Who follows up, in the words of a handoff. With nobody named and no directory, the company's recruiters: never a person of another company. */
export function whoFollowsUp(language: Language, recruiter: { name: string; email: string; phone?: string }): string {
  const reach = reachOf(recruiter);
  return reach ? phrase(language, 'handoffWho', { name: recruiter.name, reach }) : phrase(language, 'handoffCompany');
}

/** The recruiter as a reply carries them. */
export function recruiterOfReply(recruiter: Recruiter): NonNullable<Reply['recruiter']> {
  return { id: recruiter.id, name: recruiter.name, email: recruiter.email, ...withPhone(recruiter) };
}

/** "How do I apply?" when no passage says so: the posting's own apply link answers it. */
export function applyLinkReply(args: { posting: Posting & { applyUrl: string }; topic: string; language: Language }): Reply {
  const { posting, language } = args;
  const ref = postingRef(posting);
  const section = phrase(language, 'apply');
  const link = posting.applyUrl.replace(/^mailto:([^?]*).*$/i, '$1');
  return {
    ...base(language),
    kind: 'answer',
    text: [`${phrase(language, 'from')} "${titleOf(ref, language)}":`, phrase(language, 'applyAt', { link }), posting.url].join('\n'),
    posting: ref,
    topic: args.topic,
    confidence: 1,
    sources: [{ posting: posting.id, section, url: posting.url }],
    quotes: [{ text: link, postingId: posting.id, section, url: posting.url }],
    applyUrl: posting.applyUrl,
  };
}

export function curatedReply(args: { text: string; source: string; posting: Posting | null; topic: string; language: Language }): Reply {
  const ref = args.posting ? postingRef(args.posting) : null;
  const url = args.posting?.url ?? '';
  const heading = phrase(args.language, 'curatedSource', { source: args.source });
  const where = ref ? ` ("${titleOf(ref, args.language)}")` : '';
  return {
    ...base(args.language),
    kind: 'answer',
    text: [`${heading}${where}:`, `> ${args.text}`, url].filter(Boolean).join('\n'),
    posting: ref,
    topic: args.topic,
    confidence: 1,
    sources: [{ posting: args.posting?.id ?? '', section: args.source, url }],
    quotes: [{ text: args.text, postingId: args.posting?.id ?? '', section: args.source, url }],
    applyUrl: args.posting?.applyUrl ?? null,
  };
}

export function clarifyReply(args: { choices: Posting[]; topic: string | null; confidence: number; language: Language }): Reply {
  const { language } = args;
  const choices = args.choices.map(postingRef);
  const intro = phrase(language, args.topic ? 'clarify' : 'clarifyNoTopic');
  const example = choices[0] ? shortTitle(choices[0].title) : '';
  const text = [intro, ...choices.map((choice) => `• ${titleOf(choice, language)}`), phrase(language, 'clarifyHint', { example })].join('\n');
  return { ...base(language), kind: 'clarify', text, topic: args.topic, confidence: round(args.confidence), choices };
}

export function handoffReply(args: {
  posting: Posting | null;
  recruiter: Recruiter;
  topic: string | null;
  confidence: number;
  guesses: Guess[];
  language: Language;
}): Reply {
  const { language, recruiter } = args;
  const ref = args.posting ? postingRef(args.posting) : null;
  const first = ref ? phrase(language, 'handoffPosting', { title: titleOf(ref, language) }) : phrase(language, 'handoffNone');
  const text = `${first} ${whoFollowsUp(language, recruiter)}`;
  return {
    ...base(language),
    kind: 'handoff',
    text,
    posting: ref,
    topic: args.topic,
    confidence: round(args.confidence),
    recruiter: recruiterOfReply(recruiter),
    applyUrl: args.posting?.applyUrl ?? null,
    guesses: args.guesses,
  };
}

/** A hint names a few postings, not a whole job board. */
const MAX_LISTED = 10;

export function helpReply(args: { visible: Posting[]; language: Language }): Reply {
  const { language, visible } = args;
  const lines = [phrase(language, 'help')];
  if (visible.length > 0) {
    const listed = visible.slice(0, MAX_LISTED).map((posting) => titleOf(postingRef(posting), language));
    if (visible.length > MAX_LISTED) listed.push(phrase(language, 'andMore', { count: String(visible.length - MAX_LISTED) }));
    lines.push(phrase(language, 'helpPostings', { titles: listed.join('; ') }));
    lines.push(phrase(language, 'helpExample', { example: phrase(language, 'exampleQuestion', { title: shortTitle(visible[0]!.title) }) }));
  }
  return { ...base(language), kind: 'help', text: lines.join('\n'), confidence: 1 };
}

/** "Team Lead for our Kubernetes team" -> "Team Lead", for an example question. */
export function shortTitle(title: string): string {
  return title.split(/\s+(?:for|at|in|-|–|—|\|)\s+/i)[0]!.trim();
}

function dedupe<T extends { url: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.url) && seen.add(item.url));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
