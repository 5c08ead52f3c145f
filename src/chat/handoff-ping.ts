/** The simplest HandoffDesk: ping the recruiter the reply names. The durable workflow replaces it. */
import type { RecruiterDirectory } from '../knowledge/types.js';
import type { HandoffDesk } from './handler.js';

export function createPingOnlyDesk(directory: () => RecruiterDirectory): HandoffDesk {
  return {
    async open(message, reply, io) {
      if (!io.pingRecruiter || !reply.recruiter) return;
      const entry = directory().recruiters.find((recruiter) => recruiter.id === reply.recruiter!.id);
      await io.pingRecruiter({
        question: message.text,
        candidate: message.author,
        posting: reply.posting,
        guesses: reply.guesses,
        recruiter: { ...reply.recruiter, slackUserId: entry?.slackUserId, discordUserId: entry?.discordUserId },
        permalink: message.permalink ?? null,
        conversation: message.conversation,
      });
    },
  };
}
