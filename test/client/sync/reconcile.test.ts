import { describe, expect, test } from 'vitest';
import {
  attachmentRefusalKey,
  reconcilePush,
  sortChanges,
} from '../../../src/client/sync/reconcile';
import { newId } from '../../../src/shared/ids';
import type { Beneficiary, Change, PushResult, Visit } from '../../../src/shared/schemas';
import * as samples from '../../shared/schemas/samples';

const at = '2025-07-01T00:00:00.000Z';

describe('reconcilePush', () => {
  const [a, b, c] = [newId(), newId(), newId()];

  test('applied and duplicate settle the entry; rejected keeps its reasons', () => {
    const results: PushResult[] = [
      { id: a, status: 'applied', appliedAt: at },
      { id: b, status: 'duplicate', appliedAt: at },
      {
        id: c,
        status: 'rejected',
        errors: [{ path: 'payload.x', key: 'validation.text.invalid' }],
      },
    ];
    const r = reconcilePush([a, b, c], results);
    expect(r.answered).toEqual(results);
    expect(r.unanswered).toEqual([]);
    expect(r.unexpected).toEqual([]);
  });

  test('an entry the server did not answer goes back to the queue, never counts as sent', () => {
    const r = reconcilePush([a, b, c], [{ id: b, status: 'applied', appliedAt: at }]);
    expect(r.answered.map((x) => x.id)).toEqual([b]);
    expect(r.unanswered).toEqual([a, c]);
  });

  test('answers for ids not sent are set aside; a repeated answer keeps the first', () => {
    const stray = newId();
    const r = reconcilePush(
      [a],
      [
        { id: stray, status: 'applied', appliedAt: at },
        { id: a, status: 'applied', appliedAt: at },
        { id: a, status: 'rejected', errors: [] },
      ],
    );
    expect(r.answered).toEqual([{ id: a, status: 'applied', appliedAt: at }]);
    expect(r.unexpected).toEqual([stray]);
  });

  test('answers come back in the order sent', () => {
    const r = reconcilePush(
      [a, b],
      [
        { id: b, status: 'applied', appliedAt: at },
        { id: a, status: 'applied', appliedAt: at },
      ],
    );
    expect(r.answered.map((x) => x.id)).toEqual([a, b]);
  });
});

describe('sortChanges', () => {
  const person = (id: string, fullName = 'Hoàng Văn Thụ') =>
    samples.beneficiary({ id, fullName }) as Beneficiary;
  const id1 = '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c71';
  const id2 = '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c72';

  test('splits roster entries, removals, visits and account openings', () => {
    const visit = samples.visit() as Visit;
    const changes: Change[] = [
      { kind: 'beneficiary', record: person(id1) },
      { kind: 'beneficiaryRemoved', id: id2 },
      { kind: 'visit', record: visit },
      {
        kind: 'accountOpening',
        record: {
          beneficiaryId: id1,
          providerId: 'p',
          status: 'opened',
          accountNumberTail: '7777',
          openedOn: '2025-07-01',
          cardIssuedOn: null,
          safeUseShownOn: null,
          updatedAt: at,
        },
      },
    ];
    const sorted = sortChanges(changes);
    expect(sorted.beneficiaries.map((b) => b.id)).toEqual([id1]);
    expect(sorted.removedBeneficiaryIds).toEqual([id2]);
    expect(sorted.visits).toEqual([visit]);
    expect(sorted.accountOpenings).toBe(1);
  });

  test('within a page the later change to an entry wins', () => {
    const removedLast = sortChanges([
      { kind: 'beneficiary', record: person(id1) },
      { kind: 'beneficiaryRemoved', id: id1 },
    ]);
    expect(removedLast.beneficiaries).toEqual([]);
    expect(removedLast.removedBeneficiaryIds).toEqual([id1]);

    const readded = sortChanges([
      { kind: 'beneficiaryRemoved', id: id1 },
      { kind: 'beneficiary', record: person(id1, 'Lê Thị Hoa') },
    ]);
    expect(readded.removedBeneficiaryIds).toEqual([]);
    expect(readded.beneficiaries.map((b) => b.fullName)).toEqual(['Lê Thị Hoa']);

    const adjusted = sortChanges([
      { kind: 'beneficiary', record: person(id1, 'Lê Thị Hoa') },
      { kind: 'beneficiary', record: person(id1, 'Lê Thị Hòa') },
    ]);
    expect(adjusted.beneficiaries.map((b) => b.fullName)).toEqual(['Lê Thị Hòa']);
  });
});

describe('attachmentRefusalKey', () => {
  test('refusals about the photo itself reject the visit with a reason', () => {
    expect(attachmentRefusalKey(400, 'hash_mismatch')).toBe('validation.attachment.bytesMismatch');
    expect(attachmentRefusalKey(400, 'validation_failed')).toBe(
      'validation.attachment.hashInvalid',
    );
    expect(attachmentRefusalKey(409, 'attachment_id_reused')).toBe('validation.list.duplicate');
    expect(attachmentRefusalKey(413, 'payload_too_large')).toBe('validation.attachment.tooLarge');
    expect(attachmentRefusalKey(415, 'unsupported_media_type')).toBe(
      'validation.attachment.typeInvalid',
    );
  });

  test('server errors and session problems are retried, not blamed on the photo', () => {
    for (const status of [401, 403, 429, 500, 502, 503]) {
      expect(attachmentRefusalKey(status, '')).toBeNull();
    }
  });
});
