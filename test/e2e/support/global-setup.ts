import { existsSync } from 'node:fs';
import { assertChromium } from './chromium';

export default function setup(): void {
  assertChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/. Run "npm run build" first (npm test does it).');
  }
}
