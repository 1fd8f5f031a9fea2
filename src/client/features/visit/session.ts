import type { GhiDanhDB, RosterEntry, StoredAttachment } from '../../db';
import type { VisitFormValues } from './model/formValues';
import type { StepId } from './model/steps';
import type { VisitContext } from './model/toVisitInput';

/** Everything the form needs once loaded: whom, where it starts, what was already there. */
export interface VisitSession {
  db: GhiDanhDB;
  beneficiary: RosterEntry;
  ctx: VisitContext;
  values: VisitFormValues;
  step: StepId;
  files: readonly StoredAttachment[];
  /** new: a new visit; edit: a saved visit not yet synced; correct: a new visit superseding one. */
  mode: 'new' | 'edit' | 'correct';
}
