import { describe, expect, test } from 'vitest';
import { interpretScan } from '../../../src/client/scan/interpretScan';
import { CAN_CUOC_2024, CHIP_CARD, NO_OLD_ID_NFD } from '../../fixtures/scan/cards';

describe('interpretScan', () => {
  test('a chip CCCD code becomes a card with every field, in NFC', () => {
    const read = interpretScan(NO_OLD_ID_NFD.text, 'camera');
    expect(read).toMatchObject({
      ok: true,
      outcome: {
        kind: 'card',
        source: 'camera',
        card: {
          idNumber: '046045009876',
          oldIdNumber: null,
          fullName: 'Lê Văn Hùng',
          dateOfBirth: '1945-09-02',
          sex: 'male',
        },
        warnings: [],
      },
    });
    if (read.ok && read.outcome.kind === 'card') {
      expect(read.outcome.card.address).toBe(read.outcome.card.address.normalize('NFC'));
    }
  });

  test('the 2024 card keeps its extra fields; the chip card its old ID', () => {
    const newer = interpretScan(CAN_CUOC_2024.text, 'photo');
    expect(newer.ok && newer.outcome.kind === 'card' && newer.outcome.card.extra).toEqual([
      '',
      '',
      '',
      '',
    ]);
    const chip = interpretScan(CHIP_CARD.text, 'photo');
    expect(chip.ok && chip.outcome.kind === 'card' && chip.outcome.card.oldIdNumber).toBe(
      '023456789',
    );
  });

  test('digits alone are the bar code of an older card: the ID number only, checked', () => {
    expect(interpretScan('001052012345', 'camera')).toEqual({
      ok: true,
      outcome: { kind: 'idOnly', idNumber: '001052012345', source: 'camera' },
    });
    expect(interpretScan('00105201234', 'camera')).toEqual({
      ok: false,
      error: 'parse.idNumber.wrongLength',
    });
  });

  test('other codes are refused with the parser’s message key', () => {
    expect(interpretScan('https://vneid.gov.vn/', 'camera')).toEqual({
      ok: false,
      error: 'parse.cccd.notCardQr',
    });
    // A wrong-charset decode of a name is refused, not passed on.
    const garbled = CHIP_CARD.text.replace('Nguyễn Thị Phương Thảo', 'Nguy䀅n Th茂');
    expect(interpretScan(garbled, 'camera')).toEqual({
      ok: false,
      error: 'parse.cccd.nameGarbled',
    });
  });
});
