import type { Visit } from '../../../../shared/schemas';
import { isoToTypedDate } from './dates';
import { emptyVisitForm, nationalForm, type VisitFormValues, type YesNo } from './formValues';

// A saved visit back into form values, to edit it (unsynced) or correct it (a new visit).

const yesNo = (b: boolean): YesNo => (b ? 'yes' : 'no');

export function visitToFormValues(visit: Visit): VisitFormValues {
  const v = emptyVisitForm();
  v.outcome = visit.outcome;
  if (visit.card) {
    const c = visit.card;
    v.cardMode = 'card';
    v.card = {
      source: c.source,
      idNumber: c.idNumber,
      oldIdNumber: c.oldIdNumber ?? '',
      fullName: c.fullName,
      dateOfBirth: isoToTypedDate(c.dateOfBirth),
      sex: c.sex,
      address: c.address,
      issueDate: c.issueDate ? isoToTypedDate(c.issueDate) : '',
      extra: [...c.extra],
    };
  } else if (visit.noCard) {
    v.cardMode = 'none';
    v.noCard = { reason: visit.noCard.reason };
  }
  const p = visit.payment;
  if (p?.method === 'bank') Object.assign(v.payment, p);
  else if (p?.method === 'wallet') Object.assign(v.payment, p, { phone: nationalForm(p.phone) });
  else if (p) Object.assign(v.payment, { method: p.method, reason: p.reason, note: p.note ?? '' });
  if (visit.survey) {
    v.survey = {
      hasPhone: yesNo(visit.survey.hasPhone),
      hasSmartphone: yesNo(visit.survey.hasSmartphone),
      canTravelToPayPoint: yesNo(visit.survey.canTravelToPayPoint),
      needsGuidance: yesNo(visit.survey.needsGuidance),
    };
  }
  const r = visit.representative;
  v.hasRepresentative = r ? 'yes' : 'no';
  if (r) {
    v.representative = {
      role: r.role,
      fullName: r.fullName,
      relationship: r.relationship,
      relationshipOther: r.relationshipOther ?? '',
      idNumber: r.idNumber ?? '',
      phone: nationalForm(r.phone),
      validity: r.validity
        ? { from: isoToTypedDate(r.validity.from), to: isoToTypedDate(r.validity.to) }
        : { from: '', to: '' },
      documentIds: [...r.documentIds],
    };
  }
  v.beneficiaryPhone = visit.beneficiaryPhone ? nationalForm(visit.beneficiaryPhone) : '';
  const c = visit.consent;
  if (c) {
    v.consent = {
      purposes: [...c.purposes],
      givenBy: c.givenBy,
      method: c.method,
      signatureAttachmentId: c.signatureAttachmentId ?? '',
      witnessName: c.witnessName ?? '',
      consentedAt: c.consentedAt,
    };
  }
  v.notes = visit.notes;
  return v;
}
