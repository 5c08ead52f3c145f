/**
 * What a ping shows, built from the stored handoff and the current content:
 * the recruiter to mention, the posting's current title, every question the
 * candidate asked, the buttons its state allows and how long it has waited.
 */
import type { PostingRef } from '../../engine/types.js';
import type { Recruiter } from '../../knowledge/types.js';
import type { HandoffServiceDeps } from './types.js';
import type { Handoff } from '../store.js';
import type { HandoffButton, HandoffCard } from '../transport.js';
import { workingMinutesBetween } from '../working-hours.js';

export interface Cards {
  /** The recruiter with this id, else the default one (a recruiter removed from the directory). */
  recruiter(id: string): Recruiter;
  /** Who an escalation goes to. */
  fallbackRecruiter(): Recruiter;
  card(handoff: Handoff, kind: HandoffCard['kind'], who?: Recruiter): Promise<HandoffCard>;
  waitingMinutes(handoff: Handoff): number;
}

export function createCards(deps: Pick<HandoffServiceDeps, 'store' | 'engine' | 'clock' | 'policy'>): Cards {
  const directory = () => deps.engine().knowledge.directory;

  function recruiter(id: string): Recruiter {
    const { recruiters, defaultId } = directory();
    return recruiters.find((r) => r.id === id) ?? recruiters.find((r) => r.id === defaultId) ?? recruiters[0]!;
  }

  const fallbackRecruiter = () => recruiter(directory().fallbackId);

  /** Who a ping is for now: the fallback once escalated. */
  function currentRecruiter(handoff: Handoff): Recruiter {
    return handoff.escalatedAt !== null ? fallbackRecruiter() : recruiter(handoff.recruiterId);
  }

  function postingOf(handoff: Handoff): PostingRef | null {
    if (!handoff.postingId) return null;
    const posting = deps.engine().corpus.postings.find((p) => p.id === handoff.postingId);
    if (posting) return posting.draft ? { id: posting.id, title: posting.title, draft: true } : { id: posting.id, title: posting.title };
    return handoff.guesses.find((guess) => guess.posting?.id === handoff.postingId)?.posting ?? { id: handoff.postingId, title: handoff.postingId };
  }

  function waitingMinutes(handoff: Handoff): number {
    return workingMinutesBetween(handoff.createdAt, deps.clock.now(), deps.policy.workingHours);
  }

  return {
    recruiter,
    fallbackRecruiter,
    waitingMinutes,

    async card(handoff, kind, who = currentRecruiter(handoff)) {
      const joined = (await deps.store.events(handoff.id)).filter((event) => event.type === 'joined' && event.detail).map((event) => event.detail!);
      return {
        kind,
        handoff,
        recruiter: who,
        posting: postingOf(handoff),
        questions: [handoff.question, ...joined],
        buttons: kind === 'forgotten' ? [] : buttonsFor(handoff),
        waitingMinutes: waitingMinutes(handoff),
      };
    },
  };
}

function buttonsFor(handoff: Handoff): HandoffButton[] {
  switch (handoff.state) {
    case 'open':
      return ['claim', 'dismiss'];
    case 'claimed':
      return ['dismiss'];
    case 'answered':
      return handoff.topic && handoff.taughtAt === null ? ['teach'] : [];
    case 'dismissed':
      return [];
  }
}
