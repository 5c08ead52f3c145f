import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMessageHandler, type HandlerDeps } from '../../src/chat/handler.js';
import { isForgetRequest, parseCommand } from '../../src/chat/commands.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import { createStaffCommands } from '../../src/chat/staff-commands.js';
import type { IncomingMessage, Outgoing } from '../../src/chat/types.js';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { candidateMessage, fakeClock, handoffReply, noIo, openRig, tempDir, type FakeClock, type Rig } from './helpers.js';

describe('parseCommand', () => {
  it('knows the sub-commands and treats anything else as a question', () => {
    expect(parseCommand('postings')).toEqual({ name: 'postings' });
    expect(parseCommand('show kubernetes-team-lead on-call')).toEqual({ name: 'show', posting: 'kubernetes-team-lead', topic: 'on-call' });
    expect(parseCommand('show kubernetes-team-lead')).toEqual({ name: 'show', posting: 'kubernetes-team-lead', topic: null });
    expect(parseCommand('handoffs')).toEqual({ name: 'handoffs', filter: 'queue' });
    expect(parseCommand('handoffs ALL')).toEqual({ name: 'handoffs', filter: 'all' });
    expect(parseCommand('gaps 7')).toEqual({ name: 'gaps', days: 7 });
    expect(parseCommand('gaps soon')).toEqual({ name: 'gaps', days: 30 });
    expect(parseCommand('reload')).toEqual({ name: 'reload' });
    expect(parseCommand('forget')).toEqual({ name: 'forget' });
    expect(parseCommand('Forget me, please!')).toEqual({ name: 'forget' });
    expect(parseCommand('what is the salary?')).toEqual({ name: 'ask', text: 'what is the salary?' });
  });

  it('hears "forget me" only as the whole message', () => {
    expect(isForgetRequest('forget me')).toBe(true);
    expect(isForgetRequest('Glem meg.')).toBe(true);
    expect(isForgetRequest('glöm mig')).toBe(true);
    expect(isForgetRequest('will you forget me if I do not apply?')).toBe(false);
  });
});

