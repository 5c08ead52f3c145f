/** The `ask` command's reply object: a contract scripts depend on, so exactly these fields. */
import { withPhone } from '../content/contacts.js';
import type { Reply } from '../engine/types.js';

export interface ReplyJson {
  id: string;
  kind: Reply['kind'];
  text: string;
  posting: { id: string; title: string } | null;
  topic: string | null;
  confidence: number;
  sources: { posting: string; section: string; url: string }[];
  choices: { id: string; title: string }[];
  recruiter: { name: string; email: string; phone?: string } | null;
}

export function toReplyJson(id: string, reply: Reply): ReplyJson {
  return {
    id,
    kind: reply.kind,
    text: reply.text,
    posting: reply.posting ? { id: reply.posting.id, title: reply.posting.title } : null,
    topic: reply.topic,
    confidence: reply.confidence,
    sources: reply.sources.map(({ posting, section, url }) => ({ posting, section, url })),
    choices: reply.choices.map(({ id: choiceId, title }) => ({ id: choiceId, title })),
    recruiter: reply.recruiter ? { name: reply.recruiter.name, email: reply.recruiter.email, ...withPhone(reply.recruiter) } : null,
  };
}
