/** Reads knowledge/ (YAML) into the Knowledge model; every file is validated with zod and errors carry file:line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../errors.js';
import { answerFiles, KNOWLEDGE_FILES } from './files.js';
import type { CuratedAnswer, Knowledge } from './types.js';

const language = z.enum(['en', 'nb', 'sv']);
const perLanguage = <T extends z.ZodType>(item: T) => z.object({ en: item, nb: item, sv: item });
const words = z.array(z.coerce.string().min(1)).default([]);

const topicsFile = z.object({
  weak: words,
  topics: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'topic ids are lower-case words joined by dashes'),
        absent: z.boolean().default(false),
        label: perLanguage(z.string().min(1)),
        words: z.object({ en: words, nb: words, sv: words }),
      }),
    )
    .min(1),
});

const recruitersFile = z.object({
  default: z.string().min(1),
  fallback: z.string().min(1),
  recruiters: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        email: z.email(),
        slack: z.string().min(1).optional(),
        discord: z.coerce.string().regex(/^\d+$/, 'a Discord user id is digits').optional(),
      }),
    )
    .min(1),
});

const companyFile = z.object({
  site: z.object({ companyName: z.string().min(1), baseUrl: z.url() }),
  termAliases: z.record(z.string(), z.coerce.string()).default({}),
  postingAliases: z.record(z.string(), z.array(z.coerce.string())).default({}),
});

const settingsFile = z.object({ answerThreshold: z.number().min(0).max(1) });

const answersFile = z.object({
  answers: z
    .array(
      z.object({
        posting: z.string().min(1),
        topic: z.string().min(1),
        question: z.string().optional(),
        text: z.string().min(1),
        language: language.default('en'),
        source: z.string().min(1),
      }),
    )
    .default([]),
});

export function loadKnowledge(dir: string): Knowledge {
  const topics = readYaml(join(dir, KNOWLEDGE_FILES.topics), topicsFile);
  const recruiters = readYaml(join(dir, KNOWLEDGE_FILES.recruiters), recruitersFile);
  const company = readYaml(join(dir, KNOWLEDGE_FILES.company), companyFile);
  const settings = readYaml(join(dir, KNOWLEDGE_FILES.settings), settingsFile);
  const ids = new Set(recruiters.recruiters.map((recruiter) => recruiter.id));
  for (const key of ['default', 'fallback'] as const) {
    if (!ids.has(recruiters[key])) {
      throw new KnowledgeError(join(dir, KNOWLEDGE_FILES.recruiters), 0, `${key} "${recruiters[key]}" is not one of the recruiters listed`);
    }
  }
  const lower = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value.toLowerCase()]));
  return {
    topics: topics.topics,
    weakWords: topics.weak,
    directory: {
      recruiters: recruiters.recruiters.map(({ slack, discord, ...rest }) => ({
        ...rest,
        ...(slack ? { slackUserId: slack } : {}),
        ...(discord ? { discordUserId: discord } : {}),
      })),
      defaultId: recruiters.default,
      fallbackId: recruiters.fallback,
    },
    termAliases: lower(company.termAliases),
    postingAliases: company.postingAliases,
    answers: loadAnswers(answerFiles(dir), new Set(topics.topics.map((topic) => topic.id))),
    site: company.site,
    engine: settings,
  };
}

function loadAnswers(files: string[], topicIds: Set<string>): CuratedAnswer[] {
  return files.flatMap((file) =>
    readYaml(file, answersFile).answers.map((answer) => {
      if (!topicIds.has(answer.topic)) throw new KnowledgeError(file, 0, `unknown topic "${answer.topic}" (see topics.yaml)`);
      return { ...answer, file };
    }),
  );
}

function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new KnowledgeError(file, 0, 'cannot be read', { cause });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? 0;
    throw new KnowledgeError(file, line, `is not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const node = document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : 0;
  throw new KnowledgeError(file, line, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}
