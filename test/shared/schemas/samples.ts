import { newId } from '../../../src/shared/ids';
import type {
  AttachmentMeta,
  BeneficiaryInput,
  ConsentInput,
  PersonInput,
  VisitInput,
} from '../../../src/shared/schemas';

// Valid records to start each test from; a test changes one thing and expects one issue.
// Shared with the device-database tests.

/** Lạng Sơn (020), male born 1948 (digit 4 = 0 → 1900s male, digits 5–6 = 48). */
export const ID_MALE_1948 = '020048001234';
/** Hà Nội (001), female born 2001 (digit 4 = 3 → 2000s female). */
export const ID_FEMALE_2001 = '001301005678';
export const VIETINBANK_BIN = '970415';

export function beneficiary(overrides: Partial<BeneficiaryInput> = {}): BeneficiaryInput {
  return {
    id: '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7b',
    fullName: 'Hoàng Văn Thụ',
    dateOfBirth: '1948-09-05',
    sex: 'male',
    idNumber: ID_MALE_1948,
    category: 'elderly',
    communeCode: '06001',
    village: 'Thôn Nà Phai',
    phone: '0912345678',
    monthlyAmount: 540_000,
    status: 'not_visited',
    updatedAt: '2025-07-01T00:00:00.000Z',
    ...overrides,
  };
}

export function person(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    role: 'guardian',
    fullName: 'Hoàng Thị Lan',
    relationship: 'child',
    relationshipOther: null,
    idNumber: ID_FEMALE_2001,
    phone: '0987654321',
    validity: null,
    documentIds: [],
    ...overrides,
  };
}

export function consent(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    id: newId(),
    purposes: ['payment_enrolment', 'account_opening'],
    givenBy: 'beneficiary',
    method: 'witnessed_no_signature',
    signatureAttachmentId: null,
    witnessName: 'Lương Văn Minh',
    consentedAt: '2025-07-02T03:04:05.678Z',
    withdrawnAt: null,
    textVersion: '2025-07',
    ...overrides,
  };
}

export function attachmentMeta(overrides: Partial<AttachmentMeta> = {}): AttachmentMeta {
  return {
    id: newId(),
    sha256: 'a'.repeat(64),
    mimeType: 'image/jpeg',
    size: 120_000,
    kind: 'signature',
    ...overrides,
  };
}

/** A visit where the beneficiary was met, chose VietinBank and consented before a witness. */
export function visit(overrides: Partial<VisitInput> = {}): VisitInput {
  return {
    id: newId(),
    beneficiaryId: beneficiary().id,
    deviceId: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b',
    workerId: 'canbo.xa06001',
    visitedAt: '2025-07-02T03:00:00.000Z',
    communeCode: '06001',
    location: { lat: 21.853, lng: 106.761, accuracyM: 12 },
    outcome: 'met_beneficiary',
    card: null,
    noCard: { reason: 'never_issued' },
    corrections: {},
    payment: {
      method: 'bank',
      bankBin: VIETINBANK_BIN,
      accountNumber: '1010 2020 3030',
      accountHolder: 'Hoàng Văn Thụ',
    },
    survey: {
      hasPhone: true,
      hasSmartphone: false,
      canTravelToPayPoint: false,
      needsGuidance: true,
    },
    beneficiaryPhone: '0912345678',
    representative: null,
    consent: consent(),
    notes: '',
    attachments: [],
    supersedesVisitId: null,
    schemaVersion: 1,
    ...overrides,
  };
}

/** A visit where nobody was home: nothing but the facts of the visit. */
export function absentVisit(overrides: Partial<VisitInput> = {}): VisitInput {
  return visit({
    outcome: 'nobody_home',
    noCard: null,
    payment: null,
    survey: null,
    consent: null,
    beneficiaryPhone: null,
    ...overrides,
  });
}

/** A provider agent's "account opened" step. */
export function accountUpdate(overrides: Record<string, unknown> = {}) {
  return {
    id: '01980000-0000-7000-8000-0000000000a1',
    beneficiaryId: '3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c7a',
    providerId: 'vietinbank-ls',
    deviceId: '0197f000-0000-7000-8000-000000000001',
    workerId: 'nganhang',
    step: 'opened',
    accountNumber: '1012 3456 7890',
    happenedOn: '2025-07-03',
    note: '',
    recordedAt: '2025-07-03T04:00:00.000Z',
    ...overrides,
  };
}
