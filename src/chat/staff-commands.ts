/**
 * Staff sub-commands of the slash command, as plain text: every posting in
 * detail, a posting's passages for a topic, the handoff queue, the questions
 * handed off and the answers marked helpful or unhelpful, and a content
 * reload. The handler checks the audience; this file only renders.
 */
import { whoOf } from '../content/contacts.js';
import type { Posting } from '../content/types.js';
import type { CandorEngine } from '../engine/engine.js';
import type { Gap, Handoff } from '../handoff/store.js';
import { gapRows, gapTotals, type GapTotals } from '../feedback/gaps.js';
import type { FeedbackCount } from '../feedback/types.js';
import type { HandoffFilter, StaffCommand } from './commands.js';

/** What a reload reports; src/app/content-store.ts produces it. */
export interface ReloadSummary {
  ok: boolean;
  postings: number;
  kept: Array<{ id: string; file: string }>;
  problems: Array<{ file: string; line: number; severity: 'error' | 'warning'; message: string }>;
  error: string | null;
  millis: number;
}

export interface StaffCommandDeps {
  engine: () => CandorEngine;
  handoffs?: {
    list(filter: HandoffFilter): Promise<Handoff[]>;
    gaps(days: number): Promise<Gap[]>;
  };
  /** Helpful / Ask a recruiter clicks per posting and topic, shown by `gaps`. */
  feedback?: { counts(days: number): Promise<FeedbackCount[]> };
  reload?: () => Promise<ReloadSummary>;
  /** Epoch milliseconds, for ages. */
  now: () => number;
}

export interface StaffCommands {
  /** `postings` for staff: state, recruiter, sections, topics and apply link of every posting. */
  postings(): Promise<string>;
  run(command: StaffCommand): Promise<string>;
}

const FILTER_TITLES: Record<HandoffFilter, string> = {
  queue: 'open and claimed',
  open: 'open',
  claimed: 'claimed',
  all: 'all',
};

