/**
 * Candor on Discord for the handoff tests, as `npm start` wires it: the real
 * discord.js Client against the local Discord, the real core and engine over
 * a temp copy of the content and knowledge, and a real HandoffService on a
 * temp SQLite file with a hand-moved clock; and the steps the tests take.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createContentStore, type ContentStore } from '../../src/app/content-store.js';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import { createStaffCommands } from '../../src/chat/staff-commands.js';
import { connect } from '../../src/app/wire.js';
import type { DiscordConfig } from '../../src/config.js';
import { loadContent } from '../../src/engine/load.js';
import { fakeClock, openRig, tempDir, type FakeClock, type Rig as ServiceRig } from '../handoff/helpers.js';
import type { Connect } from '../support/runtime.js';
import { IDS, type FakeDiscord, type SentMessage, type UserName } from './fake-discord.js';
import { flatten, nextSent } from './harness.js';
import { startRig, type Rig } from './rig.js';

export const KUBERNETES = 'Team Lead for our Kubernetes team';
export const VISAS = 'Do you sponsor visas for the Kubernetes team lead?';
export const ANSWER = 'Yes: we sponsor work permits for this role and help with relocation.';
export const NO_MENTIONS = { parse: [], replied_user: false };
export const ONLY_RECRUITER = { parse: [], users: [IDS.recruiter], replied_user: false };

export interface World {
  dir: ReturnType<typeof tempDir>;
  paths: { contentDir: string; knowledgeDir: string };
  content: ContentStore;
  clock: FakeClock;
  service: ServiceRig;
  discord: Rig;
  errors: unknown[];
}

/** Candor as `npm start` wires it, on a fresh database and knowledge copy, against a local Discord. */
export async function startWorld(config: Partial<DiscordConfig> = {}): Promise<World> {
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
  world.discord = await startRig(connectWorld(world), config);
  return world;
}

export function openService(world: World): ServiceRig {
  const rig = openRig({
    file: join(world.dir.path, 'data', 'candor.db'),
    engine: () => world.content.current(),
    clock: world.clock,
    answersDir: join(world.paths.knowledgeDir, 'answers'),
    afterTeach: () => world.content.reload(),
  });
  return rig;
}

/** The core as services.ts builds it, over this world's content and service, wired to an adapter by src/app/wire.ts. */
export function connectWorld(world: World): Connect {
  const engine = () => world.content.current();
  const handoffs = world.service.service;
  const onError = (error: unknown) => void world.errors.push(error);
  const handler = createMessageHandler({
    engine,
    memory: createConversationMemory(),
    handoffs,
    staff: createStaffCommands({ engine, handoffs, reload: () => world.content.reload(), now: () => world.clock.now() }),
    forget: (who) => handoffs.forget(who),
    onError,
  });
  return (adapter) => connect(adapter, { handler, handoffs, onError });
}

/** A new process: a new client and service on the same database, against the same Discord. */
export async function restart(world: World): Promise<void> {
  const fake = world.discord.fake;
  await world.discord.adapter.stop();
  await world.service.store.close();
  world.service = openService(world);
  world.discord = await startRig(connectWorld(world), {}, { fake });
}

export async function stopWorld(world: World): Promise<void> {
  await world.discord.stop();
  await world.service.store.close();
  world.dir.remove();
}

/** Alice asks in #jobs; resolves with her question, Candor's reply in the thread and the ping in the staff channel, once recorded. */
export async function handOff(world: World, text = VISAS, user: UserName = 'alice') {
  const fake = world.discord.fake;
  const before = fake.sent.length;
  const question = fake.userMessage({ content: text, user });
  const reply = await nextSent(fake, before, (sent) => sent.channelId === question.id);
  const ping = await nextSent(fake, before, (sent) => sent.channelId === IDS.staffChannel);
  await pingRecorded(world, ping);
  return { question, reply, ping };
}

/** The service records a ping once the transport returns (after the thread is started). */
export async function pingRecorded(world: World, ping: SentMessage): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await world.service.service.list('all')).some((handoff) => handoff.pings.some((p) => p.messageId === ping.message.id))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the ping to be recorded');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function buttonIds(message: Record<string, any>): string[] {
  return ((message.components ?? []) as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((c) => c.custom_id));
}

/** Clicks a ping button and resolves with the private answer the clicker gets. */
export async function click(fake: FakeDiscord, message: Record<string, any>, customId: string, user: UserName): Promise<{ token: string; answer: SentMessage }> {
  const token = fake.clickButton({ message, customId, user });
  const answer = await fake.waitFor(() => fake.sent.find((sent) => sent.interactionToken === token && sent.message.content), `the answer to ${customId}`);
  return { token, answer };
}

/** Waits for the ping to show the answer: Candor edits it only after the relay is recorded. */
export function answered(fake: FakeDiscord, ping: SentMessage): Promise<unknown> {
  return fake.waitFor(() => flatten(pingNow(fake, ping)).includes(`Answered by <@${IDS.recruiter}>`) || undefined, 'the ping edited to answered');
}

/** The ping as it is now, after the edits. */
export function pingNow(fake: FakeDiscord, ping: SentMessage): Record<string, any> {
  return fake.botMessage(ping.message.id)!;
}

export async function slash(fake: FakeDiscord, sub: string, user: UserName, options: { name: string; type: 3 | 4; value: string | number }[] = []) {
  const token = fake.slashCommand({ sub, user, options });
  const answer = await fake.waitFor(() => fake.sent.find((sent) => sent.interactionToken === token && flatten(sent.message)), `/jobs ${sub}`);
  const callback = fake.calls.find((call) => call.path.endsWith(`/${token}/callback`));
  expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
  return flatten(answer.message);
}
