/**
 * The `/jobs` slash command. Everyone: `ask question:...`, `postings`,
 * `forget`. Staff (the core refuses others): `show posting:... [topic:...]`,
 * `handoffs [state:open|claimed|all]`, `gaps [days:N]`, `reload`. Every
 * answer is ephemeral.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export const JOBS_COMMAND = 'jobs';
export const ASK_SUBCOMMAND = 'ask';
export const POSTINGS_SUBCOMMAND = 'postings';
export const QUESTION_OPTION = 'question';
export const SHOW_SUBCOMMAND = 'show';
export const HANDOFFS_SUBCOMMAND = 'handoffs';
export const GAPS_SUBCOMMAND = 'gaps';
export const RELOAD_SUBCOMMAND = 'reload';
export const FORGET_SUBCOMMAND = 'forget';
export const POSTING_OPTION = 'posting';
export const TOPIC_OPTION = 'topic';
export const STATE_OPTION = 'state';
export const DAYS_OPTION = 'days';

export const SUBCOMMANDS = [
  ASK_SUBCOMMAND,
  POSTINGS_SUBCOMMAND,
  SHOW_SUBCOMMAND,
  HANDOFFS_SUBCOMMAND,
  GAPS_SUBCOMMAND,
  RELOAD_SUBCOMMAND,
  FORGET_SUBCOMMAND,
] as const;

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const jobs = new SlashCommandBuilder()
    .setName(JOBS_COMMAND)
    .setDescription('Ask about our open positions')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((sub) =>
      sub
        .setName(ASK_SUBCOMMAND)
        .setDescription('Ask a question about a job posting (only you see the answer)')
        .addStringOption((option) =>
          option.setName(QUESTION_OPTION).setDescription('Your question').setRequired(true).setMaxLength(500),
        ),
    )
    .addSubcommand((sub) => sub.setName(POSTINGS_SUBCOMMAND).setDescription('List the open postings'))
    .addSubcommand((sub) =>
      sub
        .setName(SHOW_SUBCOMMAND)
        .setDescription("Staff: a posting's sections, or its passages and answers for a topic")
        .addStringOption((option) =>
          option.setName(POSTING_OPTION).setDescription('Posting id (see /jobs postings)').setRequired(true).setMaxLength(100),
        )
        .addStringOption((option) => option.setName(TOPIC_OPTION).setDescription('Topic, e.g. salary').setMaxLength(100)),
    )
    .addSubcommand((sub) =>
      sub
        .setName(HANDOFFS_SUBCOMMAND)
        .setDescription('Staff: questions handed off to recruiters')
        .addStringOption((option) =>
          option
            .setName(STATE_OPTION)
            .setDescription('Which handoffs (default: open and claimed)')
            .addChoices({ name: 'open', value: 'open' }, { name: 'claimed', value: 'claimed' }, { name: 'all', value: 'all' }),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName(GAPS_SUBCOMMAND)
        .setDescription('Staff: questions handed off, answers marked unhelpful and helpful')
        .addIntegerOption((option) => option.setName(DAYS_OPTION).setDescription('Over the last N days (default 30)').setMinValue(1).setMaxValue(365)),
    )
    .addSubcommand((sub) => sub.setName(RELOAD_SUBCOMMAND).setDescription('Staff: reload postings and knowledge'))
    .addSubcommand((sub) => sub.setName(FORGET_SUBCOMMAND).setDescription('Delete what Candor stored about you'));
  return [jobs.toJSON()];
}

/**
 * The text the core gets for a sub-command (`handoffs open`, `show
 * kubernetes-team-lead salary`), or null for `ask`, whose question is a
 * question even when it starts with a command word.
 */
export function commandText(
  sub: string | null,
  options: { string(name: string): string | null; integer(name: string): number | null },
): string | null {
  switch (sub) {
    case POSTINGS_SUBCOMMAND:
    case RELOAD_SUBCOMMAND:
    case FORGET_SUBCOMMAND:
      return sub;
    case SHOW_SUBCOMMAND: {
      // The core reads `show <posting> [topic]`: a posting typed with spaces becomes one word.
      const posting = (options.string(POSTING_OPTION) ?? '').trim().replace(/\s+/g, '-');
      return [SHOW_SUBCOMMAND, posting, (options.string(TOPIC_OPTION) ?? '').trim()].filter(Boolean).join(' ');
    }
    case HANDOFFS_SUBCOMMAND:
      return [HANDOFFS_SUBCOMMAND, options.string(STATE_OPTION) ?? ''].filter(Boolean).join(' ');
    case GAPS_SUBCOMMAND: {
      const days = options.integer(DAYS_OPTION);
      return days === null ? GAPS_SUBCOMMAND : `${GAPS_SUBCOMMAND} ${days}`;
    }
    default:
      return null;
  }
}
