import type { Beneficiary } from '../../../src/shared/schemas';
import { newId } from '../../../src/shared/ids';
import {
  emptyVisitForm,
  type VisitFormValues,
} from '../../../src/client/features/visit/model/formValues';
import type { VisitContext } from '../../../src/client/features/visit/model/toVisitInput';

// A roster entry and a completely filled, valid visit form for it.

export function beneficiary(overrides: Partial<Beneficiary> = {}): Beneficiary {
  return {
    id: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b',
    fullName: 'Hoàng Văn Thụ',
    dateOfBirth: '1948',
    sex: 'male',
    idNumber: null,
    category: 'elderly',
    communeCode: '06400',
    village: 'Nà Phai',
    phone: '+84912345678',
    monthlyAmount: 500_000,
    status: 'not_visited',
    updatedAt: '2025-07-01T00:00:00.000Z',
    ...overrides,
  };
}

export function context(b: Beneficiary = beneficiary()): VisitContext {
  return {
    visitId: newId(),
    beneficiary: b,
    deviceId: newId(),
    workerId: 'can.bo.01',
    visitedAt: '2025-07-02T08:00:00.000Z',
    consentId: newId(),
    supersedesVisitId: null,
  };
}

export const SIGNATURE_ID = '0190b4d2-7c1e-7a3b-9f00-000000000001';

/** Met the beneficiary, card read, bank account, signed consent. */
export function filledForm(): VisitFormValues {
  const v = emptyVisitForm('+84912345678');
  v.outcome = 'met_beneficiary';
  v.cardMode = 'card';
  v.card = {
    source: 'manual',
    idNumber: '001048012345',
    oldIdNumber: '',
    fullName: 'HOÀNG VĂN THỤ',
    dateOfBirth: '05/09/1948',
    sex: 'male',
    address: 'Nà Phai, Lạng Sơn',
    issueDate: '',
    extra: [],
  };
  v.payment = {
    ...v.payment,
    method: 'bank',
    bankBin: '970415',
    accountNumber: '1010 2020 3030',
    accountHolder: 'Hoàng Văn Thụ',
  };
  v.survey = {
    hasPhone: 'yes',
    hasSmartphone: 'no',
    canTravelToPayPoint: 'yes',
    needsGuidance: 'yes',
  };
  v.consent = {
    purposes: ['payment_enrolment', 'account_opening'],
    givenBy: 'beneficiary',
    method: 'checkbox_and_signature',
    signatureAttachmentId: SIGNATURE_ID,
    witnessName: '',
    consentedAt: '2025-07-02T08:10:00.000Z',
  };
  return v;
}
