/**
 * Where the time goes, one phase at a time: `npx tsx bench/profile.ts --content DIR [--phase parse|engine|ask] [--top 25] [--save FILE]`.
 * Profiles only the chosen phase (V8 CPU profiler via node:inspector) and prints
 * the functions with the most self time, and the slowest questions for `ask`.
 * Make a big corpus first with `npm run bench -- --sizes 10000 --keep` (or bench/generate.ts).
 */
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/content/load.js';
import { createEngine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { ROOT } from './generate.js';
import { loadQuestions } from './questions.js';
import { timed } from './stats.js';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: path.join(ROOT, 'content', 'career') },
    phase: { type: 'string', default: 'ask' },
    top: { type: 'string', default: '25' },
    save: { type: 'string' },
  },
});

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));

async function profiled<T>(run: () => T | Promise<T>): Promise<{ value: T; profile: Profiler.Profile; ms: number }> {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  return { value, profile, ms };
}

function summarize(profile: Profiler.Profile, top: number): string[] {
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const self = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    const where = frame.url ? path.relative(ROOT, frame.url.replace(/^file:\/\//, '')) : '(native)';
    const key = `${frame.functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
}

const knowledge = loadKnowledge(path.join(ROOT, 'knowledge'));
const phase = values.phase;
let result: { profile: Profiler.Profile; ms: number };
if (phase === 'parse') {
  result = await profiled(() => loadCorpus({ contentDir: values.content, knowledge }));
} else {
  const corpus = await loadCorpus({ contentDir: values.content, knowledge });
  if (phase === 'engine') result = await profiled(() => createEngine(corpus, knowledge));
  else if (phase === 'ask') {
    const engine = createEngine(corpus, knowledge);
    const questions = loadQuestions();
    const times: Array<{ ms: number; text: string }> = [];
    result = await profiled(() => {
      for (const question of questions) {
        const { ms } = timed(() => engine.ask({ text: question.text, audience: question.audience, ...(question.context ? { contextPostingId: question.context } : {}) }));
        times.push({ ms, text: question.text.slice(0, 70).replace(/\s+/g, ' ') });
      }
    });
    console.log('slowest questions:');
    for (const { ms, text } of times.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${text}`);
  } else throw new Error('--phase must be parse, engine or ask');
}
console.log(`\n${phase}: ${result.ms.toFixed(0)} ms; self time by function:`);
for (const line of summarize(result.profile, Number(values.top))) console.log(line);
if (values.save) writeFileSync(values.save, JSON.stringify(result.profile));
session.disconnect();
