/**
 * The handoff workflow on Discord, end to end: the real discord.js Client
 * against the local Discord, the real core and engine over a temp copy of the
 * content and knowledge, and a real HandoffService on a temp SQLite file with
 * a hand-moved clock.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createContentStore, type ContentStore } from '../../src/app/content-store.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import { createStaffCommands } from '../../src/chat/staff-commands.js';
import type { MessageHandler } from '../../src/chat/types.js';
import type { DiscordConfig } from '../../src/config.js';
import { loadContent } from '../../src/engine/load.js';
import type { Handoff } from '../../src/handoff/store.js';
import { FORGOTTEN_NOTE } from '../../adapters/discord/handoff-card.js';
import { fakeClock, openRig, tempDir, type FakeClock, type Rig as ServiceRig } from '../handoff/helpers.js';
import { IDS, type FakeDiscord, type SentMessage, type UserName } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';
import { startRig, type Rig } from './rig.js';

const KUBERNETES = 'Team Lead for our Kubernetes team';
const VISAS = 'Do you sponsor visas for the Kubernetes team lead?';
const ANSWER = 'Yes: we sponsor work permits for this role and help with relocation.';
const NO_MENTIONS = { parse: [], replied_user: false };
const ONLY_RECRUITER = { parse: [], users: [IDS.recruiter], replied_user: false };

interface World {
  dir: ReturnType<typeof tempDir>;
  paths: { contentDir: string; knowledgeDir: string };
  content: ContentStore;
  clock: FakeClock;
  service: ServiceRig;
  discord: Rig;
  errors: unknown[];
}

/** Candor as `npm start` wires it, on a fresh database and knowledge copy, against a local Discord. */
async function startWorld(config: Partial<DiscordConfig> = {}): Promise<World> {
  const dir = tempDir('candor-discord-handoff-');
  const paths = { contentDir: join(dir.path, 'content', 'career'), knowledgeDir: join(dir.path, 'knowledge') };
  cpSync('content/career', paths.contentDir, { recursive: true });
  cpSync('knowledge', paths.knowledgeDir, { recursive: true });
  // The Kubernetes posting's recruiter (and the fallback) is the guild's recruiter; Marietta is Bob.
  const recruiters = readFileSync(join(paths.knowledgeDir, 'recruiters.yaml'), 'utf8')
    .replace('email: marietta@safespring.com', `email: marietta@safespring.com\n    discord: "${IDS.bob}"`)
    .replace('email: anders.bruvik@safespring.com', `email: anders.bruvik@safespring.com\n    discord: "${IDS.recruiter}"`);
  writeFileSync(join(paths.knowledgeDir, 'recruiters.yaml'), recruiters);
  const content = createContentStore({ initial: await loadContent(paths), load: () => loadContent(paths) });
  const clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
  const world = { dir, paths, content, clock, errors: [] as unknown[] } as World;
  world.service = openService(world);
  world.discord = await startRig(handlerFor(world), config, { handoffs: world.service.service });
  return world;
}

function openService(world: World): ServiceRig {
  const rig = openRig({
    file: join(world.dir.path, 'data', 'candor.db'),
    engine: () => world.content.current(),
    clock: world.clock,
    answersDir: join(world.paths.knowledgeDir, 'answers'),
    afterTeach: () => world.content.reload(),
  });
  return rig;
}

function handlerFor(world: World): MessageHandler {
  const engine = () => world.content.current();
  const handoffs = world.service.service;
  return createMessageHandler({
    engine,
    memory: createConversationMemory(),
    handoffs,
    staff: createStaffCommands({ engine, handoffs, reload: () => world.content.reload(), now: () => world.clock.now() }),
    forget: (who) => handoffs.forget(who),
    reportError: (error) => world.errors.push(error),
  });
}

/** A new process: a new client and service on the same database, against the same Discord. */
async function restart(world: World): Promise<void> {
  const fake = world.discord.fake;
  await world.discord.adapter.stop();
  await world.service.store.close();
  world.service = openService(world);
  world.discord = await startRig(handlerFor(world), {}, { handoffs: world.service.service, fake });
}

