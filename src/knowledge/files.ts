/** Which files a knowledge folder is read from. Each is optional. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const KNOWLEDGE_FILES = { topics: 'topics.yaml', recruiters: 'recruiters.yaml', company: 'company.yaml', settings: 'settings.yaml' } as const;

/** answers/*.yaml (or .yml) in name order; none when the folder is missing. */
export function answerFiles(dir: string): string[] {
  const answers = join(dir, 'answers');
  if (!existsSync(answers)) return [];
  return readdirSync(answers)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(answers, name));
}
