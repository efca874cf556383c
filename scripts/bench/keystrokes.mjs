// Keystroke → diagnostics latency alone, through the real server (dist/server.js), for one article
// size: `node scripts/bench/keystrokes.mjs [bytes] [keystrokes]`. A quicker loop than `npm run bench`
// while working on the server's per-edit cost; BENCH_SERVER_NODE_OPTIONS=--cpu-prof profiles the server.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigArticle, loadCorpus } from './corpus.mjs';
import { Server, summary, typeInto } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bytes = Number(process.argv[2] ?? 100_000);
const keystrokes = Number(process.argv[3] ?? 100);
const article = bigArticle(loadCorpus(join(root, '..', 'shared')), bytes);
const server = new Server(root);
await server.initialize();
const uri = `file:///bench/article-${bytes}.md`;
const opened = await server.open(uri, article);
const times = await typeInto(server, uri, article, { keystrokes, warmup: 10 });
const s = summary(times);
const memory = server.memory();
await server.stop();
console.log(`${bytes} bytes, ${opened.params.diagnostics.length} diagnostics: keystroke → diagnostics p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(1)} ms over ${s.n}; server peak RSS ${JSON.stringify(memory)}`);
