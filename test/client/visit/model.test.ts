import { describe, expect, test } from 'vitest';
import { visitSchema } from '../../../src/shared/schemas';
import { stepIssues } from '../../../src/client/features/visit/model/validateStep';
import { toVisitInput } from '../../../src/client/features/visit/model/toVisitInput';
import { emptyVisitForm } from '../../../src/client/features/visit/model/formValues';
import { DRAFT_FORMAT, restoreDraft } from '../../../src/client/features/visit/model/draftData';
import { context, filledForm } from './fixtures';

const keysOf = (issues: { field: string; key: string }[]) =>
  issues.map((i) => `${i.field} ${i.key}`);

describe('visit form → Visit record', () => {
  test('a filled form becomes a valid visit, with the card proposing roster corrections', () => {
    const ctx = context();
    const result = visitSchema.safeParse(toVisitInput(filledForm(), ctx));
    expect(result.error?.issues).toBeUndefined();
    const visit = result.data!;
    expect(visit.card?.dateOfBirth).toBe('1948-09-05');
    expect(visit.payment).toEqual({
      method: 'bank',
      bankBin: '970415',
      accountNumber: '101020203030',
      accountHolder: 'Hoàng Văn Thụ',
    });
    // Same name in capitals is not a difference; the precise birth date and the ID number are.
    expect(visit.corrections).toEqual({ dateOfBirth: '1948-09-05', idNumber: '001048012345' });
    expect(visit.attachments).toEqual([visit.consent!.signatureAttachmentId]);
  });

  test('nobody home: only the outcome is recorded, whatever else was typed before', () => {
    const values = filledForm();
    values.outcome = 'nobody_home';
    const visit = visitSchema.parse(toVisitInput(values, context()));
    expect(visit).toMatchObject({ payment: null, consent: null, card: null, representative: null });
  });

  test('each step reports only its own questions', () => {
    const ctx = context();
    const values = emptyVisitForm();
    expect(keysOf(stepIssues(values, ctx, 'outcome'))).toEqual([
      'outcome validation.visit.outcomeInvalid',
    ]);
    values.outcome = 'met_beneficiary';
    expect(stepIssues(values, ctx, 'outcome')).toEqual([]);
    expect(keysOf(stepIssues(values, ctx, 'identity'))).toEqual([
      'cardMode validation.visit.cardRequired',
    ]);
    values.cardMode = 'none';
    values.noCard.reason = 'lost';
    expect(stepIssues(values, ctx, 'identity')).toEqual([]);
    values.payment.method = 'post_office_cash';
    values.payment.reason = 'other';
    expect(keysOf(stepIssues(values, ctx, 'payment'))).toContain(
      'payment.note validation.payment.cashNoteRequired',
    );
  });

  test('an authorised person needs the validity of the paper, checked on their own step', () => {
    const ctx = context();
    const values = filledForm();
    values.hasRepresentative = 'yes';
    values.representative = {
      ...values.representative,
      role: 'authorised',
      fullName: 'Hoàng Thị Lan',
      relationship: 'child',
    };
    expect(keysOf(stepIssues(values, ctx, 'representative'))).toEqual([
      'representative.validity validation.person.validityRequired',
    ]);
    expect(keysOf(stepIssues(values, ctx, 'phones'))).toEqual([
      'representative.phone parse.phone.empty',
    ]);
  });
});

describe('drafts across app versions', () => {
  test('a draft from an older form keeps every value that still fits; new questions start empty', () => {
    const saved = filledForm() as unknown as Record<string, Record<string, unknown>>;
    delete saved.survey!.needsGuidance; // asked only since a later version
    saved.payment!.legacyField = 'dropped'; // no longer part of the form
    saved.notes = 42 as never; // a value of the wrong type is not trusted
    const restored = restoreDraft({
      format: DRAFT_FORMAT,
      values: saved,
      visitedAt: '2025-07-02T08:00:00.000Z',
      consentId: '0190b4d2-7c1e-7a3b-9f00-000000000002',
      supersedesVisitId: null,
      editsSavedVisit: false,
    });
    expect(restored?.values.card.idNumber).toBe('001048012345');
    expect(restored?.values.payment).toEqual(filledForm().payment);
    expect(restored?.values.survey).toEqual({ ...filledForm().survey, needsGuidance: '' });
    expect(restored?.values.notes).toBe('');
  });

  test('data that is not a visit draft is not restored', () => {
    expect(restoreDraft({ format: 99, values: {} })).toBeNull();
    expect(restoreDraft('nonsense')).toBeNull();
  });
});
