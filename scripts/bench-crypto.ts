// Encryption at rest, measured in the built app in headless Chromium: the unlock (PIN key
// derivation, unwrapping the data key, reading and opening 20,000 sealed roster entries,
// indexing them) and search per keystroke with encryption on, next to the figures measured
// before encryption. Run: npm run build && npm run bench:crypto.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { PIN_ITERATIONS } from '../src/client/sync/auth/pin';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';
import { measureRosterInChromium } from './lib/rosterBrowserBench';

const SIZE = 20_000;

/** Before encryption (bench:roster at commit 4266267, same machine, same method). */
const UNENCRYPTED = {
  reopenS: 1.3,
  commit: { p50: 4.4, p95: 7.9, max: 11.6 },
  frame: { p50: 14.6, p95: 17.8, max: 18.5 },
};

interface CryptoParts {
  deriveMs: number;
  sealMs: number;
  openMs: number;
  rowBytes: number;
}

/** The cost of each part alone, in the page: PBKDF2 at the app's count, AES-GCM on 20,000 rows. */
function cryptoParts(page: Page): Promise<CryptoParts> {
  return page.evaluate(
    async ({ iterations, size }) => {
      const enc = new TextEncoder();
      let t = performance.now();
      const base = await crypto.subtle.importKey('raw', enc.encode('482916'), 'PBKDF2', false, [
        'deriveBits',
      ]);
      await crypto.subtle.deriveBits(
        {
          name: 'PBKDF2',
          hash: 'SHA-256',
          salt: crypto.getRandomValues(new Uint8Array(16)),
          iterations,
        },
        base,
        256,
      );
      const deriveMs = performance.now() - t;
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      const row = JSON.stringify({
        id: '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b',
        fullName: 'Hoàng Văn Thụ',
        dateOfBirth: '1948-09-05',
        sex: 'male',
        idNumber: '020048001234',
        category: 'elderly',
        communeCode: '06004',
        village: 'Thôn Nà Phai',
        phone: '+84912345678',
        monthlyAmount: 540000,
        status: 'not_visited',
        updatedAt: '2025-07-01T00:00:00.000Z',
      });
      const rows = Array.from({ length: size }, (_, i) =>
        enc.encode(row.replace('Thụ', `Thụ ${i}`)),
      );
      t = performance.now();
      const sealed = await Promise.all(
        rows.map(async (bytes, i) => {
          const iv = crypto.getRandomValues(new Uint8Array(12));
          const ad = enc.encode(`roster:${i}`);
          return {
            iv,
            ad,
            ct: await crypto.subtle.encrypt(
              { name: 'AES-GCM', iv, additionalData: ad },
              key,
              bytes,
            ),
          };
        }),
      );
      const sealMs = performance.now() - t;
      t = performance.now();
      const dec = new TextDecoder();
      await Promise.all(
        sealed.map(async (s) =>
          JSON.parse(
            dec.decode(
              await crypto.subtle.decrypt(
                { name: 'AES-GCM', iv: s.iv, additionalData: s.ad },
                key,
                s.ct,
              ),
            ),
          ),
        ),
      );
      const openMs = performance.now() - t;
      return { deriveMs, sealMs, openMs, rowBytes: rows[0]!.length };
    },
    { iterations: PIN_ITERATIONS, size: SIZE },
  );
}

const browser = await measureRosterInChromium(SIZE, cryptoParts);
if (!browser) throw new Error('Build the app first: npm run build');
const parts = browser.extra!;
const ms = (x: number) => x.toFixed(2);
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const line = (xs: number[]) => `${ms(pct(xs, 50))} | ${ms(pct(xs, 95))} | ${ms(Math.max(...xs))}`;
const md = `## Encryption at rest: unlock and search (20,000 beneficiaries)

${machineLine()} Script: \`npm run bench:crypto\` (after \`npm run build\`). Headless Chromium,
software rendering, load average ${loadavg()[0]!.toFixed(1)} at the end; the server seeded with
${SIZE.toLocaleString('en-US')} demo beneficiaries, the supervisor (whole province) signed in and
synced, then the page reloaded: the data key was in memory only, so the PIN is asked.

| measured | with encryption | before encryption |
|---|---:|---:|
| PIN pressed → roster shown (derive, unwrap, read + open + index 20,000 entries) | ${(browser.unlockMs / 1000).toFixed(2)} s | — (no PIN within the working day) |
| reload → roster shown (PIN typed by the test in between) | ${(browser.reopenMs / 1000).toFixed(2)} s | ${UNENCRYPTED.reopenS} s |
| keystroke → search done, list committed: p50 / p95 / max ms | ${line(browser.keystrokeCommits).replaceAll(' | ', ' / ')} | ${UNENCRYPTED.commit.p50} / ${UNENCRYPTED.commit.p95} / ${UNENCRYPTED.commit.max} |
| keystroke → next frame: p50 / p95 / max ms | ${line(browser.keystrokeFrames).replaceAll(' | ', ' / ')} | ${UNENCRYPTED.frame.p50} / ${UNENCRYPTED.frame.p95} / ${UNENCRYPTED.frame.max} |

The unlock's parts measured alone in the same page: PBKDF2-SHA-256 of the PIN at
${PIN_ITERATIONS.toLocaleString('en-US')} iterations **${ms(parts.deriveMs)} ms**; AES-GCM opening
${SIZE.toLocaleString('en-US')} sealed roster rows of ${parts.rowBytes} bytes (all at once, Web Crypto
works them in parallel) **${ms(parts.openMs)} ms**, sealing them ${ms(parts.sealMs)} ms. Search itself
runs on the in-memory index after unlock, so a keystroke costs what it did before encryption; the
"before" column is bench:roster as measured at commit 4266267 on this machine.`;

console.log(md);
writeBenchSection('crypto', md);
