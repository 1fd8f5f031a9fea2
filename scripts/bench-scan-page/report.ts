import { machineLine } from '../lib/benchmarksDoc';
import { CONDITIONS } from './render';
import { summarize, type CorpusEntry, type EngineRun } from './summary';

export interface ReportInput {
  runs: EngineRun[];
  corpus: CorpusEntry[];
  pipelineEngine: string;
  native: boolean;
  perCondition: number;
  pipelineBudget: number;
  repeats: number;
  /** Samples whose outcome differed between the repeated runs. */
  unstable: number;
  chromium: string;
  load: [before: number, after: number];
  seconds: number;
}

const TARGET_EXACT = 0.99;
const TARGET_P95_MS = 40;

const LABELS: Record<string, string> = {
  pipeline: 'pipeline (worker, as shipped)',
  'pipeline-inline': 'pipeline (same code, main thread)',
  'zxing-wasm': 'zxing-wasm alone',
  'zxing-js': '@zxing/browser alone',
  native: 'BarcodeDetector alone',
};

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const ms = (v: number) => v.toFixed(1);

export function reportMarkdown(input: ReportInput): string {
  const { runs, corpus } = input;
  const s = (engine: string, rate: number) => {
    const run = runs.find((r) => r.engine === engine && r.rate === rate);
    return run && summarize(run, corpus);
  };
  const shipped = s('pipeline', 1);
  const throttled = s('pipeline-inline', 4);
  const exactOk = shipped !== undefined && shipped.exact / shipped.samples >= TARGET_EXACT;
  const speedOk = throttled !== undefined && throttled.p95 <= TARGET_P95_MS;

  const rows = runs.map((run) => {
    const x = summarize(run, corpus);
    return `| ${LABELS[run.engine]} | ${run.rate}× | ${x.samples} | ${x.exact} (${pct(x.exact, x.samples)}) | ${x.firstFrame} | ${x.wrong} | ${x.frames} | ${ms(x.p50)} | ${ms(x.p95)} |`;
  });

  const byEngine = ['pipeline', 'zxing-wasm', 'zxing-js', ...(input.native ? ['native'] : [])];
  const conditionRows = CONDITIONS.map((condition) => {
    const cells = byEngine.map((engine) => {
      const c = s(engine, 1)?.byCondition[condition];
      return c ? `${c.exact}/${c.samples}` : '–';
    });
    return `| ${condition} | ${cells.join(' | ')} |`;
  });

  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  return `## CCCD scanning

${machineLine()} ${input.chromium}, headless; 2 cores shared with other work (load average ${input.load[0].toFixed(1)} before, ${input.load[1].toFixed(1)} after). Script: \`npm run bench:scan\` (${Math.round(input.seconds)} s).

Targets: at least 99% of the corpus read to the exact text (after NFC) — ${verdict(exactOk)}: **${shipped ? pct(shipped.exact, shipped.samples) : '–'}**; p95 decode time per frame at most 40 ms under 4× CPU throttling — ${verdict(speedOk)}: **${throttled ? ms(throttled.p95) : '–'} ms**.

**Corpus.** ${corpus.length} frames of 1280×720 (${CONDITIONS.length} conditions × ${input.perCondition}), generated from a fixed seed by \`scripts/bench-scan-page/\`: CCCD-like QR texts with Vietnamese names and addresses in three layouts (chip CCCD with 7 fields, the same with no old ID, the 2024 Căn cước with 11 fields), error correction L or M, modules of 3–5 px, on a pale card on a table. Conditions: \`clean\`; \`small-modules\` (2 px); \`blur\` (Gaussian, 0.8–1.6 px); \`noise\` (σ 28 grey levels); \`low-contrast\` (ink and paper 60 levels apart, plus noise σ 10); \`rotation\` (any angle); \`perspective\` (card tilted, far edge 70–85% of the near one); \`glare\` (a white highlight up to 85% over part of the code). The code lies inside the guide frame the screen draws (60% of the frame's short side), sticking out by at most a tenth of it, as a user aims it.

**Engines.** *Pipeline*: \`createDecoder()\` as the scanner uses it — here ${input.pipelineEngine === 'zxing-wasm' ? 'zxing-wasm in a worker' : input.pipelineEngine}, because this Chromium's BarcodeDetector ${input.native ? 'reads QR codes' : 'does not offer qr_code (desktop Linux)'}. It reads only the scan region (the centred square of 75% of the short side, guide plus margin), with ZXing's quick options first; after a miss, frames alternate the quick pass with a smoothed pass (3×3 average against sensor noise) and a thorough one (tryHarder, rotations, inversion, denoise). A sample is a card held still for up to ${input.pipelineBudget} frames (0.4 s at 10 fps); every frame's time counts. *zxing-wasm alone*: the library's default options on the whole frame, one frame. *@zxing/browser alone*: \`BrowserMultiFormatReader\` without hints on the whole frame, one frame, on ${s('zxing-js', 1)?.samples ?? 0} samples spread over all conditions (it is slow). Times run from \`decode()\` to its answer (for the worker: pixels transferred, decoded, answer posted back); frames are drawn untimed. Chromium cannot CPU-throttle a dedicated worker over CDP (\`Emulation.setCPUThrottlingRate\` on a worker target answers "Operation is only supported for pages, not workers"), so the 4× rows run the pipeline's same code (scan region, passes, pass policy, zxing-wasm) on the page's main thread. Each engine ran ${input.repeats} times; a frame keeps its faster time, because other processes share the two cores${input.unstable === 0 ? '; every outcome was the same in each run' : `; ${input.unstable} sample outcome(s) differed between runs and count as misses`}.

| engine | CPU | samples | exact text | on 1st frame | wrong text | frames | p50 ms | p95 ms |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Exact reads by condition at full speed (pipeline within ${input.pipelineBudget} frames, the others in one):

| condition | ${byEngine.map((e) => LABELS[e]).join(' | ')} |
|---|${byEngine.map(() => '---:').join('|')}|
${conditionRows.join('\n')}`;
}
