import { describe, expect, test } from 'vitest';
import {
  fieldOfError,
  fieldWithPipe,
  manualToQrText,
} from '../../../src/client/scan/components/manualText';

const typed = {
  idNumber: ' 079158001234 ',
  fullName: 'Nguyễn Thị Phương Thảo',
  dateOfBirth: '15/03/1958',
  sex: 'Nữ' as const,
  address: 'Xã Tân Thạnh Đông, Huyện Củ Chi',
};

describe('manual entry', () => {
  test('is laid out like the QR code, dates compacted, so the same parser checks it', () => {
    expect(manualToQrText(typed)).toBe(
      '079158001234||Nguyễn Thị Phương Thảo|15031958|Nữ|Xã Tân Thạnh Đông, Huyện Củ Chi|',
    );
    expect(manualToQrText({ ...typed, dateOfBirth: '1940' })).toContain('|1940|');
    expect(manualToQrText({ ...typed, dateOfBirth: '3/1958' })).toContain('|3/1958|');
  });

  test('parser errors point at their field; a "|" is caught before it shifts the layout', () => {
    expect(fieldOfError('parse.idNumber.wrongLength')).toBe('idNumber');
    expect(fieldOfError('parse.cccd.nameGarbled')).toBe('fullName');
    expect(fieldOfError('parse.cccd.birthDateInvalid')).toBe('dateOfBirth');
    expect(fieldOfError('parse.cccd.sexInvalid')).toBe('sex');
    expect(fieldOfError('parse.cccd.addressMissing')).toBe('address');
    expect(fieldOfError('parse.cccd.tooLong')).toBeNull();
    expect(fieldWithPipe({ ...typed, address: 'Thôn 1 | Xã 2' })).toBe('address');
    expect(fieldWithPipe(typed)).toBeNull();
  });
});
