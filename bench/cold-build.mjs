// One cold build of the compiled engine in a fresh process, run as `npm start` runs it
// (plain node, no TypeScript loader): `node bench/cold-build.mjs CONTENT_DIR KNOWLEDGE_DIR`
// prints its milliseconds, then the CPU milliseconds the process spent meanwhile (both
// threads, user + system: on a shared machine, stalls lengthen the first far more than
// the second), the system part of them, and the page faults taken (on this virtual
// machine each first touch of a page costs kernel time). bench/measure.ts starts it
// once per build run.
import { performance } from 'node:perf_hooks';

const [contentDir, knowledgeDir] = process.argv.slice(2);
const { loadContent } = await import(new URL('../dist/src/engine/load.js', import.meta.url).href);
const { packageCacheDir } = await import(new URL('../dist/src/knowledge/cache.js', import.meta.url).href);
// As npm start does: knowledge validated by an earlier run is read from its cache.
const knowledgeCacheDir = packageCacheDir(new URL('../dist/src/main.js', import.meta.url).href);
const started = performance.now();
const before = process.resourceUsage();
await loadContent({ contentDir, knowledgeDir, knowledgeCacheDir });
const wallMs = performance.now() - started;
const after = process.resourceUsage();
const userMs = (after.userCPUTime - before.userCPUTime) / 1000;
const systemMs = (after.systemCPUTime - before.systemCPUTime) / 1000;
process.stdout.write(`${wallMs} ${userMs + systemMs} ${systemMs} ${after.minorPageFault - before.minorPageFault}\n`);
