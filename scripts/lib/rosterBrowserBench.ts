import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app';
import { seedDemoIfEmpty } from '../../src/server/demo/seed';
import { openStore } from '../../src/server/store/db';
import { launchChromium } from '../../test/e2e/support/chromium';
import type { Page } from 'playwright-core';
import { DEMO_PIN, loginAs, waitForRoster } from '../../test/e2e/support/session';

// The roster screen of the production build in headless Chromium (software rendering, no GPU):
// the real server seeded with `size` demo beneficiaries, the supervisor (whole province) signed in
// through the real screens, the roster arriving by sync. Measured: the first download, opening the
// stored roster after a reload, keystroke to committed list and to the next frame, and frame
// intervals while scrolling.
// (Functions run in the page are written without named local functions: the script runner's
// transpiler would wrap those in a helper the page does not have.)

export interface BrowserFigures {
  loadMs: number;
  /** Reload → roster shown again, the PIN typed in between (the data key is in memory only). */
  reopenMs: number;
  /** PIN submitted → roster shown: key derivation, unwrapping, opening and indexing the roster. */
  unlockMs: number;
  /** Keystroke → search done and list committed to the page. */
  keystrokeCommits: number[];
  /** Keystroke → the next frame painted. */
  keystrokeFrames: number[];
  scrollFrames: number[];
  renderedRows: number;
}

const REPEATS = 3;
const QUERIES = ['hoang van thu', 'nguyen thi lan', '0912', 'na phai', 'be kim anh', 'lo van'];

export async function measureRosterInChromium<T = undefined>(
  size: number,
  inPage?: (page: Page) => Promise<T>,
): Promise<(BrowserFigures & { extra: T | undefined }) | null> {
  if (!existsSync('dist/index.html')) return null;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ghidanh-bench-'));
  const store = await openStore({ dataDir });
  await seedDemoIfEmpty(store.db, size);
  const app = await buildApp({
    store,
    staticDir: path.resolve('dist'),
    tokenSecret: 'bench-secret-that-is-long-enough-for-hs256-signing',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    let start = Date.now();
    await loginAs(page, url, 'giamsat');
    await waitForRoster(page, size);
    const loadMs = Date.now() - start;
    const total = `${size.toLocaleString('vi-VN')} người hưởng`;
    start = Date.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Mở khóa' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Mã PIN').fill(DEMO_PIN);
    const unlockStart = Date.now();
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    await page.getByText(total, { exact: true }).waitFor({ timeout: 120_000 });
    const unlockMs = Date.now() - unlockStart;
    const reopenMs = Date.now() - start;

    // React commits a typed character's update in a microtask after the input event (a discrete
    // event), so the first awaited microtask sees the search done and the list re-rendered.
    const typing = await page.evaluate(
      async ({ queries, repeats }) => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        // Each keystroke keeps its fastest of `repeats` runs, as in the Node part: other processes
        // share the two cores and would otherwise decide the slowest figures.
        const commits: number[] = [];
        const frames: number[] = [];
        for (let run = 0; run < repeats; run++) {
          let k = 0;
          for (const query of queries) {
            for (let i = 1; i <= query.length; i++, k++) {
              const t0 = performance.now();
              setValue.call(input, query.slice(0, i));
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await Promise.resolve();
              const commit = performance.now() - t0;
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              const frame = performance.now() - t0;
              commits[k] = Math.min(commits[k] ?? Infinity, commit);
              frames[k] = Math.min(frames[k] ?? Infinity, frame);
            }
            setValue.call(input, '');
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          }
        }
        return { commits, frames, shown: document.querySelector('.roster-count p')?.textContent };
      },
      { queries: QUERIES, repeats: REPEATS },
    );

    const { scrollFrames, renderedRows } = await page.evaluate(async () => {
      const frames: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      for (let i = 0; i < 300; i++) {
        window.scrollBy(0, 120);
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        frames.push(now - last);
        last = now;
      }
      return {
        scrollFrames: frames,
        renderedRows: document.querySelectorAll('.roster-item').length,
      };
    });
    if (typing.shown !== total) throw new Error(`list did not return to ${total}: ${typing.shown}`);
    const extra = inPage ? await inPage(page) : undefined;
    return {
      extra,
      loadMs,
      reopenMs,
      unlockMs,
      keystrokeCommits: typing.commits,
      keystrokeFrames: typing.frames,
      scrollFrames,
      renderedRows,
    };
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
