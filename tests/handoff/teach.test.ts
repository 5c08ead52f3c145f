import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createContentStore, type ContentStore } from '../../src/app/content-store.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import type { ConversationIO, MessageHandler, Outgoing } from '../../src/chat/types.js';
import { loadContent } from '../../src/engine/load.js';
import { appendCuratedAnswer } from '../../src/handoff/teach.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { candidate, candidateMessage, fakeClock, openRig, staff, tempDir, type Rig } from './helpers.js';

const QUESTION = 'When can I start as Kubernetes team lead?';

describe('teach', () => {
  let dir: ReturnType<typeof tempDir>;
  let paths: { contentDir: string; knowledgeDir: string };
  let content: ContentStore;
  let rig: Rig;
  let handler: MessageHandler;
  const errors: unknown[] = [];

  beforeEach(async () => {
    dir = tempDir('candor-teach-');
    paths = { contentDir: join(dir.path, 'content', 'career'), knowledgeDir: join(dir.path, 'knowledge') };
    cpSync('content/career', paths.contentDir, { recursive: true });
    cpSync('knowledge', paths.knowledgeDir, { recursive: true });
    content = createContentStore({ initial: await loadContent(paths), load: () => loadContent(paths) });
    rig = openRig({
      file: join(dir.path, 'candor.db'),
      engine: () => content.current(),
      clock: fakeClock('2024-03-04T09:00:00Z'),
      answersDir: join(paths.knowledgeDir, 'answers'),
      afterTeach: () => content.reload(),
    });
    handler = createMessageHandler({
      engine: () => content.current(),
      memory: createConversationMemory(),
      handoffs: rig.service,
      onError: (error) => errors.push(error),
    });
  });
  afterEach(async () => {
    await rig.store.close();
    dir.remove();
  });

  async function ask(text: string, user: string): Promise<Outgoing> {
    const seen: Outgoing[] = [];
    const io: ConversationIO = { say: async (outgoing) => void seen.push(outgoing) };
    await handler(candidateMessage(text, { user, thread: `thread-${user}` }), io);
    return seen[0]!;
  }

  it('saves an answered handoff as a curated answer that the next candidate gets, attributed to the recruiter', async () => {
    const first = await ask(QUESTION, 'U-FIRST');
    expect(first.kind).toBe('handoff');
    const [handoff] = await rig.service.list('open');
    expect(handoff).toMatchObject({ postingId: 'kubernetes-team-lead', topic: 'start-date' });

    // Not yet answered: nothing to teach.
    expect((await rig.service.teach(handoff!.id, staff(), 'teach-0')).outcome).toBe('conflict');
    await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff!.pings[0]!.messageId }, staff(), 'The start date is flexible; most people start within three months.', 'm1');
    expect((await rig.service.teach(handoff!.id, candidate(), 'teach-x')).outcome).toBe('forbidden');

    const taught = await rig.service.teach(handoff!.id, staff(), 'teach-1');
    expect(taught.outcome).toBe('done');
    const file = join(paths.knowledgeDir, 'answers', 'kubernetes-team-lead.yaml');
    expect(taught.file).toBe(file);
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      answers: [
        {
          posting: 'kubernetes-team-lead',
          topic: 'start-date',
          text: 'The start date is flexible; most people start within three months.',
          language: 'en',
          source: 'Rita Recruiter',
        },
      ],
    });
    expect(readFileSync(file, 'utf8')).toMatch(/^# Curated answers taught by recruiters/);
    expect(rig.transport.updates.at(-1)!.buttons).toEqual([]);

    // afterTeach reloaded the content: the next candidate gets the answer, with the recruiter's name as its source.
    const next = await ask(QUESTION, 'U-NEXT');
    expect(next.kind).toBe('answer');
    expect(next.text).toContain('The start date is flexible');
    expect(next.text).toContain('Rita Recruiter');
    if (next.kind === 'answer') expect(next.sources[0]!.section).toBe('Rita Recruiter');
    expect(await rig.service.list('open')).toEqual([]);

    // Teaching twice (a double click, a replayed interaction) writes once.
    expect((await rig.service.teach(handoff!.id, staff(), 'teach-1')).outcome).toBe('duplicate');
    expect((await rig.service.teach(handoff!.id, staff(), 'teach-2')).outcome).toBe('duplicate');
    expect(parse(readFileSync(file, 'utf8')).answers).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('appends a company-wide answer to company.yaml, keeping its comments and staying loadable', () => {
    const answers = join(paths.knowledgeDir, 'answers');
    const before = readFileSync(join(answers, 'company.yaml'), 'utf8');
    appendCuratedAnswer(answers, { posting: '*', topic: 'benefits', text: 'Yes, a pension plan.', language: 'en', source: 'Rita' });
    appendCuratedAnswer(answers, { posting: '*', topic: 'benefits', text: 'And a gym card.', language: 'en', source: 'Rita' });
    const after = readFileSync(join(answers, 'company.yaml'), 'utf8');
    const firstComment = before.split('\n')[0]!;
    expect(after.startsWith(firstComment)).toBe(true);
    expect(after).not.toContain('[');
    const knowledge = loadKnowledge(paths.knowledgeDir);
    expect(knowledge.answers.filter((answer) => answer.posting === '*').map((answer) => answer.text)).toEqual(
      expect.arrayContaining(['Yes, a pension plan.', 'And a gym card.']),
    );
    expect(existsSync(join(answers, 'company.yaml.tmp'))).toBe(false);
  });
});
