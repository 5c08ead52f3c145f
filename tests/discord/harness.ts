/**
 * The Discord side of the shared contract suite: questions arrive as gateway
 * MESSAGE_CREATE (a mention in #jobs, a message in a thread, a DM), clicks as
 * INTERACTION_CREATE, through the real discord.js Client; what the user sees
 * is what the bot posted to the local Discord.
 */
import type { ContractHarness, SeenReply } from '../contract/harness.js';
import { IDS, type FakeDiscord, type SentMessage, type UserName } from './fake-discord.js';
import { startRig, type Rig } from './rig.js';
import { createDiscordStaffSide } from './staff-side.js';

export interface DiscordHarness extends ContractHarness {
  /** The running rig (fake Discord, adapter, captured logs), once started. */
  rig(): Rig;
}

export function createDiscordHarness(): DiscordHarness {
  let current: Rig | null = null;
  const rig = (): Rig => {
    if (!current) throw new Error('the Discord harness is not started');
    return current;
  };

  return {
    rig,
    async start(connect) {
      current = await startRig(connect);
    },
    async ask(text, options = {}) {
      const { fake } = rig();
      const user: UserName = options.staff ? 'bob' : 'alice';
      const before = fake.sent.length;
      if (options.direct || (options.thread && fake.isDmChannel(options.thread))) {
        const message = fake.userMessage({ content: text, user, dm: true });
        return seen(fake, await nextSent(fake, before, (sent) => sent.channelId === message.channel_id), user);
      }
      if (options.thread) {
        fake.userMessage({ content: text, user, channelId: options.thread });
        return seen(fake, await nextSent(fake, before, (sent) => sent.channelId === options.thread), user);
      }
      const message = fake.userMessage({ content: text, user });
      // Answered in a thread started on the question (its id is the question's id), or as a reply in place.
      const answer = await nextSent(
        fake,
        before,
        (sent) => sent.channelId === message.id || sent.message.message_reference?.message_id === message.id,
      );
      return seen(fake, answer, user);
    },
    staff: createDiscordStaffSide(() => rig().fake),
    pings() {
      if (!current) return [];
      return current.fake.sent.filter((sent) => sent.channelId === IDS.staffChannel).map((sent) => flatten(sent.message));
    },
    async stop() {
      await current?.stop();
      current = null;
    },
  };
}

/** The first message the bot made visible after `before` that matches. */
export function nextSent(fake: FakeDiscord, before: number, match: (sent: SentMessage) => boolean): Promise<SentMessage> {
  return fake.waitFor(() => fake.sent.slice(before).find(match), 'a reply from the bot');
}

function seen(fake: FakeDiscord, sent: SentMessage, user: UserName): SeenReply {
  const buttons = choiceButtons(sent.message);
  return {
    text: flatten(sent.message),
    choices: buttons.map((button) => button.label as string),
    thread: sent.channelId,
    async choose(index) {
      const button = buttons[index];
      if (!button) throw new Error(`no choice ${index}; the reply offers ${buttons.length}`);
      const before = fake.sent.length;
      const token = fake.clickButton({ message: sent.message, customId: button.custom_id, user });
      return seen(fake, await nextSent(fake, before, (next) => next.interactionToken === token), user);
    },
    async feedback(kind) {
      const button = buttonsOf(sent.message).find((c) => typeof c.custom_id === 'string' && c.custom_id.startsWith(`feedback_${kind}:`));
      if (!button) throw new Error(`no feedback_${kind} button on the reply`);
      const token = fake.clickButton({ message: fake.botMessage(sent.message.id) ?? sent.message, customId: button.custom_id, user });
      const callback = await fake.waitFor(() => fake.calls.find((call) => call.path.endsWith(`/${token}/callback`)), `the callback to ${button.custom_id}`);
      return String((callback.body as { data?: { content?: string } }).data?.content ?? '');
    },
  };
}

/** Buttons that answer a clarify (not links, not handoff buttons). */
export function choiceButtons(message: Record<string, any>): Record<string, any>[] {
  return buttonsOf(message).filter((c) => typeof c.custom_id === 'string' && c.custom_id.startsWith('choose:'));
}

function buttonsOf(message: Record<string, any>): Record<string, any>[] {
  const rows = (message.components ?? []) as { components: Record<string, any>[] }[];
  return rows.flatMap((row) => row.components);
}

/** Everything visible in a message as plain text: content, embeds (with their links), button labels. */
export function flatten(message: Record<string, any>): string {
  const parts: string[] = [message.content ?? ''];
  for (const embed of (message.embeds ?? []) as Record<string, any>[]) {
    parts.push(embed.author?.name, embed.title, embed.url, embed.description);
    for (const field of (embed.fields ?? []) as { name: string; value: string }[]) parts.push(field.name, field.value);
    parts.push(embed.footer?.text);
  }
  for (const row of (message.components ?? []) as { components: Record<string, any>[] }[]) {
    for (const component of row.components) parts.push(component.label);
  }
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');
}
