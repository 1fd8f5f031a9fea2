// npm run bench:import — the office's 100,000-row roster file (CSV, then XLSX) imported through
// the real page (/nhap-danh-sach) in headless Chromium against the real server (fresh PGlite copy of
// the demo data): time per phase (read, check, stage, report, commit) and, the point, whether the
// page stays responsive meanwhile (long tasks, timer lag, the progress bar moving). Writes
// docs/benchmarks.md ("## Roster import at 100,000 rows"). Run: npm run build && npm run bench:import.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { DEMO_UNITS, generateRoster } from '../src/shared/demo';
import { rowKey } from '../src/shared/roster';
import { LIMITS, type Beneficiary } from '../src/shared/schemas';
import { launchChromium } from '../test/e2e/support/chromium';
import { ROSTER_HEADERS, ROSTER_TITLE, rosterRow } from '../test/e2e/support/rosterImport';
import { loginAs, startAppServer } from '../test/e2e/support/session';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? LIMITS.importRowsMax);
const LONG_WAIT = 600_000;

/** What the page records about itself (installed before any app script runs). */
interface Probe {
  longTasks: { start: number; duration: number }[];
  /** Each change of what the import page shows: a phase label, a heading, the progress value. */
  events: { at: number; state: string; value: number | null; max: number | null }[];
  /** A 100 ms timer's lateness: what a click or a keystroke would wait for. */
  timerLag: { at: number; lag: number }[];
}
declare const __probe: Probe;

