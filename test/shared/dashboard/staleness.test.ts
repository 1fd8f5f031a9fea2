import { describe, expect, it } from 'vitest';
import { staleReasons } from '../../../src/shared/dashboard/staleness';
import { targetFor } from '../../../src/shared/dashboard/figures';

const now = Date.parse('2025-07-10T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();

describe('staleReasons', () => {
  it('flags a device silent for more than three days, not one silent over a weekend', () => {
    expect(staleReasons({ lastContactAt: hoursAgo(71), oldestPendingAt: null }, now)).toEqual([]);
    expect(staleReasons({ lastContactAt: hoursAgo(73), oldestPendingAt: null }, now)).toEqual([
      'no_contact',
    ]);
    expect(staleReasons({ lastContactAt: null, oldestPendingAt: null }, now)).toEqual([
      'no_contact',
    ]);
  });

  it('flags a device in touch whose oldest waiting record is more than two days old', () => {
    const contact = hoursAgo(1);
    expect(staleReasons({ lastContactAt: contact, oldestPendingAt: hoursAgo(47) }, now)).toEqual(
      [],
    );
    expect(staleReasons({ lastContactAt: contact, oldestPendingAt: hoursAgo(49) }, now)).toEqual([
      'pending_too_old',
    ]);
    expect(
      staleReasons({ lastContactAt: hoursAgo(80), oldestPendingAt: hoursAgo(90) }, now),
    ).toEqual(['no_contact', 'pending_too_old']);
  });
});

describe('targetFor', () => {
  const parentOf = new Map<string, string | null>([
    ['87', null],
    ['30100', '87'],
    ['30200', '87'],
  ]);
  it('takes the nearest configured unit, else 80%', () => {
    expect(targetFor('30200', parentOf, new Map())).toBe(80);
    expect(targetFor('30200', parentOf, new Map([['87', 85]]))).toBe(85);
    expect(
      targetFor(
        '30100',
        parentOf,
        new Map([
          ['87', 85],
          ['30100', 95],
        ]),
      ),
    ).toBe(95);
  });
});
