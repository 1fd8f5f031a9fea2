import {
  discardDraft,
  saveDraft,
  saveVisit,
  updateUnsyncedVisit,
  type SavedVisit,
} from '../../../db';
import { pruneDraftFiles } from '../../../db/draftFiles';
import { visitSchema } from '../../../../shared/schemas';
import { DRAFT_FORMAT, type VisitDraftData } from '../model/draftData';
import type { VisitFormValues } from '../model/formValues';
import { stepIndex, type StepId } from '../model/steps';
import { toVisitInput } from '../model/toVisitInput';
import type { VisitSession } from '../session';

// Writing the form to the device: as a draft while it is filled in, as a visit when saved.

export async function storeDraft(
  session: VisitSession,
  values: VisitFormValues,
  step: StepId,
): Promise<void> {
  const { ctx } = session;
  const data: VisitDraftData = {
    format: DRAFT_FORMAT,
    values,
    visitedAt: ctx.visitedAt,
    consentId: ctx.consentId,
    supersedesVisitId: ctx.supersedesVisitId,
    editsSavedVisit: session.mode === 'edit',
  };
  await saveDraft(session.db, {
    id: ctx.visitId,
    beneficiaryId: session.beneficiary.id,
    step: stepIndex(step),
    data: data as unknown as Record<string, unknown>,
  });
}

/**
 * Saves the visit: a new one (the draft goes in the same transaction), or the unsynced visit
 * being edited. Files the visit no longer uses are dropped first. Throws the database's errors.
 */
export async function storeVisit(
  session: VisitSession,
  values: VisitFormValues,
): Promise<SavedVisit> {
  const { db, ctx } = session;
  const visit = visitSchema.parse(toVisitInput(stampConsent(values), ctx));
  await pruneDraftFiles(db, visit.id, visit.attachments);
  if (session.mode !== 'edit') return saveVisit(db, visit);
  const saved = await updateUnsyncedVisit(db, visit);
  await discardDraft(db, visit.id);
  return saved;
}

/** The consent's time is when it was given; a visit saved straight from review stamps it now. */
function stampConsent(values: VisitFormValues): VisitFormValues {
  if (values.consent.consentedAt !== '' || values.consent.purposes.length === 0) return values;
  return { ...values, consent: { ...values.consent, consentedAt: new Date().toISOString() } };
}
