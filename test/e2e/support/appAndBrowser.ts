import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startAppServer, type AppServer } from './session';

export interface AppAndBrowser {
  /** The real server with the demo data (replace it to simulate a restart). */
  server: AppServer;
  browser: Browser;
}

/**
 * What most e2e files need: the real server with its demo data and one headless Chromium, started
 * before the file's tests and closed after them (closing also fails on any CSP report).
 */
export function appAndBrowser(): AppAndBrowser {
  const env = {} as AppAndBrowser;
  beforeAll(async () => {
    env.server = await startAppServer();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
