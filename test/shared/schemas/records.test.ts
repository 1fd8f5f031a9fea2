import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CccdCard } from '../../../src/shared/cccdQr';
import { formatCccdQr, parseCccdQr } from '../../../src/shared/cccdQr';
import {
  attachmentMetaSchema,
  consentSchema,
  needsSurveySchema,
  noCardSchema,
  scannedCardSchema,
  type ScannedCard,
} from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { attachmentMeta, consent, ID_MALE_1948 } from './samples';

describe('needs survey', () => {
  it('accepts four answers, and a smartphone only with a phone', () => {
    const s = {
      hasPhone: true,
      hasSmartphone: true,
      canTravelToPayPoint: false,
      needsGuidance: true,
    };
    expect(needsSurveySchema.safeParse(s).success).toBe(true);
    expect(issues(needsSurveySchema, { ...s, hasPhone: false })).toEqual([
      'hasSmartphone → validation.survey.smartphoneWithoutPhone',
    ]);
    expect(issues(needsSurveySchema, { ...s, needsGuidance: 'yes' })).toEqual([
      'needsGuidance → validation.boolean.invalid',
    ]);
  });
});

describe('consent', () => {
  const signature = '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b';

  it('accepts a witnessed consent and a signed one', () => {
    expect(consentSchema.safeParse(consent()).success).toBe(true);
    const signed = consent({ method: 'checkbox_and_signature', signatureAttachmentId: signature });
    expect(consentSchema.safeParse(signed).success).toBe(true);
  });

  it('needs a signature when signed, a witness when not', () => {
    expect(issues(consentSchema, consent({ method: 'checkbox_and_signature' }))).toEqual([
      'signatureAttachmentId → validation.consent.signatureRequired',
    ]);
    expect(issues(consentSchema, consent({ witnessName: null }))).toEqual([
      'witnessName → validation.consent.witnessRequired',
    ]);
  });

  it('needs at least one known purpose, each once', () => {
    expect(issues(consentSchema, consent({ purposes: [] }))).toEqual([
      'purposes → validation.consent.purposesRequired',
    ]);
    expect(issues(consentSchema, consent({ purposes: ['marketing' as never] }))).toEqual([
      'purposes.0 → validation.consent.purposeInvalid',
    ]);
    expect(
      issues(consentSchema, consent({ purposes: ['account_opening', 'account_opening'] })),
    ).toEqual(['purposes → validation.consent.purposeDuplicate']);
  });

  it('cannot be withdrawn before it was given', () => {
    expect(issues(consentSchema, consent({ withdrawnAt: '2025-07-01T00:00:00.000Z' }))).toEqual([
      'withdrawnAt → validation.consent.withdrawnBeforeGiven',
    ]);
    expect(
      consentSchema.safeParse(consent({ withdrawnAt: '2025-08-01T00:00:00.000Z' })).success,
    ).toBe(true);
  });

  it('bounds the giver, method and text version', () => {
    expect(issues(consentSchema, consent({ givenBy: 'worker' as never }))).toEqual([
      'givenBy → validation.consent.givenByInvalid',
    ]);
    expect(issues(consentSchema, consent({ method: 'verbal' as never }))).toEqual([
      'method → validation.consent.methodInvalid',
    ]);
    expect(issues(consentSchema, consent({ textVersion: 'v'.repeat(21) }))).toEqual([
      'textVersion → validation.consent.textVersionInvalid',
    ]);
  });
});

describe('ID card read on a visit', () => {
  const card: CccdCard = {
    idNumber: ID_MALE_1948,
    oldIdNumber: null,
    fullName: 'HOÀNG VĂN THỤ',
    dateOfBirth: '1948-09-05',
    sex: 'male',
    address: 'Thôn Nà Phai, Xã Cao Lộc, Lạng Sơn',
    issueDate: '2021-04-12',
    extra: ['', ''],
  };

  it("has exactly the QR parser's card shape plus its source", () => {
    expectTypeOf<CccdCard & { source: 'qr' }>().toExtend<ScannedCard>();
    expectTypeOf<Omit<ScannedCard, 'source'>>().toEqualTypeOf<CccdCard>();
    const parsed = parseCccdQr(formatCccdQr(card));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(scannedCardSchema.parse({ ...parsed.card, source: 'qr' })).toEqual({
      ...card,
      source: 'qr',
    });
  });

  it('allows a manual entry without address, and rejects a bad source or old number', () => {
    expect(scannedCardSchema.safeParse({ ...card, source: 'manual', address: '' }).success).toBe(
      true,
    );
    expect(issues(scannedCardSchema, { ...card, source: 'photo' })).toEqual([
      'source → validation.card.sourceInvalid',
    ]);
    expect(issues(scannedCardSchema, { ...card, source: 'qr', oldIdNumber: '1234' })).toEqual([
      'oldIdNumber → parse.cccd.oldIdInvalid',
    ]);
    expect(issues(scannedCardSchema, { ...card, source: 'qr', extra: Array(21).fill('') })).toEqual(
      ['extra → validation.card.extraInvalid'],
    );
  });

  it('records why there is no card', () => {
    expect(noCardSchema.safeParse({ reason: 'lost' }).success).toBe(true);
    expect(issues(noCardSchema, { reason: 'forgot' })).toEqual([
      'reason → validation.card.noCardReasonInvalid',
    ]);
  });
});

describe('attachment metadata', () => {
  it('accepts an image up to 5 MB with a SHA-256', () => {
    expect(attachmentMetaSchema.safeParse(attachmentMeta({ size: 5 * 1024 * 1024 })).success).toBe(
      true,
    );
  });

  it.each([
    [{ sha256: 'A'.repeat(64) }, 'sha256 → validation.attachment.hashInvalid'],
    [{ sha256: 'a'.repeat(63) }, 'sha256 → validation.attachment.hashInvalid'],
    [{ mimeType: 'application/pdf' }, 'mimeType → validation.attachment.typeInvalid'],
    [{ size: 5 * 1024 * 1024 + 1 }, 'size → validation.attachment.tooLarge'],
    [{ size: 0 }, 'size → validation.attachment.sizeInvalid'],
    [{ kind: 'selfie' }, 'kind → validation.attachment.kindInvalid'],
  ])('rejects %o', (change, expected) => {
    expect(issues(attachmentMetaSchema, { ...attachmentMeta(), ...change })).toEqual([expected]);
  });
});