async function stopWorld(world: World): Promise<void> {
  await world.discord.stop();
  await world.service.store.close();
  world.dir.remove();
}

/** Alice asks in #jobs; resolves with her question, Candor's reply in the thread and the ping in the staff channel, once recorded. */
async function handOff(world: World, text = VISAS, user: UserName = 'alice') {
  const fake = world.discord.fake;
  const before = fake.sent.length;
  const question = fake.userMessage({ content: text, user });
  const reply = await nextSent(fake, before, (sent) => sent.channelId === question.id);
  const ping = await nextSent(fake, before, (sent) => sent.channelId === IDS.staffChannel);
  await pingRecorded(world, ping);
  return { question, reply, ping };
}

/** The service records a ping once the transport returns (after the thread is started). */
async function pingRecorded(world: World, ping: SentMessage): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await world.service.service.list('all')).some((handoff) => handoff.pings.some((p) => p.messageId === ping.message.id))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the ping to be recorded');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function buttonIds(message: Record<string, any>): string[] {
  return ((message.components ?? []) as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((c) => c.custom_id));
}

/** Clicks a ping button and resolves with the private answer the clicker gets. */
async function click(fake: FakeDiscord, message: Record<string, any>, customId: string, user: UserName): Promise<{ token: string; answer: SentMessage }> {
  const token = fake.clickButton({ message, customId, user });
  const answer = await fake.waitFor(() => fake.sent.find((sent) => sent.interactionToken === token && sent.message.content), `the answer to ${customId}`);
  return { token, answer };
}

/** The ping as it is now, after the edits. */
function pingNow(fake: FakeDiscord, ping: SentMessage): Record<string, any> {
  return fake.botMessage(ping.message.id)!;
}

async function slash(fake: FakeDiscord, sub: string, user: UserName, options: { name: string; type: 3 | 4; value: string | number }[] = []) {
  const token = fake.slashCommand({ sub, user, options });
  const answer = await fake.waitFor(() => fake.sent.find((sent) => sent.interactionToken === token && flatten(sent.message)), `/jobs ${sub}`);
  const callback = fake.calls.find((call) => call.path.endsWith(`/${token}/callback`));
  expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
  return flatten(answer.message);
}

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
    expect(await handoffs().list('all')).toMatchObject([{ id: handoff.id, state: 'answered' }]);
    expect(flatten(pingNow(fake, ping))).toContain(`Answered by <@${IDS.recruiter}>`);
  });
});

describe('discord handoffs without a handoff channel', () => {
  let world: World;
  afterEach(() => stopWorld(world));

  it('DMs the recruiter, and their Reply to the ping is relayed', async () => {
    world = await startWorld({ handoffChannelId: null });
    const fake = world.discord.fake;
    const before = fake.sent.length;
    const question = fake.userMessage({ content: VISAS });
    const ping = await nextSent(fake, before, (sent) => fake.isDmChannel(sent.channelId));
    await pingRecorded(world, ping);
    expect(ping.body.allowed_mentions).toEqual(ONLY_RECRUITER);
    expect(flatten(ping.message)).toContain('Reply to this message (Reply) to answer');
    expect(fake.calls.some((call) => call.path.endsWith(`/messages/${ping.message.id}/threads`))).toBe(false);

    const after = fake.sent.length;
    fake.userMessage({ content: ANSWER, user: 'recruiter', dm: true, replyTo: ping.message });
    const relay = await nextSent(fake, after, (sent) => sent.channelId === question.id);
    expect(relay.message.content).toBe(`Anders Bruvik (recruiter) answered:\n${ANSWER}`);
    expect((await world.service.service.list('all'))[0]).toMatchObject({ state: 'answered' });

    // A candidate replying to Candor in a DM is asking a question, not answering a handoff.
    const dm = fake.userMessage({ content: 'Is the Kubernetes team lead role remote?', dm: true, replyTo: ping.message });
    const answer = await nextSent(fake, after, (sent) => sent.channelId === dm.channel_id && sent.message.message_reference?.message_id === dm.id);
    expect(answer.message.embeds[0].title).toBe(KUBERNETES);
  });
});
