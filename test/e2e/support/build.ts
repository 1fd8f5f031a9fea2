import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A second production build, as a new release would be, with its own build id. */
export function buildRelease(buildId: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), `ghidanh-${buildId}-`));
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, GHIDANH_BUILD_ID: buildId },
      stdio: 'inherit',
    },
  );
  return outDir;
}
