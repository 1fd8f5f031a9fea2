import { z } from 'zod';
import { issuesOf } from '../../shared/schemas';
import * as f from '../../shared/schemas/fields';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { DraftRow } from './rows';

// Unfinished visits, saved as the worker goes so a reload, a crash or a flat battery loses
// nothing. A draft's id is the id its visit will have: saving it twice cannot make two visits.

export const DRAFT_MAX_STEP = 50;
/** Form values only (photos are not kept in drafts); a generous bound on their JSON size. */
export const DRAFT_MAX_JSON_CHARS = 256 * 1024;

const draftInputSchema = f.record({
  id: f.uuidV7(),
  beneficiaryId: f.uuid(),
  step: z
    .number({ error: 'validation.draft.stepInvalid' })
    .int({ error: 'validation.draft.stepInvalid' })
    .min(0, { error: 'validation.draft.stepInvalid' })
    .max(DRAFT_MAX_STEP, { error: 'validation.draft.stepInvalid' }),
  data: z
    .record(z.string(), z.unknown(), { error: 'validation.object.invalid' })
    .refine((data) => jsonLength(data) <= DRAFT_MAX_JSON_CHARS, {
      error: 'validation.draft.tooLarge',
    }),
});

export type DraftInput = z.input<typeof draftInputSchema>;

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity; // cycles or BigInt: cannot be a draft
  }
}

/** Creates or updates a draft; returns it as stored. */
export async function saveDraft(db: GhiDanhDB, input: DraftInput): Promise<DraftRow> {
  const parsed = draftInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const now = new Date().toISOString();
  return withStorageErrors(() =>
    db.transaction('rw', db.drafts, async () => {
      const existing = await db.drafts.get(parsed.data.id);
      if (existing && existing.beneficiaryId !== parsed.data.beneficiaryId) {
        throw new ValidationError([
          { path: 'beneficiaryId', key: 'validation.draft.otherBeneficiary' },
        ]);
      }
      const row: DraftRow = {
        ...parsed.data,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await db.drafts.put(row);
      return row;
    }),
  );
}

export function getDraft(db: GhiDanhDB, id: string): Promise<DraftRow | undefined> {
  return db.drafts.get(id);
}

/** Drafts for one beneficiary, most recently edited first. */
export async function listDraftsFor(db: GhiDanhDB, beneficiaryId: string): Promise<DraftRow[]> {
  const drafts = await db.drafts.where('beneficiaryId').equals(beneficiaryId).toArray();
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Every draft, most recently edited first. */
export async function listDrafts(db: GhiDanhDB): Promise<DraftRow[]> {
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}

export function discardDraft(db: GhiDanhDB, id: string): Promise<void> {
  return withStorageErrors(() => db.drafts.delete(id));
}
