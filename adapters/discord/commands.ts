/** The `/jobs` slash command: `ask question:...` and `postings`. */
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
    .addSubcommand((sub) => sub.setName(POSTINGS_SUBCOMMAND).setDescription('List the open postings'));
  return [jobs.toJSON()];
}
