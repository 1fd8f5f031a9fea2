// Measures the JavaScript the first screen needs (entry chunk + its modulepreloads), gzip-compressed,
// from the production build in dist/. Run: npm run bench:shell (builds first).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';

const BUDGET_KB = 130;
const dist = path.resolve('dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1]!.replace(/^\//, ''));

const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows = [...new Set(initial)].map((f) => ({
  file: f,
  raw: statSync(path.join(dist, f)).size,
  gzip: gz(f),
}));
const total = rows.reduce((s, r) => s + r.gzip, 0);
const lazy = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);

const md = `## Initial JavaScript of the app shell

${machineLine()} Script: \`npm run bench:shell\`. Aim: ≤ ${BUDGET_KB} KB gzip.

| file (loaded for the first screen) | raw KB | gzip KB |
|---|---:|---:|
${rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`).join('\n')}
| **total** | | **${kb(total)}** (${total <= BUDGET_KB * 1024 ? 'within the aim' : 'over the aim'}) |

Loaded on demand (largest first): ${
  lazy
    .slice(0, 8)
    .map((l) => `${l.file} ${kb(l.gzip)} KB`)
    .join(', ') || 'none'
}.`;

writeBenchSection('shell', md);
console.log(`initial JS: ${kb(total)} KB gzip (aim ${BUDGET_KB} KB)`);
