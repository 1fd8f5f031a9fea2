// Renders the app icons (public/icons/*.png) from one SVG in headless Chromium, so the PNGs the
// manifest needs never drift from the favicon. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../test/e2e/support/chromium';

const mark = (inset: number) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" rx="${inset ? 0 : 110}" fill="#0f5132"/>
  <g transform="translate(${inset} ${inset}) scale(${(512 - 2 * inset) / 512})">
    <rect x="118" y="92" width="276" height="336" rx="28" fill="#fff"/>
    <rect x="156" y="150" width="200" height="22" rx="11" fill="#b7d4c5"/>
    <rect x="156" y="200" width="150" height="22" rx="11" fill="#b7d4c5"/>
    <path d="M170 320l52 52 118-124" fill="none" stroke="#0f5132" stroke-width="40"
      stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
for (const [name, size, inset] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['icon-maskable-512.png', 512, 70],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${mark(inset)}`,
  );
  writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
}
writeFileSync('public/favicon.svg', mark(0).trim() + '\n');
await browser.close();
console.log('icons written to public/icons/');
