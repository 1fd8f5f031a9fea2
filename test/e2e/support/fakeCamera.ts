import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import type { GreyImage } from './scanImages';
import { toY4m } from './scanImages';

export interface FakeCamera {
  browser: Browser;
  close: () => Promise<void>;
}

/** Chromium whose only camera films `scene` (permission granted without a prompt). */
export async function launchWithFakeCamera(scene: GreyImage): Promise<FakeCamera> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ghidanh-camera-'));
  const file = path.join(dir, 'camera.y4m');
  writeFileSync(file, toY4m(scene));
  const browser = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ]);
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Keeps every stream the page opens, so a test can see whether its tracks were stopped. */
export async function recordCameraStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** Tracks the page ever opened, each 'live' or 'ended'. */
export function cameraTrackStates(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((s) =>
      s.getTracks().map((t) => t.readyState),
    ),
  );
}
