import { describe, expect, it } from 'vitest';
import { newId, uuidV7Time } from '../../src/shared/ids';
import { uuidV7 } from '../../src/shared/schemas/fields';

describe('newId', () => {
  it('makes distinct UUIDv7s that sort in creation order and carry their time', () => {
    const before = Date.now();
    const ids = Array.from({ length: 100 }, () => newId());
    const after = Date.now();
    expect(new Set(ids).size).toBe(100);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(uuidV7().safeParse(id).success).toBe(true);
    expect(uuidV7Time(ids[0]!)).toBeGreaterThanOrEqual(before);
    expect(uuidV7Time(ids[99]!)).toBeLessThanOrEqual(after);
  });
});
