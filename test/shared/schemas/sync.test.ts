import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/ids';
import {
  mutationSchema,
  pushRequestSchema,
  pushResponseSchema,
  pushResultSchema,
} from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { visit } from './samples';

const deviceId = visit().deviceId;
const mutation = (seq: number) => ({
  id: newId(),
  deviceId,
  seq,
  type: 'visit.create',
  payload: visit(),
  createdAt: '2025-07-02T03:10:00.000Z',
});

describe('sync protocol', () => {
  it('accepts a mutation carrying a valid visit, and only a valid one', () => {
    expect(mutationSchema.safeParse(mutation(1)).success).toBe(true);
    expect(issues(mutationSchema, { ...mutation(1), payload: visit({ payment: null }) })).toEqual([
      'payload.payment → validation.visit.paymentRequired',
    ]);
  });

  it('numbers mutations from 1 and knows only visit creation', () => {
    expect(issues(mutationSchema, mutation(0))).toEqual(['seq → validation.sync.seqInvalid']);
    expect(issues(mutationSchema, mutation(1.5))).toEqual(['seq → validation.sync.seqInvalid']);
    expect(issues(mutationSchema, { ...mutation(1), type: 'visit.delete' })).toEqual([
      'type → validation.sync.typeInvalid',
    ]);
  });

  it('pushes 1 to 500 mutations of the sending device, each once', () => {
    expect(
      pushRequestSchema.safeParse({ deviceId, mutations: [mutation(1), mutation(2)] }).success,
    ).toBe(true);
    expect(issues(pushRequestSchema, { deviceId, mutations: [] })).toEqual([
      'mutations → validation.sync.mutationsEmpty',
    ]);
    const many = Array.from({ length: 501 }, (_, i) => mutation(i + 1));
    expect(issues(pushRequestSchema, { deviceId, mutations: many })).toEqual([
      'mutations → validation.sync.mutationsTooMany',
    ]);
    const other = { ...mutation(1), deviceId: newId() };
    expect(issues(pushRequestSchema, { deviceId, mutations: [other] })).toEqual([
      'mutations.0.deviceId → validation.sync.deviceMismatch',
    ]);
    const again = mutation(1);
    expect(issues(pushRequestSchema, { deviceId, mutations: [again, again] })).toEqual([
      'mutations.1 → validation.list.duplicate',
    ]);
  });

  it('answers each mutation: applied, duplicate, or rejected with keyed errors', () => {
    const id = newId();
    expect(pushResultSchema.safeParse({ id, status: 'applied' }).success).toBe(true);
    const rejected = {
      id,
      status: 'rejected',
      errors: [{ path: 'payment', key: 'validation.visit.paymentRequired' }],
    };
    expect(pushResponseSchema.safeParse({ results: [rejected] }).success).toBe(true);
    expect(issues(pushResultSchema, { id, status: 'lost' })).toEqual([
      'status → validation.sync.statusInvalid',
    ]);
    const errors = Array(51).fill({ path: '', key: 'validation.object.invalid' });
    expect(issues(pushResultSchema, { id, status: 'rejected', errors })).toEqual([
      'errors → validation.sync.issuesTooMany',
    ]);
  });
});
