import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../../src/shared/messages/validation';

// The catalog and the schemas stay in step: every key a schema can report has a text in both
// languages, and no text is left that no rule reports.

// The schemas, and the device database that also reports a few storage-time checks.
const dirs = ['../../../src/shared/schemas', '../../../src/client/db'].map((d) =>
  join(import.meta.dirname, d),
);
const source = dirs
  .flatMap((dir) =>
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(dir, file), 'utf8')),
  )
  .join('\n');
const usedKeys = new Set(source.match(/'validation\.[A-Za-z0-9_.]+'/g)?.map((k) => k.slice(1, -1)));

describe('validation messages', () => {
  it('have a text for every key the schemas use', () => {
    expect(usedKeys.size).toBeGreaterThan(50);
    for (const key of usedKeys) expect(Object.keys(vi), key).toContain(key);
  });

  it('are all used by some schema', () => {
    for (const key of Object.keys(vi)) expect(usedKeys, key).toContain(key);
  });

  it('are written out in both languages, bounds included', () => {
    for (const [key, text] of Object.entries(vi)) {
      expect(text.length, key).toBeGreaterThan(5);
      expect(en[key as keyof typeof vi].length, key).toBeGreaterThan(5);
      expect(text, key).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(vi['validation.monthlyAmount.invalid']).toContain('50.000.000');
    expect(vi['validation.attachment.tooLarge']).toContain('5 MB');
  });
});
