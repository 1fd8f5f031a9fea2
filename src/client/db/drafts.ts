import { z } from 'zod';
import { issuesOf } from '../../shared/schemas';
import * as f from '../../shared/schemas/fields';
import { openAll, openDraft, sealDraft, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { DraftRow } from './rows';

// Unfinished visits, saved as the worker goes so a reload, a crash or a flat battery loses
// nothing. A draft's id is the id its visit will have: saving it twice cannot make two visits.
// The form values are sealed; id, beneficiary and times stay clear for the indexes.

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
  const sealer = sealerOf(db);
  // Sealed before the transaction; createdAt is a clear field, so it can be kept inside it.
  const row: DraftRow = { ...parsed.data, createdAt: now, updatedAt: now };
  const stored = await sealDraft(sealer, row);
  return withStorageErrors(() =>
    db.transaction('rw', db.drafts, async () => {
      const existing = await db.drafts.get(parsed.data.id);
      if (existing && existing.beneficiaryId !== parsed.data.beneficiaryId) {
        throw new ValidationError([
          { path: 'beneficiaryId', key: 'validation.draft.otherBeneficiary' },
        ]);
      }
      const createdAt = existing?.createdAt ?? now;
      await db.drafts.put({ ...stored, createdAt });
      return { ...row, createdAt };
    }),
  );
}

export async function getDraft(db: GhiDanhDB, id: string): Promise<DraftRow | undefined> {
  const row = await db.drafts.get(id);
  return row && openDraft(sealerOf(db), row);
}

/** Drafts for one beneficiary, most recently edited first. */
export async function listDraftsFor(db: GhiDanhDB, beneficiaryId: string): Promise<DraftRow[]> {
  const stored = await db.drafts.where('beneficiaryId').equals(beneficiaryId).toArray();
  const drafts = await openAll(stored, (d) => openDraft(sealerOf(db), d));
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Every draft, most recently edited first. */
export async function listDrafts(db: GhiDanhDB): Promise<DraftRow[]> {
  const stored = await db.drafts.orderBy('updatedAt').reverse().toArray();
  return openAll(stored, (d) => openDraft(sealerOf(db), d));
}

export function discardDraft(db: GhiDanhDB, id: string): Promise<void> {
  return withStorageErrors(() => db.drafts.delete(id));
}
