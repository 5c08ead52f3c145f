/**
 * Teach: a recruiter's answer becomes a curated answer in knowledge/answers/,
 * one YAML file per posting (company.yaml for company-wide answers), appended
 * to so a person can review the change in git. Comments in the file are kept;
 * the file is replaced atomically (write, then rename).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { Language } from '../content/types.js';
import { CandorError, describe } from '../errors.js';

export interface TaughtAnswer {
  /** Posting id, or '*' for every posting. */
  posting: string;
  topic: string;
  text: string;
  language: Language;
  /** The recruiter's name. */
  source: string;
}

const HEADER = `# Curated answers taught by recruiters from answered handoffs (see "Teach" in
# the README). Review before committing; edit or delete freely.
`;

export function answersFileFor(dir: string, posting: string): string {
  const name = posting === '*' ? 'company' : posting.replace(/[^a-z0-9-]/gi, '-');
  return join(dir, `${name}.yaml`);
}

/** Appends the answer to its file and returns the file's path. */
export function appendCuratedAnswer(dir: string, answer: TaughtAnswer): string {
  const file = answersFileFor(dir, answer.posting);
  try {
    mkdirSync(dir, { recursive: true });
    let source = existsSync(file) ? readFileSync(file, 'utf8') : `${HEADER}answers: []\n`;
    if (parseDocument(source).contents === null) source = `${source.replace(/\n?$/, '\n')}answers: []\n`;
    const document = parseDocument(source);
    if (document.errors.length > 0) throw new Error(`not valid YAML: ${document.errors[0]!.message}`);
    if (!isMap(document.contents)) throw new Error('not a mapping with an answers list');
    let answers = document.get('answers', true);
    if (!isSeq(answers)) {
      answers = new YAMLSeq();
      document.set('answers', answers);
    }
    const seq = answers as YAMLSeq;
    seq.flow = false;
    seq.items.push(
      document.createNode({
        posting: answer.posting,
        topic: answer.topic,
        text: answer.text,
        language: answer.language,
        source: answer.source,
      }),
    );
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, document.toString({ lineWidth: 0 }));
    renameSync(temporary, file);
    return file;
  } catch (cause) {
    throw new CandorError('STORE_FAILED', `cannot write the taught answer to ${file}: ${describe(cause)}`, { cause });
  }
}
