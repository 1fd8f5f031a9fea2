import { describe, expect, it } from 'vitest';
import { deriveEnrolmentState, REVIEW_WINDOW_MS } from '../../src/shared/enrolment';
import { newId } from '../../src/shared/ids';
import {
  beneficiarySchema,
  visitSchema,
  type Visit,
  type VisitInput,
} from '../../src/shared/schemas';
import { absentVisit, beneficiary, visit } from './schemas/samples';

const roster = beneficiarySchema.parse(beneficiary());
const phoneA = '0190b4d2-7c1e-7a3b-9f00-000000000001';
const phoneB = '0190b4d2-7c1e-7a3b-9f00-000000000002';
const at = (hours: number) => new Date(Date.UTC(2025, 6, 2) + hours * 3_600_000).toISOString();
const wallet = { method: 'wallet', provider: 'viettel_money', phone: '0987654321' } as const;
const homeCash = { method: 'cash_at_home', reason: 'bedridden', note: null } as const;

const make = (input: VisitInput): Visit => visitSchema.parse(input);
const met = (hours: number, device = phoneA, overrides: Partial<VisitInput> = {}) =>
  make(visit({ visitedAt: at(hours), deviceId: device, ...overrides }));
const absent = (hours: number, outcome: Visit['outcome'] = 'nobody_home') =>
  make(absentVisit({ visitedAt: at(hours), deviceId: phoneA, outcome }));

describe('deriveEnrolmentState', () => {
  it('keeps the roster status while there are no visits', () => {
    expect(deriveEnrolmentState(roster, [])).toEqual({
      status: 'not_visited',
      payment: null,
      paymentVisit: null,
      latestVisit: null,
      needsReview: false,
      conflicts: [],
    });
  });

  it('derives the status from the chosen channel', () => {
    const bank = met(1);
    expect(deriveEnrolmentState(roster, [bank])).toMatchObject({
      status: 'visited',
      payment: bank.payment,
      latestVisit: bank,
    });
    expect(deriveEnrolmentState(roster, [met(1, phoneA, { payment: homeCash })]).status).toBe(
      'stays_on_cash',
    );
  });

  it('lets the latest visit win, whatever order the visits come in', () => {
    const first = met(1);
    const second = met(30, phoneA, { payment: wallet });
    for (const visits of [
      [first, second],
      [second, first],
    ]) {
      const state = deriveEnrolmentState(roster, visits);
      expect(state.latestVisit?.id).toBe(second.id);
      expect(state.payment).toEqual(second.payment);
    }
  });

  it('does not let "nobody home" undo an earlier meeting, but keeps it as the latest visit', () => {
    const bank = met(1);
    const empty = absent(48);
    const state = deriveEnrolmentState(roster, [bank, empty]);
    expect(state).toMatchObject({ status: 'visited', payment: bank.payment });
    expect(state.latestVisit?.id).toBe(empty.id);
    expect(state.paymentVisit?.id).toBe(bank.id);
    expect(deriveEnrolmentState(roster, [empty]).status).toBe('needs_follow_up');
  });

  it('asks for follow-up when the person has moved or died since', () => {
    expect(deriveEnrolmentState(roster, [met(1), absent(200, 'deceased')]).status).toBe(
      'needs_follow_up',
    );
    expect(deriveEnrolmentState(roster, [met(1), absent(200, 'moved')]).status).toBe(
      'needs_follow_up',
    );
  });

  it("keeps the office's later status (e.g. account opened) over an earlier visit", () => {
    const bank = met(1);
    const opened = { ...roster, status: 'account_opened' as const, updatedAt: at(100) };
    expect(deriveEnrolmentState(opened, [bank]).status).toBe('account_opened');
    const later = met(200, phoneA, { payment: homeCash });
    expect(deriveEnrolmentState(opened, [bank, later]).status).toBe('stays_on_cash');
    const reloaded = { ...roster, updatedAt: at(100) };
    expect(deriveEnrolmentState(reloaded, [bank]).status).toBe('visited');
  });

  it('ignores visits of other beneficiaries', () => {
    const other = met(1, phoneA, { beneficiaryId: newId() });
    expect(deriveEnrolmentState(roster, [other]).status).toBe('not_visited');
  });

  describe('disagreements', () => {
    it('flags two devices choosing differently within 72 hours, and keeps both visits', () => {
      const a = met(1, phoneA);
      const b = met(20, phoneB, { payment: wallet });
      const state = deriveEnrolmentState(roster, [b, a]);
      expect(state.needsReview).toBe(true);
      expect(state.conflicts).toEqual([{ visitIds: [a.id, b.id] }]);
      expect(state.payment).toEqual(b.payment);
    });

    it('does not flag agreement, one device changing its mind, or visits far apart', () => {
      const a = met(1, phoneA);
      expect(deriveEnrolmentState(roster, [a, met(2, phoneB)]).needsReview).toBe(false);
      expect(
        deriveEnrolmentState(roster, [a, met(2, phoneA, { payment: wallet })]).needsReview,
      ).toBe(false);
      const hoursApart = REVIEW_WINDOW_MS / 3_600_000;
      expect(
        deriveEnrolmentState(roster, [a, met(1 + hoursApart, phoneB, { payment: wallet })])
          .needsReview,
      ).toBe(true);
      expect(
        deriveEnrolmentState(roster, [a, met(2 + hoursApart, phoneB, { payment: wallet })])
          .needsReview,
      ).toBe(false);
    });

    it('treats a correction as replacing the visit it supersedes', () => {
      const a = met(1, phoneA);
      const b = met(20, phoneB, { payment: wallet });
      const fix = met(25, phoneB, { supersedesVisitId: b.id });
      const state = deriveEnrolmentState(roster, [a, b, fix]);
      expect(state.needsReview).toBe(false);
      expect(state.latestVisit?.id).toBe(fix.id);
      expect(state.payment).toEqual(a.payment);
    });
  });
});
