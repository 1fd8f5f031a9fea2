import { expect, test } from 'vitest';
import { enterPin, loginAs } from './support/session';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import { appAndBrowser } from './support/appAndBrowser';

// The built app runs under the server's Content-Security-Policy without tripping it, and a real
// violation reaches the server's report endpoint (which is how every e2e file's server, through
// startAppServer, fails on a violation: its close() throws).

const env = appAndBrowser();

test('the app, its service worker and the scanner page load under the policy; a violation is reported', async () => {
  const page = await env.browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const shell = await page.goto(env.server.url);
  expect(shell?.headers()['content-security-policy']).toContain("default-src 'self'");
  await loginAs(page, env.server.url, 'canbo');
  await waitForServiceWorkerControl(page);
  const sw = await page.request.get(new URL('/sw.js', env.server.url).toString());
  expect(sw.headers()['content-security-policy']).toContain("worker-src 'self' blob:");

  await page.goto(new URL('/quet-cccd', env.server.url).toString());
  await enterPin(page);
  await page.locator('section.scanner').waitFor();
  const seen = () => page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen);
  expect(await seen()).toEqual([]);
  expect(env.server.cspViolations).toEqual([]);

  // An injected inline script is blocked and reported to the env.server.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  await expect.poll(seen).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await expect.poll(() => env.server.cspViolations.length, { timeout: 10_000 }).toBe(1);
  expect(env.server.cspViolations[0]?.['effective-directive']).toBe('script-src-elem');
  env.server.cspViolations.length = 0; // the deliberate one; any other fails close()
  await page.close();
});
