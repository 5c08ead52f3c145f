/**
 * The handler's QuestionObserver: one structured log line and the question
 * metrics per handled question. Only what the engine decided is logged,
 * never what anyone wrote or who they are.
 */
import type { QuestionObserver } from '../chat/handler.js';
import type { Logger } from '../log.js';
import type { Metrics } from './metrics.js';

export function createQuestionObserver({ logger, metrics }: { logger: Logger; metrics: Metrics }): QuestionObserver {
  return ({ message, reply, millis }) => {
    // The handler calls this after the reply went out; a failure here must not turn into an apology.
    try {
      const platform = message.conversation.platform;
      metrics.question({ kind: reply.kind, platform, seconds: millis / 1000 });
      logger.info(
        {
          kind: reply.kind,
          posting: reply.posting?.id ?? null,
          topic: reply.topic,
          confidence: Math.round(reply.confidence * 1000) / 1000,
          latencyMs: Math.round(millis * 10) / 10,
          platform,
        },
        'question',
      );
    } catch (error) {
      logger.warn({ err: error }, 'question observer failed');
    }
  };
}
