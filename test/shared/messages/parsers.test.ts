import { describe, expect, it } from 'vitest';
import { en, vi } from '../../../src/shared/messages/parsers';
import { sharedMessage } from '../../../src/shared/messages';

describe('parser messages', () => {
  const keys = Object.keys(vi) as (keyof typeof vi)[];

  it('has the same keys in Vietnamese and English, all under "parse."', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(key).toMatch(/^parse\./);
  });

  it('has non-empty NFC text without unfilled placeholders', () => {
    for (const key of keys) {
      for (const text of [vi[key], en[key]]) {
        expect(text.trim()).not.toBe('');
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('renders through sharedMessage in both locales', () => {
    expect(sharedMessage('parse.idNumber.wrongLength')).toBe(
      'Số định danh phải có đúng 12 chữ số.',
    );
    expect(sharedMessage('parse.idNumber.wrongLength', {}, 'en')).toBe(
      'The ID number must have exactly 12 digits.',
    );
  });
});
