/**
 * The feedback under answers, in the core as main.ts wires it: createRuntime
 * on a temp SQLite file over the bundled postings, the real handler, and a
 * recording transport where the Slack one would be.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outgoing } from '../../src/chat/types.js';
import type { FeedbackKind } from '../../src/feedback/types.js';
import { createFeedbackService } from '../../src/feedback/service.js';
import { createAnswerStore } from '../../src/feedback/store.js';
import { openSqliteStore } from '../../src/handoff/sqlite-store.js';
import { candidateMessage, fakeClock, fakeTransport, tempDir, type FakeClock, type FakeTransport } from '../handoff/helpers.js';
import { bootRuntime, testConfig, type BootedRuntime } from '../support/runtime.js';
import { feedbackEvent } from './events.js';

const ON_CALL = 'is there on-call for the kubernetes team lead?';
const QUOTED = 'you will also be part of our on-call rotation';

describe('feedback on answers', () => {
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let booted: BootedRuntime;
  let transport: FakeTransport;
  let counted: FeedbackKind[];

  beforeEach(async () => {
    dir = tempDir('candor-feedback-');
    clock = fakeClock('2024-03-04T09:00:00Z');
    counted = [];
    booted = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { clock, onFeedback: (kind) => counted.push(kind) });
    transport = fakeTransport('slack');
    booted.runtime.handoffs.register(transport);
  });
  afterEach(async () => {
    await booted.runtime.stop();
    dir.remove();
  });

  /** Asks as a candidate; resolves with what they were sent. */
  async function ask(text: string, user = 'U-CANDIDATE'): Promise<Outgoing[]> {
    const sent: Outgoing[] = [];
    await booted.handler(candidateMessage(text, { user }), { say: async (outgoing) => void sent.push(outgoing) });
    return sent;
  }

  async function answerId(text = ON_CALL, user = 'U-CANDIDATE'): Promise<string> {
    const [reply] = await ask(text, user);
    expect(reply?.kind).toBe('answer');
    const id = reply?.kind === 'answer' ? reply.questionId : undefined;
    expect(id).toMatch(/^\w{8,}$/);
    return id!;
  }

  const gaps = (days = 30) => booted.runtime.staff.run({ name: 'gaps', days });

  it('gives an answer an id for its buttons, and nothing else one', async () => {
    await answerId();
    const [handoff] = await ask('Do you sponsor visas for the Kubernetes team lead?');
    expect(handoff?.kind).toBe('handoff');
    expect(handoff && 'questionId' in handoff).toBe(false);
  });

  it('Ask a recruiter hands the question off once, with the quote as the guess and the note, and says who follows up', async () => {
    const id = await answerId();
    const first = await booted.runtime.feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'));
    expect(first.outcome).toBe('done');
    expect(first.message).toBe("Thanks for telling me. I've passed your question to Anders Bruvik (anders.bruvik@safespring.com), who will follow up with you here.");
    expect(transport.pings).toHaveLength(1);
    const card = transport.pings[0]!;
    expect(card.handoff.question).toBe(ON_CALL);
    expect(card.recruiter.name).toBe('Anders Bruvik');
    expect(card.handoff.guesses[0]).toMatchObject({ topic: 'on-call', note: 'the candidate found this answer unhelpful' });
    expect(card.handoff.guesses[0]!.quote!.text).toContain(QUOTED);

    const again = await booted.runtime.feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'));
    const helpfulNow = await booted.runtime.feedback.receive(feedbackEvent(id, 'helpful', 'U-CANDIDATE'));
    expect([again.outcome, helpfulNow.outcome]).toEqual(['duplicate', 'duplicate']);
    expect(helpfulNow.message).toBe(first.message);
    expect(transport.pings).toHaveLength(1);
    expect(await booted.runtime.handoffs.list('all')).toHaveLength(1);
    expect(counted).toEqual(['handoff']);
  });

  it('still hands off after a restart: the answer is in the database, not in memory', async () => {
    const id = await answerId();
    await booted.runtime.stop();
    booted = await bootRuntime(testConfig(join(dir.path, 'candor.db')), { clock });
    transport = fakeTransport('slack');
    booted.runtime.handoffs.register(transport);
    expect((await booted.runtime.feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'))).outcome).toBe('done');
    expect(transport.pings.map((card) => card.handoff.question)).toEqual([ON_CALL]);
  });

  it('refuses a click by anyone but the asker and records nothing', async () => {
    const id = await answerId();
    const other = await booted.runtime.feedback.receive(feedbackEvent(id, 'handoff', 'U-SOMEONE-ELSE'));
    expect(other).toMatchObject({ outcome: 'forbidden', message: 'Only the person who asked can use these buttons.' });
    expect(transport.pings).toHaveLength(0);
    expect(counted).toEqual([]);
    // The asker's own click still counts afterwards.
    expect((await booted.runtime.feedback.receive(feedbackEvent(id, 'helpful', 'U-CANDIDATE'))).outcome).toBe('done');
  });

  it('answers in the asker’s language', async () => {
    const id = await answerId('hva er lønnen for kubernetes team lead?');
    expect((await booted.runtime.feedback.receive(feedbackEvent(id, 'helpful', 'U-CANDIDATE'))).message).toBe('Takk, fint at det hjalp.');
  });

  it('gaps counts, per posting and topic, questions handed off, answers marked unhelpful and answers marked helpful', async () => {
    const unhelpful = await answerId(ON_CALL, 'U1');
    const helpful = [await answerId(ON_CALL, 'U2'), await answerId(ON_CALL, 'U3')];
    await booted.runtime.feedback.receive(feedbackEvent(unhelpful, 'handoff', 'U1'));
    for (const [index, id] of helpful.entries()) await booted.runtime.feedback.receive(feedbackEvent(id, 'helpful', `U${index + 2}`));
    await ask('Do you sponsor visas for the Kubernetes team lead?', 'U4');

    const report = await gaps();
    expect(report).toContain('last 30 days, per posting and topic (2 handed off, 1 marked unhelpful, 2 marked helpful)');
    expect(report).toContain('• Team Lead for our Kubernetes team / on-call: 1 handed off, 1 marked unhelpful, 2 marked helpful');
    expect(counted.sort()).toEqual(['handoff', 'helpful', 'helpful']);
    clock.advanceMinutes(60 * 24 * 8);
    expect(await gaps(7)).toBe('No questions handed off and no answers marked in the last 7 days.');
  });

  it('forget deletes the asker’s answers and their feedback, and counts them', async () => {
    const id = await answerId();
    await booted.runtime.feedback.receive(feedbackEvent(id, 'helpful', 'U-CANDIDATE'));
    await answerId(ON_CALL, 'U-KEEP');
    const [confirmed] = await ask('forget me', 'U-CANDIDATE');
    expect(confirmed?.text).toMatch(/^Done: I have deleted what I stored about you \(1 question, 0 \w+ to a recruiter\)\.$/);
    expect(await gaps()).toBe('No questions handed off and no answers marked in the last 30 days.');
    expect((await booted.runtime.feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'))).outcome).toBe('not-found');
    expect(transport.pings).toHaveLength(0);
  });

  it('the retention purge deletes answers older than RETENTION_DAYS', async () => {
    const old = await answerId();
    clock.advanceMinutes(60 * 24 * 60);
    const recent = await answerId();
    clock.advanceMinutes(60 * 24 * 31);
    expect(await booted.runtime.feedback.purge()).toBe(1);
    expect((await booted.runtime.feedback.receive(feedbackEvent(old, 'helpful', 'U-CANDIDATE'))).outcome).toBe('not-found');
    expect((await booted.runtime.feedback.receive(feedbackEvent(recent, 'helpful', 'U-CANDIDATE'))).outcome).toBe('done');
  });
});

describe('a handoff that cannot be opened', () => {
  it('fails the click, for the adapter to report, and leaves it to count again', async () => {
    const dir = tempDir('candor-feedback-');
    const store = openSqliteStore({ path: join(dir.path, 'candor.db') });
    let fail = true;
    const opened: string[] = [];
    const { loadEngine } = await import('../../src/engine/load.js');
    const engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
    const feedback = createFeedbackService({
      answers: createAnswerStore(store.db),
      handoffs: {
        async open(message) {
          if (fail) throw new Error('database is locked');
          opened.push(message.text);
        },
      },
      engine: () => engine,
      clock: fakeClock('2024-03-04T09:00:00Z'),
      retentionDays: 90,
      onError: (error) => expect.fail(String(error)),
    });
    const reply = engine.ask({ text: ON_CALL, audience: 'candidate' });
    const id = (await feedback.record(candidateMessage(ON_CALL), reply))!;
    await expect(feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'))).rejects.toThrow('database is locked');
    fail = false;
    expect((await feedback.receive(feedbackEvent(id, 'handoff', 'U-CANDIDATE'))).outcome).toBe('done');
    expect(opened).toEqual([ON_CALL]);
    await store.close();
    dir.remove();
  });
});
