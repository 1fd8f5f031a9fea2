import type { SampleResult } from './main';
import type { BenchEngine } from './engines';

export interface EngineRun {
  engine: BenchEngine;
  rate: number;
  budget: number;
  results: SampleResult[];
}

export interface CorpusEntry {
  index: number;
  condition: string;
  layout: string;
}

export interface Summary {
  samples: number;
  exact: number;
  firstFrame: number;
  wrong: number;
  frames: number;
  p50: number;
  p95: number;
  byCondition: Record<string, { samples: number; exact: number }>;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Samples whose outcome differed between repeated runs (decoding should be deterministic). */
export function disagreements(runs: SampleResult[][]): number {
  const [first, ...rest] = runs;
  if (!first) return 0;
  return first.filter((r, i) =>
    rest.some((run) => run[i]?.exact !== r.exact || run[i]?.wrong !== r.wrong),
  ).length;
}

/**
 * Repeated runs of one engine over the same samples: an outcome counts only if every run got it
 * (the worst is kept); each frame keeps its fastest time.
 */
export function mergeRuns(runs: SampleResult[][]): SampleResult[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return first.map((r, i) => {
    const same = rest.map((run) => run[i]!);
    const all = [r, ...same];
    const frames = Math.min(...all.map((x) => x.frameMs.length));
    return {
      index: r.index,
      exact: all.every((x) => x.exact),
      firstFrame: all.every((x) => x.firstFrame),
      wrong: all.some((x) => x.wrong),
      frameMs: Array.from({ length: frames }, (_, f) => Math.min(...all.map((x) => x.frameMs[f]!))),
    };
  });
}

export function summarize(run: EngineRun, corpus: CorpusEntry[]): Summary {
  const frameMs = run.results.flatMap((r) => r.frameMs);
  const byCondition: Summary['byCondition'] = {};
  for (const r of run.results) {
    const condition = corpus[r.index]?.condition ?? '?';
    const entry = (byCondition[condition] ??= { samples: 0, exact: 0 });
    entry.samples++;
    if (r.exact) entry.exact++;
  }
  return {
    samples: run.results.length,
    exact: run.results.filter((r) => r.exact).length,
    firstFrame: run.results.filter((r) => r.firstFrame).length,
    wrong: run.results.filter((r) => r.wrong).length,
    frames: frameMs.length,
    p50: percentile(frameMs, 50),
    p95: percentile(frameMs, 95),
    byCondition,
  };
}
