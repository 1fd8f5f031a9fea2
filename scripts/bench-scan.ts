// npm run bench:scan — decodes a generated corpus of CCCD-like QR codes (1280×720 frames, clean and
// degraded) in headless Chromium with each engine side by side, at full speed and under 4× CPU
// throttling, and writes the results to docs/benchmarks.md ("CCCD scanning").
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/support/chromium';
import { startServer } from '../test/e2e/support/server';
import type { BenchApi, SampleResult } from './bench-scan-page/main';
import type { BenchEngine } from './bench-scan-page/engines';
import { disagreements, mergeRuns, summarize, type EngineRun } from './bench-scan-page/summary';
import { reportMarkdown } from './bench-scan-page/report';
import { writeBenchSection } from './lib/benchmarksDoc';

const PER_CONDITION = Number(process.env.BENCH_SCAN_PER_CONDITION ?? 25);
/** A sample may take this many frames: at 10 fps, 0.4 s of holding the card still. */
const PIPELINE_BUDGET = 4;
/** @zxing/browser takes up to a second a frame when throttled: a spread-out subset of samples. */
const JS_SAMPLES = Number(process.env.BENCH_SCAN_JS_SAMPLES ?? 40);
/** Each engine runs this many times; a frame keeps its fastest time (other processes share the CPU). */
const REPEATS = 2;

declare const bench: BenchApi;

interface Step {
  rate: number;
  engine: BenchEngine;
  picks: number[];
  budget: number;
}

async function runStep(page: Page, cdp: CDPSession, step: Step): Promise<SampleResult[]> {
  const throttle = (rate: number) =>
    step.rate === 1 ? undefined : cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate((engine) => bench.open(engine), step.engine);
  const results: SampleResult[] = [];
  for (const index of step.picks) {
    // Frames are drawn at full speed; only the decoding is throttled.
    await throttle(1);
    await page.evaluate((i) => bench.prepare(i), index);
    await throttle(step.rate);
    results.push(await page.evaluate((b) => bench.attempt(b), step.budget));
  }
  await throttle(1);
  await page.evaluate(() => bench.close());
  return results;
}

function spread(total: number, count: number): number[] {
  const n = Math.min(total, count);
  return Array.from({ length: n }, (_, i) => Math.floor((i * total) / n));
}

async function main() {
  const started = Date.now();
  const outDir = path.resolve('node_modules/.cache/bench-scan');
  console.log('building the bench page…');
  await build({
    configFile: false,
    root: path.resolve('scripts/bench-scan-page'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
    worker: { format: 'es' },
  });
  const server = await startServer(outDir);
  const browser = await launchChromium();
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const corpus = await page.evaluate((n) => bench.corpus(n), PER_CONDITION);
    const pipelineEngine = await page.evaluate(() => bench.pipelineEngine());
    const native = await page.evaluate(() => bench.nativeQrSupported());
    const cdp = await page.context().newCDPSession(page);

    const all = corpus.map((c) => c.index);
    const some = spread(corpus.length, JS_SAMPLES);
    const steps: Step[] = [];
    for (const rate of [1, 4]) {
      if (rate === 1) steps.push({ rate, engine: 'pipeline', picks: all, budget: PIPELINE_BUDGET });
      steps.push({ rate, engine: 'pipeline-inline', picks: all, budget: PIPELINE_BUDGET });
      steps.push({ rate, engine: 'zxing-wasm', picks: all, budget: 1 });
      steps.push({ rate, engine: 'zxing-js', picks: some, budget: 1 });
      if (native) steps.push({ rate, engine: 'native', picks: all, budget: 1 });
    }

    const runs: EngineRun[] = [];
    let unstable = 0;
    for (const step of steps) {
      const t0 = Date.now();
      const repeats: SampleResult[][] = [];
      for (let r = 0; r < REPEATS; r++) repeats.push(await runStep(page, cdp, step));
      unstable += disagreements(repeats);
      const run = {
        engine: step.engine,
        rate: step.rate,
        budget: step.budget,
        results: mergeRuns(repeats),
      };
      runs.push(run);
      const s = summarize(run, corpus);
      console.log(
        `${step.engine.padEnd(16)} ${step.rate}×  exact ${s.exact}/${s.samples}  ` +
          `p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }

    const chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'], // Debian's wrapper script chatters on stderr
    }).trim();
    writeBenchSection(
      'scan',
      reportMarkdown({
        runs,
        corpus,
        pipelineEngine,
        native,
        perCondition: PER_CONDITION,
        pipelineBudget: PIPELINE_BUDGET,
        repeats: REPEATS,
        unstable,
        chromium,
        load: [loadBefore, loadavg()[0] ?? 0],
        seconds: (Date.now() - started) / 1000,
      }),
    );
    console.log(`docs/benchmarks.md updated (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
