import type {
  CashReason,
  ConsentPurpose,
  PaymentMethod,
  Relationship,
  VisitOutcome,
} from '../../../../shared/schemas';
import type { WalletProviderId } from '../../../../shared/wallets';
import type { Sex } from '../../../../shared/idNumber';

// What the visit form holds while it is being filled in: text as typed, "" for "not chosen yet".
// Paths mirror the Visit record ("payment.bankBin" is both), so the shared schema's issues land
// on the right control. toVisitInput turns these values into a Visit for the schema to judge.

export type YesNo = '' | 'yes' | 'no';
export type CardMode = '' | 'card' | 'none';
export type CardSource = 'qr' | 'manual' | 'barcode';

export interface CardFormValues {
  source: CardSource;
  idNumber: string;
  oldIdNumber: string;
  fullName: string;
  /** As typed: "05/09/1948", or "1948" when only the year is known. */
  dateOfBirth: string;
  sex: '' | Sex;
  address: string;
  /** As typed, "12/04/2021", or "". */
  issueDate: string;
  extra: string[];
}

export interface PaymentFormValues {
  method: '' | PaymentMethod;
  bankBin: string;
  accountNumber: string;
  accountHolder: string;
  provider: '' | WalletProviderId;
  phone: string;
  reason: '' | CashReason;
  note: string;
}

export interface RepresentativeFormValues {
  role: '' | 'guardian' | 'authorised';
  fullName: string;
  relationship: '' | Relationship;
  relationshipOther: string;
  idNumber: string;
  phone: string;
  /** As typed, "01/07/2025". */
  validity: { from: string; to: string };
  /** Attachment ids of the photographed papers. */
  documentIds: string[];
}

export interface ConsentFormValues {
  /** Each purpose is ticked on its own: consent is given per purpose, never assumed. */
  purposes: ConsentPurpose[];
  givenBy: '' | 'beneficiary' | 'guardian' | 'authorised';
  method: '' | 'checkbox_and_signature' | 'witnessed_no_signature';
  signatureAttachmentId: string;
  witnessName: string;
  /** When the consent step was completed; "" until then. */
  consentedAt: string;
}

export interface VisitFormValues {
  outcome: '' | VisitOutcome;
  cardMode: CardMode;
  card: CardFormValues;
  noCard: { reason: '' | 'never_issued' | 'lost' | 'being_made' };
  payment: PaymentFormValues;
  survey: {
    hasPhone: YesNo;
    hasSmartphone: YesNo;
    canTravelToPayPoint: YesNo;
    needsGuidance: YesNo;
  };
  /** Asked when the beneficiary was met: does someone receive or manage the money for them? */
  hasRepresentative: YesNo;
  representative: RepresentativeFormValues;
  beneficiaryPhone: string;
  consent: ConsentFormValues;
  notes: string;
}

export const emptyCard = (): CardFormValues => ({
  source: 'manual',
  idNumber: '',
  oldIdNumber: '',
  fullName: '',
  dateOfBirth: '',
  sex: '',
  address: '',
  issueDate: '',
  extra: [],
});

/** A new visit's starting values; the beneficiary's phone on the roster is offered as is. */
export function emptyVisitForm(rosterPhone: string | null = null): VisitFormValues {
  return {
    outcome: '',
    cardMode: '',
    card: emptyCard(),
    noCard: { reason: '' },
    payment: {
      method: '',
      bankBin: '',
      accountNumber: '',
      accountHolder: '',
      provider: '',
      phone: '',
      reason: '',
      note: '',
    },
    survey: { hasPhone: '', hasSmartphone: '', canTravelToPayPoint: '', needsGuidance: '' },
    hasRepresentative: 'no',
    representative: {
      role: '',
      fullName: '',
      relationship: '',
      relationshipOther: '',
      idNumber: '',
      phone: '',
      validity: { from: '', to: '' },
      documentIds: [],
    },
    beneficiaryPhone: rosterPhone ? nationalForm(rosterPhone) : '',
    consent: {
      purposes: [],
      givenBy: '',
      method: 'checkbox_and_signature',
      signatureAttachmentId: '',
      witnessName: '',
      consentedAt: '',
    },
    notes: '',
  };
}

/** "+84912345678" → "0912345678": how people read and type it. */
export function nationalForm(e164: string): string {
  return e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
}
