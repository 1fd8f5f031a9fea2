import {
  getBeneficiary,
  getDeviceId,
  getVisit,
  listDraftsFor,
  type DraftRow,
  type GhiDanhDB,
  type RosterEntry,
  type StoredAttachment,
} from '../../db';
import { listDraftFiles } from '../../db/draftFiles';
import { newId } from '../../../shared/ids';
import type { Visit } from '../../../shared/schemas';
import { restoreDraft } from './model/draftData';
import { emptyVisitForm } from './model/formValues';
import { visitToFormValues } from './model/fromVisit';
import { STEP_IDS } from './model/steps';
import type { VisitSession } from './session';
import { currentWorkerId } from './worker';

// Opening the visit form: a new visit, an unfinished draft (offered first), or a saved visit to
// edit (unsynced) or correct (synced: a new visit superseding it).

export type VisitStart =
  | { kind: 'notFound' }
  | { kind: 'editNotFound'; beneficiary: RosterEntry }
  /** Consent withdrawn: no new visit, no correction (which is a new visit), no draft resumed. */
  | { kind: 'withdrawn'; beneficiary: RosterEntry }
  | {
      kind: 'draft';
      beneficiary: RosterEntry;
      draft: DraftRow;
      resume: () => Promise<VisitSession>;
    }
  | { kind: 'ready'; session: VisitSession };

export async function loadVisitStart(
  db: GhiDanhDB,
  beneficiaryId: string,
  editVisitId: string | null,
): Promise<VisitStart> {
  const beneficiary = await getBeneficiary(db, beneficiaryId);
  if (!beneficiary) return { kind: 'notFound' };
  if (beneficiary.consentWithdrawnAt) {
    // Only a visit still waiting on this device may be finished: it keeps its own (earlier) time.
    const waiting = editVisitId ? await getVisit(db, editVisitId) : undefined;
    if (!waiting || waiting.syncedAt !== null || waiting.beneficiaryId !== beneficiaryId) {
      return { kind: 'withdrawn', beneficiary };
    }
  }
  const deviceId = await getDeviceId(db);
  const drafts = await listDraftsFor(db, beneficiaryId);
  const resumable = (d: DraftRow) => {
    const data = restoreDraft(d.data);
    if (!data) return false;
    if (!editVisitId) return true;
    return d.id === editVisitId || data.supersedesVisitId === editVisitId;
  };
  const draft = drafts.find(resumable);
  if (draft) {
    return {
      kind: 'draft',
      beneficiary,
      draft,
      resume: () => sessionFromDraft(db, beneficiary, deviceId, draft),
    };
  }
  if (editVisitId) {
    const visit = await getVisit(db, editVisitId);
    if (!visit || visit.beneficiaryId !== beneficiaryId)
      return { kind: 'editNotFound', beneficiary };
    return {
      kind: 'ready',
      session: await sessionFromVisit(db, beneficiary, deviceId, visit, visit.syncedAt !== null),
    };
  }
  return { kind: 'ready', session: newSession(db, beneficiary, deviceId) };
}

function baseContext(beneficiary: RosterEntry, deviceId: string) {
  return { beneficiary, deviceId, workerId: currentWorkerId() };
}

export function newSession(
  db: GhiDanhDB,
  beneficiary: RosterEntry,
  deviceId: string,
): VisitSession {
  return {
    db,
    beneficiary,
    ctx: {
      ...baseContext(beneficiary, deviceId),
      visitId: newId(),
      visitedAt: new Date().toISOString(),
      consentId: newId(),
      supersedesVisitId: null,
    },
    values: emptyVisitForm(beneficiary.phone),
    step: 'outcome',
    files: [],
    mode: 'new',
  };
}

/** Files the form can show: its own, and those of the visit it corrects. */
async function filesFor(db: GhiDanhDB, ids: (string | null)[]): Promise<StoredAttachment[]> {
  const lists = await Promise.all(
    ids.filter((id) => id !== null).map((id) => listDraftFiles(db, id)),
  );
  return lists.flat();
}

async function sessionFromDraft(
  db: GhiDanhDB,
  beneficiary: RosterEntry,
  deviceId: string,
  draft: DraftRow,
): Promise<VisitSession> {
  const data = restoreDraft(draft.data);
  if (!data) throw new Error('Unreadable draft');
  return {
    db,
    beneficiary,
    ctx: {
      ...baseContext(beneficiary, deviceId),
      visitId: draft.id,
      visitedAt: data.visitedAt,
      consentId: data.consentId,
      supersedesVisitId: data.supersedesVisitId,
    },
    values: data.values,
    step: STEP_IDS[draft.step] ?? 'outcome',
    files: await filesFor(db, [draft.id, data.supersedesVisitId]),
    mode: data.editsSavedVisit ? 'edit' : data.supersedesVisitId ? 'correct' : 'new',
  };
}

async function sessionFromVisit(
  db: GhiDanhDB,
  beneficiary: RosterEntry,
  deviceId: string,
  visit: Visit,
  synced: boolean,
): Promise<VisitSession> {
  return {
    db,
    beneficiary,
    ctx: {
      ...baseContext(beneficiary, deviceId),
      visitId: synced ? newId() : visit.id,
      visitedAt: synced ? new Date().toISOString() : visit.visitedAt,
      consentId: visit.consent && !synced ? visit.consent.id : newId(),
      supersedesVisitId: synced ? visit.id : visit.supersedesVisitId,
    },
    values: visitToFormValues(visit),
    step: 'review',
    files: await filesFor(db, [visit.id]),
    mode: synced ? 'correct' : 'edit',
  };
}
