import { readFileSync } from 'node:fs';
import { loadEngine } from '/work/main/src/engine/load.js';
const ids = process.argv.slice(2);
const lines = readFileSync('/work/main/tests/eval/questions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const engines: Record<string, any> = {
  bundled: await loadEngine({ contentDir: '/work/main/content/career', knowledgeDir: '/work/main/knowledge' }),
  fixtures: await loadEngine({ contentDir: '/work/main/tests/fixtures/postings', knowledgeDir: '/work/main/knowledge' }),
};
for (const line of lines.filter((l) => ids.includes(l.id))) {
  const q = { text: line.text, audience: line.audience ?? 'candidate', contextPostingId: line.context };
  const e = engines[line.corpus].explain(q);
  const r = engines[line.corpus].ask(q);
  console.log(`${line.id} "${line.text.slice(0, 70)}" exp=${line.expect.kind}/${line.expect.posting} got=${r.kind}/${r.posting?.id} conf=${r.confidence}`);
  console.log(`   topics=${JSON.stringify(e.topics)} content=${e.contentTerms} named=${e.named}`);
  for (const t of e.top.slice(0, 3)) console.log(`   ${t.score} fit=${t.topicFit} lex=${t.lexical} [${t.section}] ${t.text.slice(0, 80)} own=${JSON.stringify(t.own)}`);
}
