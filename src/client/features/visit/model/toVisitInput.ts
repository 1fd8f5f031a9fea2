import { normalizeVnPhone } from '../../../../shared/phone';
import {
  scannedCardSchema,
  VISIT_SCHEMA_VERSION,
  type Beneficiary,
} from '../../../../shared/schemas';
import type { VisitFormValues, YesNo } from './formValues';
import { typedDateToIso } from './dates';
import { proposedCorrections } from './rosterDiff';
import { isAbsentOutcome, stepIndex, type StepId } from './steps';

// Form values → the Visit record the shared schema judges. This only reshapes: it picks the
// chosen branch (card or no card, bank or wallet …), turns "" into null where a field is optional,
// and leaves every judgement (required, format, bounds, cross-field rules) to visitSchema.

/** What a visit knows besides the form: who, where, when, on which device. */
export interface VisitContext {
  /** The id the visit will be saved under (the draft's id). */
  visitId: string;
  beneficiary: Pick<
    Beneficiary,
    'id' | 'fullName' | 'dateOfBirth' | 'sex' | 'idNumber' | 'phone' | 'communeCode'
  >;
  deviceId: string;
  workerId: string;
  /** When the visit began (the draft's creation). */
  visitedAt: string;
  consentId: string;
  supersedesVisitId: string | null;
}

const nullIfBlank = (s: string) => (s.trim() === '' ? null : s);
const chosen = <T extends string>(v: T | '') => (v === '' ? undefined : v);
const yesNo = (v: YesNo) => (v === '' ? undefined : v === 'yes');

/**
 * The Visit as far as `upTo` (sections of later steps are left empty, so checking one step never
 * reports another's unanswered questions). `upTo: 'review'` gives the whole visit.
 */
export function toVisitInput(
  values: VisitFormValues,
  ctx: VisitContext,
  upTo: StepId = 'review',
  now: () => string = () => new Date().toISOString(),
) {
  const reached = (step: StepId) =>
    !isAbsentOutcome(values.outcome) && stepIndex(step) <= stepIndex(upTo);
  const card = reached('identity') && values.cardMode === 'card' ? cardInput(values) : null;
  const noCard =
    reached('identity') && values.cardMode === 'none'
      ? { reason: chosen(values.noCard.reason) }
      : null;
  const payment = reached('payment') ? paymentInput(values) : null;
  const survey = reached('payment') ? surveyInput(values) : null;
  const representative = reached('representative') ? representativeInput(values) : null;
  const beneficiaryPhone = reached('phones') ? nullIfBlank(values.beneficiaryPhone) : null;
  const consent = reached('consent') ? consentInput(values, ctx, now) : null;

  const parsedCard = card ? scannedCardSchema.safeParse(card) : null;
  const phone = beneficiaryPhone ? normalizeVnPhone(beneficiaryPhone) : null;
  const corrections = proposedCorrections(
    ctx.beneficiary,
    parsedCard?.success ? parsedCard.data : null,
    phone?.ok ? phone.e164 : null,
  );

  const attachments = [
    ...(representative?.documentIds ?? []),
    ...(consent?.signatureAttachmentId ? [consent.signatureAttachmentId] : []),
  ];

  return {
    id: ctx.visitId,
    beneficiaryId: ctx.beneficiary.id,
    deviceId: ctx.deviceId,
    workerId: ctx.workerId,
    visitedAt: ctx.visitedAt,
    communeCode: ctx.beneficiary.communeCode,
    location: null,
    outcome: chosen(values.outcome),
    card,
    noCard,
    corrections,
    payment,
    survey,
    beneficiaryPhone,
    representative,
    consent,
    notes: values.notes,
    attachments,
    supersedesVisitId: ctx.supersedesVisitId,
    schemaVersion: VISIT_SCHEMA_VERSION,
  };
}

function cardInput({ card }: VisitFormValues) {
  return {
    source: card.source,
    idNumber: card.idNumber,
    oldIdNumber: nullIfBlank(card.oldIdNumber)?.trim() ?? null,
    fullName: card.fullName,
    dateOfBirth: typedDateToIso(card.dateOfBirth),
    sex: chosen(card.sex),
    address: card.address,
    issueDate: nullIfBlank(typedDateToIso(card.issueDate)),
    extra: card.extra,
  };
}

function paymentInput({ payment: p }: VisitFormValues) {
  switch (p.method) {
    case '':
      return null;
    case 'bank':
      return {
        method: p.method,
        bankBin: p.bankBin,
        accountNumber: p.accountNumber,
        accountHolder: p.accountHolder,
      };
    case 'wallet':
      return { method: p.method, provider: chosen(p.provider), phone: p.phone };
    default:
      return {
        method: p.method,
        reason: chosen(p.reason),
        note: p.reason === 'other' ? nullIfBlank(p.note) : null,
      };
  }
}

function surveyInput({ survey: s }: VisitFormValues) {
  return {
    hasPhone: yesNo(s.hasPhone),
    hasSmartphone: yesNo(s.hasSmartphone),
    canTravelToPayPoint: yesNo(s.canTravelToPayPoint),
    needsGuidance: yesNo(s.needsGuidance),
  };
}

function representativeInput(values: VisitFormValues) {
  const wanted = values.outcome === 'met_guardian' || values.hasRepresentative === 'yes';
  if (!wanted) return null;
  const r = values.representative;
  const validityGiven = r.validity.from !== '' || r.validity.to !== '';
  return {
    role: chosen(r.role),
    fullName: r.fullName,
    relationship: chosen(r.relationship),
    relationshipOther: r.relationship === 'other' ? nullIfBlank(r.relationshipOther) : null,
    idNumber: nullIfBlank(r.idNumber),
    // Asked on the phones step; its issues are reported there (stepOfPath).
    phone: r.phone,
    validity: validityGiven
      ? { from: typedDateToIso(r.validity.from), to: typedDateToIso(r.validity.to) }
      : null,
    documentIds: r.documentIds,
  };
}

function consentInput(values: VisitFormValues, ctx: VisitContext, now: () => string) {
  const c = values.consent;
  if (c.purposes.length === 0) return null;
  return {
    id: ctx.consentId,
    purposes: c.purposes,
    givenBy: chosen(c.givenBy),
    method: chosen(c.method),
    signatureAttachmentId:
      c.method === 'checkbox_and_signature' ? nullIfBlank(c.signatureAttachmentId) : null,
    witnessName: c.method === 'witnessed_no_signature' ? nullIfBlank(c.witnessName) : null,
    consentedAt: c.consentedAt || now(),
    withdrawnAt: null,
    textVersion: CONSENT_TEXT_VERSION,
  };
}

/** Version of the consent wording in the visit catalog; bump it whenever that wording changes. */
export const CONSENT_TEXT_VERSION = '2025-07';