function installProbe() {
  const probe: Probe = { longTasks: [], events: [], timerLag: [] };
  (globalThis as unknown as { __probe: Probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = '';
  let lastValue: number | null = null;
  const look = () => {
    const page = document.querySelector('.import-page');
    if (!page) return;
    const bar = page.querySelector('[role="status"] progress, progress') as HTMLProgressElement;
    const label = page.querySelector('#import-progress-label')?.textContent;
    const heading = [...page.querySelectorAll('h2')].map((h) => h.textContent).join('|');
    const done = page.querySelector('.notice-success')?.textContent ? 'committed' : '';
    const state = label ?? (done || heading || 'choose');
    const value = bar && bar.getAttribute('value') !== null ? bar.value : null;
    if (state !== last || value !== lastValue) {
      probe.events.push({
        at: performance.now(),
        state,
        value,
        max: bar && bar.getAttribute('max') !== null ? bar.max : null,
      });
      last = state;
      lastValue = value;
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  let expected = performance.now() + 100;
  setInterval(() => {
    const now = performance.now();
    probe.timerLag.push({ at: now, lag: Math.max(0, now - expected) });
    expected = now + 100;
  }, 100);
}

/** 100,000 different people (by the import's own matching key) in the demo communes. */
function people(count: number): Beneficiary[] {
  const seen = new Set<string>();
  const out: Beneficiary[] = [];
  for (let seed = 7; out.length < count; seed++) {
    for (const b of generateRoster({ seed, size: 100_000 })) {
      const key = rowKey(b);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(b);
      if (out.length === count) break;
    }
  }
  return out;
}

const communeNames = new Map(DEMO_UNITS.map((u) => [u.code, u.name]));
function rowsOf(list: Beneficiary[]): string[][] {
  return list.map((b, i) => {
    const row = rosterRow(b, i);
    row[6] = communeNames.get(b.communeCode)!;
    return row;
  });
}

interface Phase {
  name: string;
  ms: number;
  /** Distinct progress values shown during the phase. */
  steps: number;
}

interface Run {
  file: string;
  bytes: number;
  phases: Phase[];
  totalMs: number;
  longTasks: number;
  longestMs: number;
  longTaskMs: number;
  maxLagMs: number;
  counts: Record<string, string>;
  worst: { phase: string; ms: number }[];
}

const PHASES: [string, string][] = [
  ['Đang đọc tệp…', 'read (worker)'],
  ['Đang kiểm tra từng dòng…', 'check (worker)'],
  ['Đang gửi các dòng hợp lệ lên máy chủ…', 'stage to server'],
  ['Máy chủ đang đối chiếu với danh sách hiện có…', 'report (server)'],
  ['Đang ghi vào danh sách…', 'commit (server)'],
];

async function importThrough(
  page: Page,
  file: { name: string; path: string; bytes: number },
): Promise<Run> {
  await page.getByRole('heading', { name: 'Nhập danh sách người hưởng' }).waitFor();
  const t0 = await page.evaluate(() => {
    __probe.events.length = 0;
    return performance.now();
  });
  const wall = Date.now();
  // A path, not a buffer: Playwright hands a path to Chromium as it is, but rebuilds a buffer's
  // File inside the page (seconds of the page's own thread at this size).
  await page.getByLabel('Chọn tệp danh sách').setInputFiles(file.path);
  await page.getByRole('heading', { name: 'Ghép cột' }).waitFor({ timeout: LONG_WAIT });
  await page.getByRole('button', { name: 'Kiểm tra và lập báo cáo' }).click();
  const report = page.getByRole('heading', { name: 'Báo cáo trước khi ghi' });
  await report.or(page.getByRole('alert')).first().waitFor({ timeout: LONG_WAIT });
  const alerts = await page.getByRole('alert').allTextContents();
  if (alerts.length > 0) throw new Error(`import failed: ${alerts.join(' / ')}`);
  const count = async (label: string) =>
    (await page.locator('.import-count').filter({ hasText: label }).locator('dd').textContent()) ??
    '';
  const counts = {
    added: await count('Người mới'),
    changed: await count('Có thay đổi'),
    unchanged: await count('Không đổi'),
    removed: await count('Bị xóa khỏi danh sách'),
    rejected: await count('Dòng bị từ chối'),
  };
  await page.getByRole('button', { name: 'Ghi vào danh sách' }).click();
  const done = page.getByText('Đã ghi vào danh sách:', { exact: false });
  await done.or(page.getByRole('alert')).first().waitFor({ timeout: LONG_WAIT });
  const failed = await page.getByRole('alert').allTextContents();
  if (failed.length > 0) throw new Error(`commit failed: ${failed.join(' / ')}`);
  const totalMs = Date.now() - wall;
  const probe = await page.evaluate(() => __probe);
  const t1 = await page.evaluate(() => performance.now());

  const phases = PHASES.map(([label, name]) => {
    const own = probe.events.filter((e) => e.state === label);
    if (own.length === 0) return { name, ms: 0, steps: 0 };
    const start = own[0]!.at;
    const end = probe.events.find((e) => e.at > start && e.state !== label)?.at ?? t1;
    return {
      name,
      ms: end - start,
      steps: new Set(own.map((e) => e.value).filter((v) => v !== null)).size,
    };
  });
  const phaseAt = (at: number) => {
    let current = 'file picked';
    for (const e of probe.events) if (e.at <= at) current = e.state;
    return PHASES.find(([label]) => label === current)?.[1] ?? current;
  };
  const tasks = probe.longTasks.filter((t) => t.start >= t0 && t.start <= t1);
  const lags = probe.timerLag.filter((l) => l.at >= t0 && l.at <= t1);
  return {
    file: file.name,
    bytes: file.bytes,
    phases,
    totalMs,
    longTasks: tasks.length,
    longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTaskMs: tasks.reduce((s, t) => s + t.duration, 0),
    maxLagMs: Math.max(0, ...lags.map((l) => l.lag)),
    counts,
    worst: [...tasks]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((t) => ({ phase: phaseAt(t.start), ms: t.duration })),
  };
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build the app first: npm run build');
  console.log(`generating ${ROWS} rows…`);
  const rows = rowsOf(people(ROWS));
  const csv = Buffer.from(`\uFEFF${Papa.unparse([ROSTER_TITLE, ROSTER_HEADERS, ...rows])}`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(ROSTER_TITLE);
  sheet.addRow(ROSTER_HEADERS);
  // Next month's list: every tenth person has moved to another village.
  for (const [i, r] of rows.entries()) sheet.addRow(i % 10 === 0 ? r.with(5, 'Thôn Bench') : r);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

  const dir = mkdtempSync(path.join(tmpdir(), 'ghidanh-bench-import-'));
  const server = await startAppServer();
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // tsx names the probe's inner functions with a helper the page does not have.
    await context.addInitScript({ content: `var __name = (f) => f; (${String(installProbe)})();` });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAs(page, server.url, 'quantri');
    await page.getByRole('link', { name: 'Nhập danh sách' }).click();
    const files = Object.entries({ 'danh-sach-100k.csv': csv, 'danh-sach-100k.xlsx': xlsx }).map(
      ([name, buffer]) => {
        writeFileSync(path.join(dir, name), buffer);
        return { name, path: path.join(dir, name), bytes: buffer.length };
      },
    );
    for (const file of files) {
      console.log(`importing ${file.name} (${(file.bytes / 1e6).toFixed(1)} MB)…`);
      const run = await importThrough(page, file);
      console.log(JSON.stringify(run, null, 1));
      runs.push(run);
      await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join(' / ')}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const s = (ms: number) => (ms / 1000).toFixed(1);
  const table = (run: Run) =>
    run.phases.map((p) => `| ${p.name} | ${s(p.ms)} s | ${p.steps} |`).join('\n');
  const section = (run: Run) => `### ${run.file} (${(run.bytes / 1e6).toFixed(1)} MB)

Report: ${run.counts.added} new, ${run.counts.changed} changed, ${run.counts.unchanged} unchanged,
${run.counts.removed} removed, ${run.counts.rejected} rejected. File chosen → committed:
**${s(run.totalMs)} s** (including the bench's two clicks).

| phase | time | progress values shown |
|---|---:|---:|
${table(run)}

Main thread over the whole import: **${run.longTasks} long tasks** (> 50 ms), the longest
**${run.longestMs.toFixed(0)} ms**, ${s(run.longTaskMs)} s in all; a 100 ms timer was at most
**${run.maxLagMs.toFixed(0)} ms** late. Longest tasks: ${run.worst.map((w) => `${w.ms.toFixed(0)} ms (${w.phase})`).join(', ') || 'none'}.`;
  const md = `## Roster import at 100,000 rows

${machineLine()} Script: \`npm run bench:import\` (after \`npm run build\`). Headless Chromium,
software rendering, load average ${loadavg()[0]!.toFixed(1)} at the end; the real server on
PGlite (a fresh copy of the demo data), \`quantri\` signed in, the file picked on /nhap-danh-sach,
the guessed mapping accepted, the report read, the commit pressed. ${ROWS.toLocaleString('en-US')}
valid rows of distinct demo people across the province's communes; the XLSX holds the same people
with every tenth moved to another village, so after the CSV's commit it reports 10% changed. Long tasks come from a \`longtask\`
PerformanceObserver installed before the app; phases are timed by the page's own progress label.

${runs.map(section).join('\n\n')}`;
  console.log(md);
  writeBenchSection('import', md);
}

await main();