export function createStaffCommands(deps: StaffCommandDeps): StaffCommands {
  const commands: StaffCommands = {
    async postings() {
      const engine = deps.engine();
      const postings = engine.corpus.postings;
      if (postings.length === 0) return 'No postings are loaded.';
      const drafts = postings.filter((posting) => posting.draft).length;
      const lines = [`Postings (${postings.length}): ${postings.length - drafts} published, ${drafts} draft`];
      for (const posting of postings) {
        const recruiter = engine.recruiterOf(posting);
        const sections = posting.sections.map((section) => section.title).filter(Boolean);
        lines.push(
          `• ${posting.id}: ${posting.title} [${posting.draft ? 'draft' : 'published'}]`,
          `  recruiter: ${whoOf(recruiter)}${posting.recruiterId ? '' : ' (default)'} · apply: ${posting.applyUrl ?? 'no apply link'}`,
          `  sections: ${sections.length ? sections.join('; ') : 'none'}`,
          `  topics: ${topicsOf(engine, posting).join(', ') || 'none'}`,
        );
      }
      return lines.join('\n');
    },

    async run(command) {
      switch (command.name) {
        case 'show':
          return show(command.posting, command.topic);
        case 'handoffs':
          return handoffs(command.filter);
        case 'gaps':
          return gaps(command.days);
        case 'reload':
          return reload();
      }
    },
  };
  return commands;

  function show(query: string, topicQuery: string | null): string {
    const engine = deps.engine();
    if (!query) return 'Usage: show <posting id> [topic]. `postings` lists the ids.';
    const found = findPostings(engine.corpus.postings, query);
    if (found.length !== 1) {
      const ids = (found.length ? found : engine.corpus.postings).map((posting) => posting.id).join(', ');
      return found.length ? `"${query}" matches several postings: ${ids}.` : `No posting "${query}". Postings: ${ids}.`;
    }
    const posting = found[0]!;
    if (!topicQuery) {
      const lines = [`${posting.title} (${posting.id}, ${posting.draft ? 'draft' : 'published'}, ${posting.sourceFile}): ${plural(posting.sections.length, 'section')}`];
      for (const section of posting.sections) {
        const topics = [...new Set([section.title, ...section.passages.map((passage) => passage.text)].flatMap((text) => engine.topicsIn(text)))];
        lines.push(`§ ${section.title || '(lead-in)'} — ${plural(section.passages.length, 'passage')}, line ${section.line}${topics.length ? `; topics: ${topics.join(', ')}` : ''}`);
      }
      return lines.join('\n');
    }
    const topic = findTopic(engine, topicQuery);
    if (!topic) return `No topic "${topicQuery}". Topics: ${engine.knowledge.topics.map((t) => t.id).join(', ')}.`;
    const lines: string[] = [];
    for (const section of posting.sections) {
      const inHeading = engine.topicsIn(section.title).includes(topic);
      const passages = section.passages.filter((passage) => inHeading || engine.topicsIn(passage.text).includes(topic));
      if (passages.length === 0) continue;
      lines.push(`§ ${section.title || '(lead-in)'}`, ...passages.map((passage) => `  • ${passage.text}`));
    }
    const curated = engine.knowledge.answers.filter((answer) => answer.topic === topic && (answer.posting === posting.id || answer.posting === '*'));
    const curatedLines = curated.map((answer) => `  • ${answer.text} (${answer.source}, ${answer.file})`);
    const head = `${posting.title} › ${topic}`;
    if (lines.length === 0) {
      return [
        `${head}: no passage speaks to this topic${curated.length ? '; curated answers:' : '; a candidate asking gets a handoff.'}`,
        ...curatedLines,
      ].join('\n');
    }
    return [`${head}:`, ...lines, ...(curated.length ? ['Curated answers:', ...curatedLines] : [])].join('\n');
  }

  async function handoffs(filter: HandoffFilter): Promise<string> {
    if (!deps.handoffs) return 'Handoffs are not recorded here.';
    const list = await deps.handoffs.list(filter);
    if (list.length === 0) return `No handoffs (${FILTER_TITLES[filter]}).`;
    const engine = deps.engine();
    const now = deps.now();
    const lines = [`Handoffs (${FILTER_TITLES[filter]}): ${list.length}`];
    for (const handoff of list) {
      const state = handoff.state === 'claimed' && handoff.claimedBy ? `claimed by ${handoff.claimedBy}` : handoff.state;
      const about = [postingTitle(engine, handoff.postingId) ?? 'no posting', handoff.topic ?? 'no topic'].join(' / ');
      const flags = [handoff.escalatedAt !== null ? 'escalated' : handoff.remindedAt !== null ? 'reminded' : null, handoff.taughtAt !== null ? 'taught' : null]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `• ${handoff.id} ${state}, ${age(now - handoff.createdAt)} old${flags ? ` (${flags})` : ''}: ${about}, recruiter ${recruiterName(engine, handoff.recruiterId)} — "${truncate(handoff.question, 100)}"`,
      );
    }
    return lines.join('\n');
  }

  /** Per posting and topic: questions handed off, answers marked unhelpful, answers marked helpful. */
  async function gaps(days: number): Promise<string> {
    if (!deps.handoffs) return 'Unanswered questions are not recorded here.';
    const rows = gapRows(await deps.handoffs.gaps(days), (await deps.feedback?.counts(days)) ?? []);
    if (rows.length === 0) return `No questions handed off and no answers marked in the last ${plural(days, 'day')}.`;
    const engine = deps.engine();
    const counts = (entry: GapTotals) => `${entry.handedOff} handed off, ${entry.unhelpful} marked unhelpful, ${entry.helpful} marked helpful`;
    const lines = [`Questions handed off and answers marked, last ${plural(days, 'day')}, per posting and topic (${counts(gapTotals(rows))}):`];
    for (const row of rows) {
      const about = [postingTitle(engine, row.postingId) ?? 'no posting', row.topic ?? 'no topic'].join(' / ');
      const examples = row.examples.map((example) => `"${truncate(example, 80)}"`).join(', ');
      lines.push(`• ${about}: ${counts(row)}${examples ? ` — e.g. ${examples}` : ''}`);
    }
    return lines.join('\n');
  }

  async function reload(): Promise<string> {
    if (!deps.reload) return 'Reloading is not available here.';
    const report = await deps.reload();
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    const warnings = report.problems.length - errors.length;
    if (!report.ok) return `Reload failed; the previous content stays live: ${report.error ?? 'unknown error'}`;
    const lines = [`Reloaded in ${Math.round(report.millis)} ms: ${plural(report.postings, 'posting')} live${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`];
    for (const kept of report.kept) lines.push(`Kept the previous version of ${kept.id}: ${kept.file} has errors.`);
    for (const error of errors) lines.push(`Error: ${error.file}:${error.line}: ${error.message}`);
    return lines.join('\n');
  }
}

function findPostings(postings: Posting[], query: string): Posting[] {
  const q = query.toLowerCase();
  const exact = postings.filter((posting) => posting.id === q);
  if (exact.length) return exact;
  return postings.filter((posting) => posting.id.includes(q) || posting.title.toLowerCase().includes(q));
}

function findTopic(engine: CandorEngine, query: string): string | null {
  const q = query.toLowerCase().trim();
  const topic = engine.knowledge.topics.find(
    (t) => t.id === q || Object.values(t.label).some((label) => label.toLowerCase() === q) || t.id.startsWith(q),
  );
  return topic?.id ?? null;
}

function topicsOf(engine: CandorEngine, posting: Posting): string[] {
  const found = new Set(posting.sections.flatMap((section) => [section.title, ...section.passages.map((passage) => passage.text)].flatMap((text) => engine.topicsIn(text))));
  return engine.knowledge.topics.map((topic) => topic.id).filter((id) => found.has(id));
}

function postingTitle(engine: CandorEngine, id: string | null): string | null {
  if (!id) return null;
  return engine.corpus.postings.find((posting) => posting.id === id)?.title ?? id;
}

function recruiterName(engine: CandorEngine, id: string): string {
  return engine.knowledge.directory.recruiters.find((recruiter) => recruiter.id === id)?.name ?? id;
}

export function age(millis: number): string {
  const minutes = Math.max(0, Math.floor(millis / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes % 60}m`;
  return `${minutes}m`;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