describe('slash commands through the handler', () => {
  let engine: CandorEngine;
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let rig: Rig;
  let reloads: number;
  const errors: unknown[] = [];

  beforeAll(async () => {
    engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
  });
  beforeEach(() => {
    dir = tempDir();
    clock = fakeClock('2024-03-04T09:00:00Z');
    rig = openRig({ file: join(dir.path, 'candor.db'), engine: () => engine, clock });
    reloads = 0;
    errors.length = 0;
  });
  afterEach(async () => {
    await rig.store.close();
    dir.remove();
  });

  function handler(extra: Partial<HandlerDeps> = {}) {
    return createMessageHandler({
      engine: () => engine,
      memory: createConversationMemory(),
      handoffs: rig.service,
      onError: (error) => errors.push(error),
      staff: createStaffCommands({
        engine: () => engine,
        handoffs: rig.service,
        reload: async () => {
          reloads += 1;
          return { ok: true, postings: engine.corpus.postings.length, kept: [], problems: [], error: null, millis: 12 };
        },
        now: () => clock.now(),
      }),
      forget: (who) => rig.service.forget(who),
      ...extra,
    });
  }

  async function send(text: string, options: { staff?: boolean; via?: IncomingMessage['via']; deps?: Partial<HandlerDeps>; user?: string } = {}): Promise<Outgoing> {
    const seen: Outgoing[] = [];
    const message: IncomingMessage = {
      ...candidateMessage(text, { user: options.user }),
      audience: options.staff ? 'staff' : 'candidate',
      via: options.via ?? 'command',
    };
    await handler(options.deps)(message, { say: async (outgoing) => void seen.push(outgoing) });
    expect(seen).toHaveLength(1);
    return seen[0]!;
  }

  it('tells a candidate politely that staff commands are for staff', async () => {
    for (const command of ['handoffs', 'gaps', 'reload', 'show kubernetes-team-lead']) {
      const seen = await send(command);
      expect(seen.kind).toBe('notice');
      expect(seen.text).toMatch(/staff only/i);
    }
    expect(reloads).toBe(0);
  });

  it('answers "show me …" from a candidate as a question', async () => {
    const seen = await send('show me the salary for the kubernetes team lead');
    expect(seen.kind).toBe('answer');
    expect(seen.text).toContain('individually negotiated');
  });

  it('lists plain open postings for a candidate and every posting in detail for staff', async () => {
    const plain = await send('postings');
    expect(plain.text).not.toMatch(/draft/i);
    const detailed = await send('postings', { staff: true });
    expect(detailed.text).toMatch(/\[draft\]/);
    expect(detailed.text).toMatch(/\[published\]/);
    expect(detailed.text).toContain('kubernetes-team-lead: Team Lead for our Kubernetes team');
    expect(detailed.text).toMatch(/recruiter: Marietta/);
    expect(detailed.text).toMatch(/topics: .*compensation/);
    expect(detailed.text).toMatch(/apply: https?:\/\//);
    expect(detailed.text).toMatch(/sections: .*About the team/);
  });

  it('shows a posting’s passages for a topic, or its sections', async () => {
    const passages = await send('show kubernetes-team-lead compensation', { staff: true });
    expect(passages.text).toContain('individually negotiated');
    const sections = await send('show kubernetes-team-lead', { staff: true });
    expect(sections.text).toContain('§ About the team');
    const unknown = await send('show nonsense', { staff: true });
    expect(unknown.text).toMatch(/No posting "nonsense"/);
  });

  it('shows the handoff queue with ages, and the gaps', async () => {
    await rig.service.open(candidateMessage('When could I start?', { user: 'U-1' }), handoffReply(), noIo);
    await rig.service.open(candidateMessage('Company car?', { user: 'U-2' }), handoffReply({ topic: 'benefits' }), noIo);
    clock.advanceMinutes(135);
    const queue = await send('handoffs', { staff: true });
    expect(queue.text).toMatch(/Handoffs \(open and claimed\): 2/);
    expect(queue.text).toMatch(/open, 2h 15m old/);
    expect(queue.text).toContain('Team Lead for our Kubernetes team / start-date');
    expect((await send('handoffs claimed', { staff: true })).text).toMatch(/No handoffs \(claimed\)/);
    const gaps = await send('gaps 7', { staff: true });
    expect(gaps.text).toContain('last 7 days, per posting and topic (2 handed off, 0 marked unhelpful, 0 marked helpful)');
    expect(gaps.text).toContain('• Team Lead for our Kubernetes team / start-date: 1 handed off, 0 marked unhelpful, 0 marked helpful — e.g. "When could I start?"');
  });

  it('reloads for staff', async () => {
    const seen = await send('reload', { staff: true });
    expect(seen.text).toMatch(/Reloaded in 12 ms/);
    expect(reloads).toBe(1);
  });

  it('forgets a candidate on "forget me" and on /jobs forget, and confirms', async () => {
    await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
    const seen = await send('forget me', { via: 'message' });
    expect(seen.text).toMatch(/deleted what I stored about you \(1 question, 1 handoff/);
    expect(await rig.service.list('all')).toEqual([]);
    const again = await send('forget', {});
    expect(again.text).toMatch(/\(0 questions, 0 handoffs/);
    const norwegian = await send('glem meg', { via: 'message' });
    expect(norwegian.language).toBe('nb');
    const without = await send('forget me', { via: 'message', deps: { forget: undefined } });
    expect(without.text).toMatch(/store nothing/);
  });

  it('says staff commands are unavailable where they are not wired', async () => {
    const seen = await send('handoffs', { staff: true, deps: { staff: undefined } });
    expect(seen.text).toMatch(/not available/);
    const postings = await send('postings', { staff: true, deps: { staff: undefined } });
    expect(postings.text).toMatch(/draft/i);
    expect(errors).toEqual([]);
  });
});
