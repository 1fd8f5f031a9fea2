import { describe, expect, it } from 'vitest';
import * as shared from '../../src/shared';
import * as banks from '../../src/shared/banks';
import * as cccdQr from '../../src/shared/cccdQr';
import * as dates from '../../src/shared/dates';
import * as idNumber from '../../src/shared/idNumber';
import * as phone from '../../src/shared/phone';
import * as provinces from '../../src/shared/provinces';
import * as text from '../../src/shared/text';
import * as wallets from '../../src/shared/wallets';

// ES modules silently drop a name that two `export *` lines both provide; catch that here.
describe('src/shared/index', () => {
  const modules = { banks, cccdQr, dates, idNumber, phone, provinces, text, wallets };

  it.each(Object.entries(modules))('re-exports everything from %s', (_name, module) => {
    for (const [key, value] of Object.entries(module)) {
      expect(shared, key).toHaveProperty(key);
      expect((shared as Record<string, unknown>)[key], key).toBe(value);
    }
  });

  it('also exposes the shared messages', () => {
    expect(shared.sharedMessage('parse.phone.empty', {}, 'en')).toBe(
      'The phone number is missing.',
    );
  });
});
