import { describe, expect, test } from 'vitest';
import { parts } from '../../../src/client/i18n/catalogs';
import { translate } from '../../../src/client/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  test('every area has the same keys and placeholders in vi and en, and no empty text', () => {
    for (const part of parts) {
      const vi = part.vi as Record<string, string>;
      const en = part.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
      for (const key of Object.keys(vi)) {
        expect(vi[key]!.trim(), key).not.toBe('');
        expect(placeholders(en[key]!), key).toEqual(placeholders(vi[key]!));
      }
    }
  });

  test('no key is defined by two areas (a later area would silently shadow the first)', () => {
    const seen = new Map<string, number>();
    parts.forEach((part, i) => {
      for (const key of Object.keys(part.vi)) {
        expect(seen.has(key), `${key} in areas ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  test('translate fills placeholders and formats numbers per locale', () => {
    expect(translate('vi', 'status.pending', { count: 20375 })).toBe('20.375 chờ đồng bộ');
    expect(translate('en', 'status.pending', { count: 20375 })).toBe('20,375 waiting to sync');
  });
});
