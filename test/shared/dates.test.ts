import { describe, expect, it } from 'vitest';
import {
  formatVnDate,
  isValidCalendarDate,
  parseCompactDate,
  toIsoDate,
  yearOf,
} from '../../src/shared/dates';

describe('isValidCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(1990, 2, 31)).toBe(false);
    expect(isValidCalendarDate(1990, 4, 31)).toBe(false);
    expect(isValidCalendarDate(1990, 12, 31)).toBe(true);
    expect(isValidCalendarDate(1990, 13, 1)).toBe(false);
    expect(isValidCalendarDate(1990, 1, 0)).toBe(false);
  });

  it('limits years to those an ID number can encode (1800–2299)', () => {
    expect(isValidCalendarDate(1800, 1, 1)).toBe(true);
    expect(isValidCalendarDate(1799, 12, 31)).toBe(false);
    expect(isValidCalendarDate(2300, 1, 1)).toBe(false);
  });
});

describe('parseCompactDate', () => {
  it('reads the card form DDMMYYYY into ISO', () => {
    expect(parseCompactDate('05091948')).toBe('1948-09-05');
    expect(parseCompactDate('29022024')).toBe('2024-02-29');
  });

  it('rejects impossible dates and other shapes', () => {
    expect(parseCompactDate('31021990')).toBeNull();
    expect(parseCompactDate('00001940')).toBeNull();
    expect(parseCompactDate('5091948')).toBeNull();
    expect(parseCompactDate('05/09/1948')).toBeNull();
  });
});

describe('formatting', () => {
  it('shows dates DD/MM/YYYY and year-only dates as the year', () => {
    expect(formatVnDate('1948-09-05')).toBe('05/09/1948');
    expect(formatVnDate('1940')).toBe('1940');
    expect(toIsoDate(1948, 9, 5)).toBe('1948-09-05');
    expect(yearOf('1948-09-05')).toBe(1948);
    expect(yearOf('1940')).toBe(1940);
  });
});
