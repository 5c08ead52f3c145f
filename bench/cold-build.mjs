// One cold build of the compiled engine in a fresh process, run as `npm start` runs it
// (plain node, no TypeScript loader): `node bench/cold-build.mjs CONTENT_DIR KNOWLEDGE_DIR`
// prints its milliseconds. bench/measure.ts starts it once per build run.
import { performance } from 'node:perf_hooks';

const [contentDir, knowledgeDir] = process.argv.slice(2);
const { loadContent } = await import(new URL('../dist/src/engine/load.js', import.meta.url).href);
const started = performance.now();
await loadContent({ contentDir, knowledgeDir });
process.stdout.write(`${performance.now() - started}\n`);
