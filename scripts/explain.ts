/** Developer aid: why the engine replies as it does. `npx tsx scripts/explain.ts [--content DIR] [--staff] [--context ID] "question"` */
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/engine/load.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: 'content/career' }, staff: { type: 'boolean', default: false }, context: { type: 'string' } },
});
const engine = await loadEngine({ contentDir: values.content, knowledgeDir: 'knowledge' });
const question = { text: positionals.join(' '), audience: values.staff ? ('staff' as const) : ('candidate' as const), contextPostingId: values.context };
const reply = engine.ask(question);
console.log(JSON.stringify({ kind: reply.kind, posting: reply.posting?.id, topic: reply.topic, confidence: reply.confidence, choices: reply.choices.map((c) => c.id) }));
console.log(reply.text.slice(0, 400));
console.dir(engine.explain(question), { depth: 4 });
