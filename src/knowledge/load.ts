/** Reads knowledge/ (YAML) into the Knowledge model; every file is validated with zod and errors carry file:line. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../errors.js';
import { answerFiles, KNOWLEDGE_FILES } from './files.js';
import { CONCEPTS } from '../language/concepts.js';
import type { CuratedAnswer, Knowledge, Topic } from './types.js';

const language = z.enum(['en', 'nb', 'sv', 'da']);
const words = z.array(z.coerce.string().min(1)).default([]);

/** A company's own words for the built-in topics, or topics of its own. */
const topicsFile = z.object({
  topics: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'topic ids are lower-case words joined by dashes'),
        label: z.object({ en: z.string(), nb: z.string().optional(), sv: z.string().optional(), da: z.string().optional() }).optional(),
        words: z.union([words, z.record(z.string(), words)]).default([]),
      }),
    )
    .default([]),
});

const recruitersFile = z.object({
  default: z.string().min(1).optional(),
  fallback: z.string().min(1).optional(),
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
    .default([]),
});

const companyFile = z.object({
  site: z.object({ companyName: z.string().min(1).optional(), baseUrl: z.url().optional() }).default({}),
  termAliases: z.record(z.string(), z.coerce.string()).default({}),
  postingAliases: z.record(z.string(), z.array(z.coerce.string())).default({}),
});

const settingsFile = z.object({ answerThreshold: z.number().min(0).max(2).default(1) });

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
  const file = (name: string) => join(dir, name);
  const topics = readYaml(file(KNOWLEDGE_FILES.topics), topicsFile);
  const recruiters = readYaml(file(KNOWLEDGE_FILES.recruiters), recruitersFile);
  const company = readYaml(file(KNOWLEDGE_FILES.company), companyFile);
  const settings = readYaml(file(KNOWLEDGE_FILES.settings), settingsFile);
  const ids = new Set(recruiters.recruiters.map((recruiter) => recruiter.id));
  for (const key of ['default', 'fallback'] as const) {
    const id = recruiters[key];
    if (id && !ids.has(id)) throw new KnowledgeError(file(KNOWLEDGE_FILES.recruiters), 0, `${key} "${id}" is not one of the recruiters listed`);
  }
  const lower = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value.toLowerCase()]));
  const merged = mergeTopics(topics.topics);
  return {
    topics: merged,
    directory: {
      recruiters: recruiters.recruiters.map(({ slack, discord, ...rest }) => ({
        ...rest,
        ...(slack ? { slackUserId: slack } : {}),
        ...(discord ? { discordUserId: discord } : {}),
      })),
      defaultId: recruiters.default ?? '',
      fallbackId: recruiters.fallback ?? recruiters.default ?? '',
    },
    termAliases: lower(company.termAliases),
    postingAliases: company.postingAliases,
    answers: loadAnswers(answerFiles(dir), new Set(merged.map((topic) => topic.id))),
    site: { baseUrl: company.site.baseUrl ?? '', companyName: company.site.companyName ?? '' },
    engine: settings,
  };
}

/** The built-in topics with the company's words added, and the company's own topics after them. */
function mergeTopics(extra: z.infer<typeof topicsFile>['topics']): Topic[] {
  const merged: Topic[] = CONCEPTS.map((concept) => ({ ...concept, label: { ...concept.label }, words: [...concept.words] }));
  for (const topic of extra) {
    const words = Array.isArray(topic.words) ? topic.words : Object.values(topic.words).flat();
    const existing = merged.find((entry) => entry.id === topic.id);
    if (existing) existing.words.push(...words);
    else {
      const en = topic.label?.en ?? topic.id.replace(/-/g, ' ');
      merged.push({ id: topic.id, label: { en, nb: topic.label?.nb ?? en, sv: topic.label?.sv ?? en, da: topic.label?.da ?? en }, words });
    }
  }
  return merged;
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
  // Every knowledge file is optional: a missing one is its defaults.
  if (!existsSync(file)) return schema.parse({}) as z.infer<T>;
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
  const parsed = schema.safeParse(document.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const node = document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : 0;
  throw new KnowledgeError(file, line, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}
