import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  discardDraft,
  getDraft,
  listDrafts,
  listDraftsFor,
  saveDraft,
  saveVisit,
  ValidationError,
} from '../../../src/client/db';
import { newId } from '../../../src/shared/ids';
import * as samples from '../../shared/schemas/samples';
import { deviceVisit, freshDb } from './helpers';

const beneficiaryId = samples.beneficiary().id;

afterEach(() => {
  vi.useRealTimers();
});

describe('drafts', () => {
  it('saves, updates, lists most recent first, and discards', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = await freshDb();
    const a = newId();
    const b = newId();
    vi.setSystemTime(new Date('2025-07-02T01:00:00.000Z'));
    await saveDraft(db, { id: a, beneficiaryId, step: 0, data: {} });
    vi.setSystemTime(new Date('2025-07-02T01:01:00.000Z'));
    await saveDraft(db, { id: b, beneficiaryId: newId(), step: 1, data: { notes: 'x' } });
    vi.setSystemTime(new Date('2025-07-02T01:02:00.000Z'));
    const updated = await saveDraft(db, {
      id: a,
      beneficiaryId,
      step: 3,
      data: { outcome: 'met_guardian' },
    });

    expect(updated).toMatchObject({
      step: 3,
      data: { outcome: 'met_guardian' },
      createdAt: '2025-07-02T01:00:00.000Z',
      updatedAt: '2025-07-02T01:02:00.000Z',
    });
    expect(await getDraft(db, a)).toEqual(updated);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual([a, b]);
    expect((await listDraftsFor(db, beneficiaryId)).map((d) => d.id)).toEqual([a]);

    await discardDraft(db, a);
    expect(await getDraft(db, a)).toBeUndefined();
    expect((await listDrafts(db)).map((d) => d.id)).toEqual([b]);
  });

  it('refuses bad drafts and changes nothing', async () => {
    const db = await freshDb();
    const id = newId();
    await saveDraft(db, { id, beneficiaryId, step: 1, data: {} });
    const cases = [
      [{ id: 'x', beneficiaryId, step: 1, data: {} }, 'validation.id.notV7'],
      [{ id, beneficiaryId, step: 51, data: {} }, 'validation.draft.stepInvalid'],
      [
        { id, beneficiaryId, step: 1, data: { big: 'x'.repeat(300_000) } },
        'validation.draft.tooLarge',
      ],
      [{ id, beneficiaryId: newId(), step: 1, data: {} }, 'validation.draft.otherBeneficiary'],
    ] as const;
    for (const [input, key] of cases) {
      const attempt = saveDraft(db, input as never);
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ key })] });
    }
    expect(await getDraft(db, id)).toMatchObject({ step: 1, data: {} });
  });

  it('is removed when its visit is saved, in the same step', async () => {
    const db = await freshDb();
    const visit = await deviceVisit(db);
    await saveDraft(db, { id: visit.id, beneficiaryId, step: 4, data: {} });
    const other = newId();
    await saveDraft(db, { id: other, beneficiaryId, step: 1, data: {} });
    await saveVisit(db, visit);
    expect(await getDraft(db, visit.id)).toBeUndefined();
    expect(await getDraft(db, other)).toBeDefined();
  });
});
