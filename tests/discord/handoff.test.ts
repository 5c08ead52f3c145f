/**
 * The handoff workflow on Discord, end to end (handoff-world.ts). The
 * lifecycle every adapter owes is the handoff contract (tests/contract);
 * these are Discord's own ways of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Handoff } from '../../src/handoff/store.js';
import { FORGOTTEN_NOTE } from '../../adapters/discord/handoff-card.js';
import { IDS, type FakeDiscord } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';
import {
  ANSWER,
  KUBERNETES,
  NO_MENTIONS,
  ONLY_RECRUITER,
  VISAS,
  answered,
  buttonIds,
  click,
  handOff,
  pingNow,
  pingRecorded,
  restart,
  slash,
  startWorld,
  stopWorld,
  type World,
} from './handoff-world.js';

describe('discord handoffs', () => {
  let world: World;
  let fake: FakeDiscord;
  /** The service of the running Candor (a restart replaces it). */
  const handoffs = () => world.service.service;

  beforeEach(async () => {
    world = await startWorld();
    fake = world.discord.fake;
  });
  afterEach(() => stopWorld(world));

  async function only(): Promise<Handoff> {
    const all = await handoffs().list('all');
    expect(all).toHaveLength(1);
    return all[0]!;
  }

  it('a dismissed handoff tells the candidate, in their language, that it will not be answered here and whom to ask', async () => {
    const { question, ping } = await handOff(world, 'Sponser dere arbeidsvisum for Kubernetes team lead?');
    const handoff = await only();
    const before = fake.sent.length;
    const dismiss = await click(fake, ping.message, `handoff_dismiss:${handoff.id}`, 'recruiter');
    expect(dismiss.answer.message.content).toMatch(/^Dismissed\./);
    const told = await nextSent(fake, before, (sent) => sent.channelId === question.id && sent.via === 'channel');
    expect(told.message.content).toMatch(/blir dessverre ikke besvart her.*Anders Bruvik \(anders\.bruvik@safespring\.com\)/s);
    expect(told.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect((await handoffs().tick(world.clock.now())).told).toBe(0);
    expect(fake.sent.slice(before).filter((sent) => sent.channelId === question.id)).toHaveLength(1);
  });

  it('runs the whole lifecycle: ping, claim, answer in the thread, relay, teach', async () => {
    const { question, reply, ping } = await handOff(world, `@everyone <@&${IDS.staffRole}> ${VISAS}`);

    // The candidate is told who follows up.
    expect(flatten(reply.message)).toContain('Anders Bruvik');

    // The ping: only the recruiter mentioned, everything a recruiter needs, buttons, a thread to answer in.
    expect(ping.message.content).toBe(`<@${IDS.recruiter}> a candidate's question needs you.`);
    expect(ping.body.allowed_mentions).toEqual(ONLY_RECRUITER);
    const text = flatten(ping.message);
    expect(text).toContain(VISAS);
    expect(text).not.toMatch(/@everyone|<@&\d+>/);
    expect(text).toContain(`<@${IDS.alice}>`);
    expect(text).toContain(KUBERNETES);
    expect(text).toMatch(/Best guesses\n• .+: \d+%/);
    expect(text).toContain(`[Jump to the question](https://discord.com/channels/${IDS.guild}/${IDS.jobs}/${question.id})`);
    expect(text).toMatch(/State\nOpen: waiting 0m of working time/);
    let handoff = await only();
    expect(buttonIds(ping.message)).toEqual([`handoff_claim:${handoff.id}`, `handoff_dismiss:${handoff.id}`]);
    const thread = fake.calls.find((call) => call.path === `/channels/${IDS.staffChannel}/messages/${ping.message.id}/threads`);
    expect(thread?.status).toBe(201);
    expect(thread?.body.name).not.toContain('visas');
    // Stored by ids, enough to relay after a restart.
    expect(handoff).toMatchObject({
      state: 'open',
      platform: 'discord',
      candidateId: IDS.alice,
      conversation: { platform: 'discord', channelId: IDS.jobs, threadId: question.id, isDirect: false },
      pings: [{ channelId: IDS.staffChannel, messageId: ping.message.id, kind: 'first', recruiterId: 'anders-bruvik' }],
    });

    // Claim: the clicker hears privately, the ping shows who has it.
    const claim = await click(fake, ping.message, `handoff_claim:${handoff.id}`, 'recruiter');
    expect(fake.calls.find((call) => call.path.endsWith(`/${claim.token}/callback`))?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(claim.answer.message.content).toMatch(/^Claimed: it is yours/);
    expect(claim.answer.message.flags & 64).toBe(64);
    expect(flatten(pingNow(fake, ping))).toContain(`Claimed by <@${IDS.recruiter}>`);
    expect(buttonIds(pingNow(fake, ping))).toEqual([`handoff_dismiss:${handoff.id}`]);
    expect(pingNow(fake, ping).content).toBe(ping.message.content);

    // The recruiter answers in the ping's thread: relayed to the candidate's thread, attributed, mentioning nobody.
    const before = fake.sent.length;
    const answer = fake.userMessage({ content: ANSWER, user: 'recruiter', channelId: ping.message.id });
    const relay = await nextSent(fake, before, (sent) => sent.channelId === question.id);
    expect(relay.message.content).toBe(`Anders Bruvik (recruiter) answered:\n${ANSWER}`);
    expect(relay.body.allowed_mentions).toEqual(NO_MENTIONS);
    const confirmation = await nextSent(fake, before, (sent) => sent.channelId === ping.message.id);
    expect(confirmation.message.content).toBe('Relayed to the candidate.');
    expect(confirmation.message.message_reference.message_id).toBe(answer.id);
    // The recruiter's message was not taken for a question.
    expect(fake.sent.slice(before).filter((sent) => sent.channelId === ping.message.id)).toHaveLength(1);
    handoff = await only();
    expect(handoff).toMatchObject({ state: 'answered', answeredBy: IDS.recruiter });
    expect(flatten(pingNow(fake, ping))).toContain(`Answered by <@${IDS.recruiter}>`);
    expect(buttonIds(pingNow(fake, ping))).toEqual([`handoff_teach:${handoff.id}`]);

    // Teach: the answer lands in the knowledge copy, attributed to the recruiter.
    const teach = await click(fake, pingNow(fake, ping), `handoff_teach:${handoff.id}`, 'recruiter');
    const file = join(world.paths.knowledgeDir, 'answers', 'kubernetes-team-lead.yaml');
    expect(teach.answer.message.content).toBe(`Saved as an answer in ${file}; review it in git.`);
    expect(parse(readFileSync(file, 'utf8')).answers).toEqual([
      { posting: 'kubernetes-team-lead', topic: 'visa', text: ANSWER, language: 'en', source: 'Anders Bruvik' },
    ]);
    expect(flatten(pingNow(fake, ping))).toContain('saved as an answer');
    expect(buttonIds(pingNow(fake, ping))).toEqual([]);
    expect(world.errors).toEqual([]);
    expect(world.service.errors).toEqual([]);
  });

  it('lets no candidate claim or answer', async () => {
    const { question, ping } = await handOff(world);
    const handoff = await only();
    const edits = fake.edits.length;

    const claim = await click(fake, ping.message, `handoff_claim:${handoff.id}`, 'alice');
    expect(claim.answer.message.content).toBe('Only staff can do that.');
    expect(claim.answer.message.flags & 64).toBe(64);

    const before = fake.sent.length;
    const attempt = fake.userMessage({ content: 'I can answer that: no.', user: 'alice', channelId: ping.message.id });
    const refusal = await nextSent(fake, before, (sent) => sent.channelId === ping.message.id);
    expect(refusal.message.content).toBe('Only staff can answer a handoff.');
    expect(refusal.message.message_reference.message_id).toBe(attempt.id);

    expect(fake.sent.slice(before).some((sent) => sent.channelId === question.id)).toBe(false);
    expect(fake.edits.length).toBe(edits);
    expect(await only()).toMatchObject({ state: 'open', claimedBy: null });
    expect(await world.service.store.replies(handoff.id)).toEqual([]);
  });

  it('changes nothing twice for a repeated interaction or message', async () => {
    const { question, ping } = await handOff(world);
    const handoff = await only();

    const claim = await click(fake, ping.message, `handoff_claim:${handoff.id}`, 'bob');
    expect(claim.answer.message.content).toMatch(/^Claimed/);
    const edits = fake.edits.length;
    fake.redeliver(claim.token);
    await fake.waitFor(() => world.discord.logs.find((log) => log.msg === 'discord handoff action' && log.outcome === 'duplicate'), 'the duplicate seen');
    // Discord refused the second acknowledgement; nothing was done again.
    expect(fake.calls.filter((call) => call.path.endsWith(`/${claim.token}/callback`)).map((call) => call.status)).toEqual([204, 400]);
    expect(fake.edits.length).toBe(edits);
    expect((await world.service.store.events(handoff.id)).filter((event) => event.type === 'claimed')).toHaveLength(1);

    const before = fake.sent.length;
    const answer = fake.userMessage({ content: ANSWER, user: 'recruiter', channelId: ping.message.id });
    await nextSent(fake, before, (sent) => sent.channelId === question.id);
    await nextSent(fake, before, (sent) => sent.channelId === ping.message.id);
    // The same message delivered again to a restarted Candor (whose client has not seen it).
    await restart(world);
    fake.dispatch('MESSAGE_CREATE', answer);
    await fake.waitFor(() => world.discord.logs.find((log) => log.msg === 'discord handoff reply' && log.outcome === 'duplicate'), 'the repeated reply seen');
    expect(fake.sent.slice(before).filter((sent) => sent.channelId === question.id)).toHaveLength(1);
    expect(await world.service.store.replies(handoff.id)).toHaveLength(1);
  });

  it('reminds, then escalates, on the injected clock', async () => {
    const { ping } = await handOff(world);
    const handoff = await only();

    world.clock.advanceMinutes(30);
    expect(await handoffs().tick(world.clock.now())).toMatchObject({ reminded: 0, escalated: 0 });

    world.clock.advanceMinutes(31);
    const before = fake.sent.length;
    expect(await handoffs().tick(world.clock.now())).toMatchObject({ reminded: 1, escalated: 0 });
    const reminder = await nextSent(fake, before, (sent) => sent.channelId === IDS.staffChannel);
    expect(reminder.message.content).toBe(
      `<@${IDS.recruiter}> reminder: this candidate's question has waited 1h 1m of working time and nobody has claimed it.`,
    );
    expect(reminder.body.allowed_mentions).toEqual(ONLY_RECRUITER);
    expect(reminder.body.message_reference).toEqual({ message_id: ping.message.id, fail_if_not_exists: false });
    expect(buttonIds(reminder.message)).toEqual([`handoff_claim:${handoff.id}`, `handoff_dismiss:${handoff.id}`]);
    expect(flatten(reminder.message)).toContain('Reply in the thread on the first ping');
    expect(await handoffs().tick(world.clock.now())).toMatchObject({ reminded: 0, escalated: 0 });

    world.clock.advanceMinutes(180);
    const later = fake.sent.length;
    expect(await handoffs().tick(world.clock.now())).toMatchObject({ escalated: 1 });
    const escalation = await nextSent(fake, later, (sent) => sent.channelId === IDS.staffChannel);
    expect(escalation.message.content).toMatch(new RegExp(`^<@${IDS.recruiter}> escalated to you: nobody has claimed`));
    expect((await only()).pings.map((p) => p.kind)).toEqual(['first', 'reminder', 'escalation']);

    // A claim from the reminder's button updates every ping.
    await click(fake, reminder.message, `handoff_claim:${handoff.id}`, 'recruiter');
    for (const id of [ping.message.id, reminder.message.id, escalation.message.id]) {
      expect(flatten(fake.botMessage(id)!)).toContain(`Claimed by <@${IDS.recruiter}>`);
    }
    expect(world.service.errors).toEqual([]);
  });

  it('/jobs forget deletes what Candor stored and says so; the ping keeps no trace', async () => {
    const { ping } = await handOff(world);
    const answer = await slash(fake, 'forget', 'alice');
    expect(answer).toBe('Done: I have deleted what I stored about you (1 question, 1 handoff to a recruiter).');
    expect(await handoffs().list('all')).toEqual([]);
    const now = pingNow(fake, ping);
    expect(now).toMatchObject({ content: FORGOTTEN_NOTE, embeds: [], components: [] });
    expect(JSON.stringify(now)).not.toContain('visas');
    expect(await slash(fake, 'forget', 'alice')).toBe('Done: I have deleted what I stored about you (0 questions, 0 handoffs to a recruiter).');
  });

  it('/jobs handoffs, gaps and show answer staff, and refuse candidates', async () => {
    await handOff(world);
    const handoff = await only();
    const queue = await slash(fake, 'handoffs', 'bob', [{ name: 'state', type: 3, value: 'open' }]);
    expect(queue).toContain('Handoffs (open): 1');
    expect(queue).toContain(`• ${handoff.id} open`);
    expect(await slash(fake, 'handoffs', 'bob')).toContain('Handoffs (open and claimed): 1');
    expect(await slash(fake, 'handoffs', 'alice')).toMatch(/^Sorry, that command is for staff only/);
    expect(await slash(fake, 'gaps', 'bob', [{ name: 'days', type: 4, value: 7 }])).toContain('last 7 days, per posting and topic (1 handed off, 0 marked unhelpful, 0 marked helpful)');
    expect(await slash(fake, 'gaps', 'alice')).toMatch(/^Sorry, that command is for staff only/);
    expect(await slash(fake, 'show', 'bob', [{ name: 'posting', type: 3, value: 'kubernetes team lead' }])).toContain(
      `${KUBERNETES} (kubernetes-team-lead, published`,
    );
    expect(await slash(fake, 'postings', 'alice')).toContain(KUBERNETES);
  });

  it('relays a question asked privately with /jobs ask by DM, never in the channel', async () => {
    const before = fake.sent.length;
    const token = fake.slashCommand({ sub: 'ask', question: VISAS, user: 'alice' });
    const reply = await fake.waitFor(() => fake.sent.find((sent) => sent.interactionToken === token && sent.message.embeds?.length), 'the answer');
    expect(flatten(reply.message)).toContain('Anders Bruvik');
    const ping = await nextSent(fake, before, (sent) => sent.channelId === IDS.staffChannel);
    await pingRecorded(world, ping);
    expect(flatten(ping.message)).toContain('Asked privately (/jobs); the answer goes to the candidate by DM');

    const after = fake.sent.length;
    fake.userMessage({ content: ANSWER, user: 'recruiter', channelId: ping.message.id });
    const relay = await nextSent(fake, after, (sent) => fake.isDmChannel(sent.channelId));
    expect(fake.calls.filter((call) => call.path === '/users/@me/channels').at(-1)?.body).toEqual({ recipient_id: IDS.alice });
    expect(relay.message.content).toBe(`Anders Bruvik (recruiter) answered:\n> ${VISAS}\n${ANSWER}`);
    expect(fake.sent.slice(after).some((sent) => sent.channelId === IDS.jobs)).toBe(false);
  });

  it('relays after a restart, from what the database stored', async () => {
    const { question, ping } = await handOff(world);
    const handoff = await only();
    // Candor restarts: a new process, a new client, the same database and the same Discord.
    await restart(world);

    const before = fake.sent.length;
    fake.userMessage({ content: ANSWER, user: 'recruiter', channelId: ping.message.id });
    const relay = await nextSent(fake, before, (sent) => sent.channelId === question.id);
    expect(relay.message.content).toBe(`Anders Bruvik (recruiter) answered:\n${ANSWER}`);
    // The relay is visible before Candor records it; the ping is edited once it has, so the state is read after that.
    await answered(fake, ping);
    expect(await handoffs().list('all')).toMatchObject([{ id: handoff.id, state: 'answered' }]);
  });
});
