import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchBanks } from '../../src/shared/banks';
import { parseCccdQr } from '../../src/shared/cccdQr';
import { formatVnDate, parseCompactDate } from '../../src/shared/dates';
import { checkIdNumber } from '../../src/shared/idNumber';
import { isSharedMessageKey } from '../../src/shared/messages';
import { normalizeVnPhone } from '../../src/shared/phone';
import { backupFileSchema } from '../../src/shared/schemas/backup';
import { foldVietnamese } from '../../src/shared/text';
import { checkWalletPhone } from '../../src/shared/wallets';

// Random bytes (decoded as a scanner or a file reader would) at every parser in src/shared:
// each answers (a result or a message key), none throws.

const decoded = fc
  .uint8Array({ maxLength: 1500 })
  .map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));
const text = fc.oneof(decoded, fc.string({ maxLength: 1500 }), fc.string({ unit: 'grapheme' }));

describe('parsers given random bytes', () => {
  test('CCCD QR, phone, ID number, wallet phone, dates, bank search and folding never throw', () => {
    fc.assert(
      fc.property(text, (s) => {
        const qr = parseCccdQr(s);
        if (!qr.ok) expect(isSharedMessageKey(qr.error)).toBe(true);
        normalizeVnPhone(s);
        checkIdNumber(s);
        checkWalletPhone('viettel_money', s);
        searchBanks(s);
        foldVietnamese(s);
        const date = parseCompactDate(s);
        if (date !== null) formatVnDate(date);
      }),
      { numRuns: 500 },
    );
  });

  test('a backup file of random JSON is refused with message keys, never thrown at', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 5 }),
          decoded.map((s) => {
            try {
              return JSON.parse(s) as unknown;
            } catch {
              return s;
            }
          }),
        ),
        (value) => {
          const result = backupFileSchema.safeParse(value);
          expect(result.success).toBe(false);
          for (const issue of result.error?.issues ?? []) {
            expect(isSharedMessageKey(issue.message), issue.message).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
