import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/ids';
import { visitSchema } from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { absentVisit, consent, ID_MALE_1948, person, visit } from './samples';

const doc = newId();
const signature = newId();

/** Met the guardian, who consented with a signature and showed the guardianship decision. */
const guardianVisit = () =>
  visit({
    outcome: 'met_guardian',
    representative: person({ documentIds: [doc] }),
    consent: consent({
      givenBy: 'guardian',
      method: 'checkbox_and_signature',
      signatureAttachmentId: signature,
      witnessName: null,
    }),
    attachments: [doc, signature],
  });

describe('visit', () => {
  it('accepts a met beneficiary, a met guardian and an empty house', () => {
    expect(visitSchema.safeParse(visit()).success).toBe(true);
    expect(visitSchema.safeParse(guardianVisit()).success).toBe(true);
    for (const outcome of ['nobody_home', 'moved', 'deceased'] as const) {
      expect(visitSchema.safeParse(absentVisit({ outcome })).success).toBe(true);
    }
  });

  it('normalises every phone it holds', () => {
    const parsed = visitSchema.parse(guardianVisit());
    expect(parsed.beneficiaryPhone).toBe('+84912345678');
    expect(parsed.representative?.phone).toBe('+84987654321');
    const wallet = visitSchema.parse(
      visit({ payment: { method: 'wallet', provider: 'viettel_money', phone: '098 765 4321' } }),
    );
    expect(wallet.payment).toMatchObject({ phone: '+84987654321' });
  });

  it('needs a payment choice, consent and the card (or why there is none) when someone is met', () => {
    expect(issues(visitSchema, visit({ payment: null }))).toEqual([
      'payment → validation.visit.paymentRequired',
    ]);
    expect(issues(visitSchema, visit({ consent: null }))).toEqual([
      'consent → validation.visit.consentRequired',
    ]);
    expect(issues(visitSchema, visit({ noCard: null }))).toEqual([
      'card → validation.visit.cardRequired',
    ]);
  });

  it('refuses both a card and a reason for having none', () => {
    const card = {
      source: 'manual' as const,
      idNumber: ID_MALE_1948,
      oldIdNumber: null,
      fullName: 'Hoàng Văn Thụ',
      dateOfBirth: '1948-09-05',
      sex: 'male' as const,
      address: '',
      issueDate: null,
      extra: [],
    };
    expect(visitSchema.safeParse(visit({ card, noCard: null })).success).toBe(true);
    expect(issues(visitSchema, visit({ card }))).toEqual([
      'noCard → validation.visit.cardConflict',
    ]);
  });

  it('needs the representative when the guardian is met', () => {
    expect(issues(visitSchema, { ...guardianVisit(), representative: null })).toEqual([
      'representative → validation.visit.representativeRequired',
      'consent.givenBy → validation.visit.consentGiverMismatch',
    ]);
  });

  it('records no payment, consent or representative when nobody was met', () => {
    expect(issues(visitSchema, absentVisit({ payment: visit().payment }))).toEqual([
      'payment → validation.visit.paymentNotAllowed',
    ]);
    expect(issues(visitSchema, absentVisit({ outcome: 'deceased', consent: consent() }))).toEqual([
      'consent → validation.visit.consentNotAllowed',
      'consent.givenBy → validation.visit.consentGiverMismatch',
    ]);
    expect(
      issues(visitSchema, absentVisit({ outcome: 'moved', representative: person() })),
    ).toEqual(['representative → validation.visit.representativeNotAllowed']);
  });

  it('needs consent from someone who was there', () => {
    expect(issues(visitSchema, { ...guardianVisit(), consent: consent() })).toEqual([
      'consent.givenBy → validation.visit.consentGiverMismatch',
    ]);
    expect(issues(visitSchema, visit({ consent: consent({ givenBy: 'authorised' }) }))).toEqual([
      'consent.givenBy → validation.visit.consentGiverMismatch',
    ]);
  });

  it('needs consent to the payment enrolment purpose', () => {
    expect(
      issues(visitSchema, visit({ consent: consent({ purposes: ['account_opening'] }) })),
    ).toEqual(['consent.purposes → validation.visit.consentPurposeMissing']);
  });

  it('lists every attachment its parts point at', () => {
    const v = guardianVisit();
    expect(issues(visitSchema, { ...v, attachments: [signature] })).toEqual([
      'representative.documentIds.0 → validation.visit.attachmentNotListed',
    ]);
    expect(issues(visitSchema, { ...v, attachments: [doc] })).toEqual([
      'consent.signatureAttachmentId → validation.visit.attachmentNotListed',
    ]);
    const many = Array.from({ length: 21 }, () => newId());
    expect(issues(visitSchema, { ...v, attachments: many })).toContain(
      'attachments → validation.visit.attachmentsTooMany',
    );
  });

  it('corrects another visit, never itself', () => {
    const v = visit();
    expect(visitSchema.safeParse({ ...v, supersedesVisitId: newId() }).success).toBe(true);
    expect(issues(visitSchema, { ...v, supersedesVisitId: v.id })).toEqual([
      'supersedesVisitId → validation.visit.supersedesSelf',
    ]);
  });

  it('validates proposed roster corrections with the roster rules', () => {
    const ok = visit({
      corrections: { fullName: 'Hoàng Văn Thự', idNumber: null, phone: '0381234567' },
    });
    expect(visitSchema.parse(ok).corrections).toEqual({
      fullName: 'Hoàng Văn Thự',
      idNumber: null,
      phone: '+84381234567',
    });
    expect(issues(visitSchema, visit({ corrections: { dateOfBirth: '1948-02-30' } }))).toEqual([
      'corrections.dateOfBirth → validation.dateOfBirth.invalid',
    ]);
  });

  it.each([
    [{ id: '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b' }, 'id → validation.id.notV7'],
    [{ workerId: 'cán bộ' }, 'workerId → validation.visit.workerIdInvalid'],
    [{ workerId: 'a'.repeat(65) }, 'workerId → validation.visit.workerIdInvalid'],
    [{ visitedAt: 'yesterday' }, 'visitedAt → validation.timestamp.invalid'],
    [
      { location: { lat: 91, lng: 0, accuracyM: null } },
      'location.lat → validation.location.invalid',
    ],
    [
      { location: { lat: 0, lng: -181, accuracyM: null } },
      'location.lng → validation.location.invalid',
    ],
    [{ outcome: 'refused' }, 'outcome → validation.visit.outcomeInvalid'],
    [{ notes: 'x'.repeat(2001) }, 'notes → validation.visit.notesTooLong'],
    [{ schemaVersion: 2 }, 'schemaVersion → validation.visit.schemaVersion'],
  ])('rejects %o', (change, expected) => {
    expect(issues(visitSchema, { ...visit(), ...change })).toEqual([expected]);
  });

  it('accepts notes of exactly 2000 characters', () => {
    expect(visitSchema.safeParse(visit({ notes: 'x'.repeat(2000) })).success).toBe(true);
  });
});
