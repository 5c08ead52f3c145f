/**
 * The feedback under every answer. The handler records each answer before it
 * is sent, so its buttons carry the answer's id; a click comes back here as
 * one FeedbackEvent, routed by src/app/wire.ts. Helpful is counted. Ask a
 * recruiter hands the question off through the same HandoffDesk the handler
 * uses when Candor cannot answer, with the quoted passage as Candor's guess
 * and a note saying the candidate found it unhelpful. Only the asker's first
 * click counts.
 */
import type { HandoffDesk } from '../chat/handler.js';
import type { IncomingMessage } from '../chat/types.js';
import { recruiterOfReply } from '../engine/compose.js';
import type { CandorEngine } from '../engine/engine.js';
import type { PostingRef, Reply } from '../engine/types.js';
import type { OnError } from '../errors.js';
import type { Clock } from '../handoff/clock.js';
import type { HandoffGuess } from '../handoff/store.js';
import type { ActionResult } from '../handoff/transport.js';
import { feedbackPhrase, handedOffText, UNHELPFUL_NOTE } from './phrases.js';
import type { AnswerStore, StoredAnswer } from './store.js';
import type { FeedbackKind, FeedbackService } from './types.js';

const DAY = 86_400_000;
/** A ping quotes the answer, not a whole posting. */
const QUOTE_MAX = 1_500;

export interface FeedbackDeps {
  answers: AnswerStore;
  /** Where Ask a recruiter opens its handoff: the durable HandoffService; null where there is none (the terminal chat: the reply names whom to ask). */
  handoffs: HandoffDesk | null;
  /** The current engine (a reload swaps it): the posting and who follows up. */
  engine: () => CandorEngine;
  clock: Clock;
  retentionDays: number;
  /** The error funnel. */
  onError: OnError;
  /** Each counted click, for candor_answer_feedback_total. */
  onFeedback?: (kind: FeedbackKind) => void;
  newId?: () => string;
}

export function createFeedbackService(deps: FeedbackDeps): FeedbackService {
  const { answers, clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID().replace(/-/g, '').slice(0, 16));

  /** The handoff reply for an answer, as if Candor had handed its question off; its text is the acknowledgement. */
  function handoffOf(answer: StoredAnswer): Reply {
    const engine = deps.engine();
    const posting = engine.corpus.postings.find((candidate) => candidate.id === answer.postingId) ?? null;
    const recruiter = engine.recruiterOf(posting);
    const ref: PostingRef | null = posting
      ? { id: posting.id, title: posting.title, ...(posting.draft ? { draft: true } : {}) }
      : answer.postingId
        ? { id: answer.postingId, title: answer.postingId }
        : null;
    const first = answer.quotes[0];
    const quoted = answer.quotes.map((quote) => quote.text).join('\n');
    const guess: HandoffGuess = {
      posting: ref,
      topic: answer.topic,
      confidence: answer.confidence,
      ...(first ? { quote: { text: quoted.length > QUOTE_MAX ? `${quoted.slice(0, QUOTE_MAX - 1)}…` : quoted, section: first.section, url: first.url } } : {}),
      note: UNHELPFUL_NOTE,
    };
    return {
      kind: 'handoff',
      text: handedOffText(answer.language, recruiter),
      posting: ref,
      topic: answer.topic,
      confidence: answer.confidence,
      sources: [],
      choices: [],
      recruiter: recruiterOfReply(recruiter),
      language: answer.language,
      quotes: [],
      applyUrl: posting?.applyUrl ?? null,
      guesses: [guess],
    };
  }

  function acknowledgement(answer: StoredAnswer, kind: FeedbackKind, outcome: 'done' | 'duplicate'): ActionResult {
    if (kind === 'helpful') return { outcome, handoff: null, message: feedbackPhrase(answer.language, 'thanks') };
    const reply = handoffOf(answer);
    return { outcome, handoff: null, message: reply.text, reply };
  }

  /** The asker's question as the handler saw it, rebuilt from the stored answer. */
  function messageOf(answer: StoredAnswer): IncomingMessage {
    return {
      text: answer.question,
      author: { id: answer.candidateId, name: answer.candidateId, isBot: false, isMe: false },
      conversation: { ...answer.conversation },
      audience: 'candidate',
      via: 'message',
      ...(answer.permalink ? { permalink: answer.permalink } : {}),
      raw: null,
    };
  }

  return {
    async record(message, reply) {
      if (reply.kind !== 'answer') return null;
      const id = newId();
      try {
        answers.add({
          id,
          platform: message.conversation.platform,
          candidateId: message.author.id,
          conversation: { ...message.conversation },
          permalink: message.permalink ?? null,
          question: message.text,
          language: reply.language,
          postingId: reply.posting?.id ?? null,
          topic: reply.topic,
          confidence: reply.confidence,
          quotes: reply.quotes,
          askedAt: clock.now(),
        });
        return id;
      } catch (error) {
        // The answer still goes out, without buttons.
        deps.onError(error, { step: 'record answer', platform: message.conversation.platform });
        return null;
      }
    },

    async receive({ questionId, kind, actor }) {
      const answer = answers.get(questionId);
      if (!answer) return { outcome: 'not-found', handoff: null, message: feedbackPhrase('en', 'gone') };
      if (answer.platform !== actor.platform || answer.candidateId !== actor.id) {
        return { outcome: 'forbidden', handoff: null, message: feedbackPhrase(answer.language, 'notYours') };
      }
      if (!answers.mark(questionId, kind, clock.now())) {
        const given = answers.get(questionId)?.feedback ?? kind;
        return acknowledgement(answer, given, 'duplicate');
      }
      const result = acknowledgement(answer, kind, 'done');
      if (result.reply && deps.handoffs) {
        try {
          await deps.handoffs.open(messageOf(answer), result.reply, { say: async () => undefined });
        } catch (error) {
          // Nothing was handed off: the click must be able to count again. The adapter reports the failure.
          answers.unmark(questionId, kind);
          throw error;
        }
      }
      deps.onFeedback?.(kind);
      return result;
    },

    counts: async (days) => answers.counts(clock.now() - days * DAY),
    forget: async (who) => answers.forget(who.platform, who.userId),
    purge: async (now = clock.now()) => answers.purge(now - deps.retentionDays * DAY),
  };
}
