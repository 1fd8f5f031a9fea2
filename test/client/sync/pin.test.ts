import { describe, expect, test } from 'vitest';
import { hashPin, pinProblem, verifyPin } from '../../../src/client/sync/auth/pin';

describe('pinProblem', () => {
  test('six digits, not a run or a repeat', () => {
    expect(pinProblem('482916')).toBeNull();
    expect(pinProblem('48291')).toBe('length');
    expect(pinProblem('4829160')).toBe('length');
    expect(pinProblem('48a916')).toBe('digits');
    expect(pinProblem('4829 6')).toBe('digits');
    for (const simple of ['000000', '777777', '123456', '654321', '345678']) {
      expect(pinProblem(simple), simple).toBe('simple');
    }
    expect(pinProblem('135791')).toBeNull();
  });
});

describe('hashPin / verifyPin', () => {
  test('the right PIN verifies, a wrong one does not; the PIN itself is not stored', async () => {
    const stored = await hashPin('482916', 1_000);
    expect(JSON.stringify(stored)).not.toContain('482916');
    expect(await verifyPin('482916', stored)).toBe(true);
    expect(await verifyPin('482917', stored)).toBe(false);
  });

  test('the same PIN hashes differently each time (salted)', async () => {
    const [a, b] = await Promise.all([hashPin('482916', 1_000), hashPin('482916', 1_000)]);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('482916', b)).toBe(true);
  });
});
