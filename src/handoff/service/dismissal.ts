/**
 * A dismissed handoff still owes the candidate an answer: they were told
 * someone would follow up. Candor tells them, in the language they asked in,
 * that the question will not be answered here and whom to ask instead (the
 * posting's contact, else its recruiter). Durable like a relay: the notice is
 * sent, then recorded (candidate_told_at), and a later tick retries one that
 * failed or that a restart interrupted.
 */
import type { Language } from '../../content/types.js';
import { whoOf } from '../../content/contacts.js';
import { fillTemplate } from '../../engine/phrases.js';
import type { HandoffServiceDeps } from './types.js';
import type { Handoff } from '../store.js';
import type { HandoffTransport } from '../transport.js';
import type { Exclusive } from './exclusive.js';

export interface Dismissal {
  /** Tells the candidate of one dismissed handoff; false when it could not (a later tick retries). */
  tell(handoff: Handoff): Promise<boolean>;
  /** Tells every candidate whose dismissed handoff they have not heard of; returns how many were told. */
  tellPending(): Promise<number>;
}

const NOTICE: Record<Language, string> = {
  en: 'About your question: it will not be answered here, sorry. Please contact {who} directly.',
  nb: 'Om spørsmålet ditt: det blir dessverre ikke besvart her. Ta kontakt med {who} direkte.',
  sv: 'Om din fråga: den kommer tyvärr inte att besvaras här. Kontakta {who} direkt.',
  da: 'Om dit spørgsmål: det bliver desværre ikke besvaret her. Kontakt {who} direkte.',
};

export function dismissalNotice(language: Language, contact: { name: string; email: string; phone?: string }): string {
  return fillTemplate(NOTICE[language] ?? NOTICE.en, { who: whoOf(contact) });
}

export function createDismissal(
  deps: Pick<HandoffServiceDeps, 'store' | 'engine' | 'clock' | 'onError'>,
  transportOf: (handoff: Handoff) => HandoffTransport | undefined,
  exclusive: Exclusive,
): Dismissal {
  const { store, clock } = deps;

  /** The posting's own contact when it names one, else the recruiter it belongs to (the default one for none). */
  function contactFor(handoff: Handoff): { name: string; email: string; phone?: string } {
    const engine = deps.engine();
    const posting = engine.corpus.postings.find((p) => p.id === handoff.postingId) ?? null;
    if (posting?.contact) return posting.contact;
    return engine.recruiterOf(posting);
  }

  async function tell(handoff: Handoff): Promise<boolean> {
    if (handoff.state !== 'dismissed' || handoff.candidateToldAt !== null) return false;
    const done = await exclusive(`tell:${handoff.id}`, async () => {
      const transport = transportOf(handoff);
      if (!transport) return false;
      try {
        await transport.tellCandidate(handoff, dismissalNotice(handoff.language, contactFor(handoff)));
      } catch (error) {
        deps.onError(error, { step: 'tell candidate of dismissal', handoff: handoff.id, platform: handoff.platform });
        return false;
      }
      const at = clock.now();
      const marked = await store.transition(handoff.id, {
        from: ['dismissed'],
        unset: ['candidateToldAt'],
        set: { candidateToldAt: at },
        event: { type: 'candidate-told', actor: null, detail: null, at },
      });
      return marked.outcome === 'applied';
    });
    return done ?? false;
  }

  return {
    tell,
    async tellPending() {
      let told = 0;
      for (const handoff of await store.list(['dismissed'])) if (handoff.candidateToldAt === null && (await tell(handoff))) told += 1;
      return told;
    },
  };
}
