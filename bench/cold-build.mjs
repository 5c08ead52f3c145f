// One cold build of the compiled engine in a fresh process, run as `npm start` runs it
// (plain node, no TypeScript loader): `node bench/cold-build.mjs CONTENT_DIR KNOWLEDGE_DIR`
// prints its milliseconds, then the CPU milliseconds the process spent meanwhile (both
// threads, user + system: on a shared machine, stalls lengthen the first far more than
// the second). bench/measure.ts starts it once per build run.
import { performance } from 'node:perf_hooks';

const [contentDir, knowledgeDir] = process.argv.slice(2);
const { loadContent } = await import(new URL('../dist/src/engine/load.js', import.meta.url).href);
const started = performance.now();
const cpuBefore = process.cpuUsage();
await loadContent({ contentDir, knowledgeDir });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`${wallMs} ${(cpu.user + cpu.system) / 1000}\n`);
