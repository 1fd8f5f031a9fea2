import { describe, expect, it } from 'vitest';
import { ID_PROVINCES, ID_PROVINCE_TABLE, idPlaceTable } from '../../src/shared/provinces';

describe('ID_PROVINCES', () => {
  it('lists the 63 pre-2025 provinces with unique three-digit codes between 001 and 096', () => {
    expect(ID_PROVINCES).toHaveLength(63);
    expect(new Set(ID_PROVINCES.map((p) => p.code)).size).toBe(63);
    for (const { code } of ID_PROVINCES) {
      expect(code).toMatch(/^0\d\d$/);
      expect(Number(code)).toBeGreaterThanOrEqual(1);
      expect(Number(code)).toBeLessThanOrEqual(96);
    }
  });

  it('stores every name in NFC', () => {
    for (const { name } of ID_PROVINCES) expect(name).toBe(name.normalize('NFC'));
  });

  it('maps the codes published with Circular 59/2021', () => {
    expect(ID_PROVINCE_TABLE.get('001')?.name).toBe('Hà Nội');
    expect(ID_PROVINCE_TABLE.get('046')?.name).toBe('Thừa Thiên Huế');
    expect(ID_PROVINCE_TABLE.get('079')?.name).toBe('TP. Hồ Chí Minh');
    expect(ID_PROVINCE_TABLE.get('087')?.name).toBe('Đồng Tháp');
    expect(ID_PROVINCE_TABLE.get('096')?.name).toBe('Cà Mau');
    // Gaps in the statistics office's numbering are not provinces.
    for (const gap of ['000', '003', '005', '013', '097', '099']) {
      expect(ID_PROVINCE_TABLE.has(gap)).toBe(false);
    }
  });

  it('builds an extended table from data', () => {
    const table = idPlaceTable([...ID_PROVINCES, { code: '200', name: 'Nước ngoài' }]);
    expect(table.get('200')?.name).toBe('Nước ngoài');
    expect(table.size).toBe(64);
  });
});
