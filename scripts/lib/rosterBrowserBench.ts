import { existsSync } from 'node:fs';
import { launchChromium } from '../../test/e2e/support/chromium';
import { startServer } from '../../test/e2e/support/server';

// The roster screen of the production build in headless Chromium (software rendering, no GPU),
// with 20,000 demo beneficiaries loaded through the UI: how long the list takes to open, how long
// from a keystroke to the next painted frame, and frame intervals while scrolling.
// (Functions run in the page are written without named local functions: the script runner's
// transpiler would wrap those in a helper the page does not have.)

export interface BrowserFigures {
  loadMs: number;
  reopenMs: number;
  keystrokes: number[];
  scrollFrames: number[];
  renderedRows: number;
}

const QUERIES = ['hoang van thu', 'nguyen thi lan', '0912', 'na phai', 'be kim anh', 'lo van'];

export async function measureRosterInChromium(size: number): Promise<BrowserFigures | null> {
  if (!existsSync('dist/index.html')) return null;
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.url);
    await page.getByLabel('Số người hưởng mẫu').selectOption(String(size));
    const total = `${size.toLocaleString('vi-VN')} người hưởng`;
    let start = Date.now();
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText(total, { exact: true }).waitFor({ timeout: 300_000 });
    const loadMs = Date.now() - start;
    start = Date.now();
    await page.reload();
    await page.getByText(total, { exact: true }).waitFor({ timeout: 120_000 });
    const reopenMs = Date.now() - start;

    const keystrokes = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          const t0 = performance.now();
          setValue.call(input, query.slice(0, i));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          times.push(performance.now() - t0);
        }
        setValue.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return times;
    }, QUERIES);

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
    return { loadMs, reopenMs, keystrokes, scrollFrames, renderedRows };
  } finally {
    await browser.close();
    await server.close();
  }
}
