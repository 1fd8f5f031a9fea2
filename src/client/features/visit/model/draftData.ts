import { emptyVisitForm, type VisitFormValues } from './formValues';

// What a draft row keeps (DraftRow.data): the form values plus the few facts fixed when the
// visit began. Restoring is forgiving: a draft written by an older version of the app keeps every
// value that still fits the form, and new fields start empty, so an app update loses nothing.

export const DRAFT_FORMAT = 1;

export interface VisitDraftData {
  format: typeof DRAFT_FORMAT;
  values: VisitFormValues;
  visitedAt: string;
  consentId: string;
  /** Set when the draft corrects an already-synced visit (a new visit superseding it). */
  supersedesVisitId: string | null;
  /** Set when the draft edits a saved visit that has not synced yet (same id). */
  editsSavedVisit: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Copies from `saved` every value whose type matches the template's; the rest stays as in it. */
function mergeInto<T>(template: T, saved: unknown): T {
  if (isPlainObject(template)) {
    if (!isPlainObject(saved)) return template;
    const out: Record<string, unknown> = { ...template };
    for (const key of Object.keys(template)) out[key] = mergeInto(template[key], saved[key]);
    return out as T;
  }
  if (Array.isArray(template)) {
    return (
      Array.isArray(saved) && saved.every((x) => typeof x === 'string') ? saved : template
    ) as T;
  }
  return (typeof saved === typeof template ? saved : template) as T;
}

export function restoreDraft(data: unknown): VisitDraftData | null {
  if (!isPlainObject(data) || data.format !== DRAFT_FORMAT) return null;
  const { visitedAt, consentId, supersedesVisitId, editsSavedVisit } = data;
  if (typeof visitedAt !== 'string' || typeof consentId !== 'string') return null;
  return {
    format: DRAFT_FORMAT,
    values: mergeInto(emptyVisitForm(), data.values),
    visitedAt,
    consentId,
    supersedesVisitId: typeof supersedesVisitId === 'string' ? supersedesVisitId : null,
    editsSavedVisit: editsSavedVisit === true,
  };
}
