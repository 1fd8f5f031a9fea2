import { z } from 'zod';
import * as f from './fields';
import { LIMITS } from './limits';
import { visitSchema } from './visit';

// The device → server push protocol. Each device numbers its mutations (seq 1, 2, 3 …) so the
// server can apply them in order, and retries are safe: a mutation id already applied comes back
// "duplicate", never as an error that stalls the queue.

export const MUTATION_TYPES = ['visit.create'] as const;
export const PUSH_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

export const mutationSchema = f.record({
  id: f.uuidV7(),
  deviceId: f.uuid(),
  seq: z
    .number({ error: 'validation.sync.seqInvalid' })
    .int({ error: 'validation.sync.seqInvalid' })
    .min(1, { error: 'validation.sync.seqInvalid' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'validation.sync.seqInvalid' }),
  type: f.enumOf(MUTATION_TYPES, 'validation.sync.typeInvalid'),
  payload: visitSchema,
  createdAt: f.timestamp(),
});

export const pushRequestSchema = f
  .record({
    deviceId: f.uuid(),
    mutations: z
      .array(mutationSchema, { error: 'validation.list.invalid' })
      .min(1, { error: 'validation.sync.mutationsEmpty' })
      .max(LIMITS.mutationsPerPushMax, { error: 'validation.sync.mutationsTooMany' }),
  })
  .superRefine((request, ctx) => {
    const ids = new Set<string>();
    const seqs = new Set<number>();
    request.mutations.forEach((m, i) => {
      if (m.deviceId !== request.deviceId || m.payload.deviceId !== request.deviceId) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.sync.deviceMismatch',
          path: ['mutations', i, 'deviceId'],
        });
      }
      if (ids.has(m.id) || seqs.has(m.seq)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.list.duplicate',
          path: ['mutations', i],
        });
      }
      ids.add(m.id);
      seqs.add(m.seq);
    });
  });

/** A validation problem sent back to the device: where, and which shared message key. */
export const issueSchema = f.record({
  path: z
    .string({ error: 'validation.text.invalid' })
    .max(LIMITS.issuePathMax, { error: 'validation.text.invalid' }),
  key: z
    .string({ error: 'validation.text.invalid' })
    .min(1, { error: 'validation.text.invalid' })
    .max(100, { error: 'validation.text.invalid' }),
});

export const pushResultSchema = f.record({
  id: f.uuidV7(),
  status: f.enumOf(PUSH_STATUSES, 'validation.sync.statusInvalid'),
  errors: z
    .array(issueSchema, { error: 'validation.list.invalid' })
    .max(LIMITS.issuesPerResultMax, { error: 'validation.sync.issuesTooMany' })
    .optional(),
});

export const pushResponseSchema = f.record({
  results: z
    .array(pushResultSchema, { error: 'validation.list.invalid' })
    .max(LIMITS.mutationsPerPushMax, { error: 'validation.sync.mutationsTooMany' }),
});

export type Mutation = z.output<typeof mutationSchema>;
export type PushRequest = z.output<typeof pushRequestSchema>;
export type PushResult = z.output<typeof pushResultSchema>;
export type PushResponse = z.output<typeof pushResponseSchema>;
export type Issue = z.output<typeof issueSchema>;
