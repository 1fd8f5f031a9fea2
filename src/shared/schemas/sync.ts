import { z } from 'zod';
import * as f from './fields';
import { LIMITS } from './limits';
import { ATTACHMENT_KINDS } from './attachment';
import { beneficiarySchema } from './beneficiary';
import { rightsAppliedSchema } from './rights';
import { visitSchema } from './visit';
import { ACCOUNT_STEPS, accountUpdateSchema, providerId } from './account';

// The device → server push protocol. Each device numbers its mutations (seq 1, 2, 3 …) so the
// server can apply them in order, and retries are safe: a mutation id already applied comes back
// "duplicate", never as an error that stalls the queue.

export const PUSH_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

const envelope = {
  id: f.uuidV7(),
  deviceId: f.uuid(),
  seq: z
    .number({ error: 'validation.sync.seqInvalid' })
    .int({ error: 'validation.sync.seqInvalid' })
    .min(1, { error: 'validation.sync.seqInvalid' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'validation.sync.seqInvalid' }),
  createdAt: f.timestamp(),
};

// One entry per mutation type: its payload schema. Every payload carries `deviceId` and
// `workerId` (the username of who recorded it), which the server checks against the caller.
// To add a type: a line here, a handler in src/server/sync/handlers/, an enqueue function in
// src/client/db/ (see docs/sync-client.md).
const MUTATION_PAYLOADS = {
  'visit.create': visitSchema,
  'account.update': accountUpdateSchema,
} as const;

export type MutationType = keyof typeof MUTATION_PAYLOADS;
export const MUTATION_TYPES = Object.keys(MUTATION_PAYLOADS) as [MutationType, ...MutationType[]];

const mutationOf = <T extends MutationType>(type: T) =>
  f.record({ ...envelope, type: z.literal(type), payload: MUTATION_PAYLOADS[type] });

export const mutationSchema = z.discriminatedUnion(
  'type',
  [mutationOf('visit.create'), mutationOf('account.update')],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'validation.sync.typeInvalid' : 'validation.object.invalid',
  },
);

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
  /** When the server first applied it (also on "duplicate": the original result). */
  appliedAt: f.timestamp().optional(),
});

export const pushResponseSchema = f.record({
  results: z
    .array(pushResultSchema, { error: 'validation.list.invalid' })
    .max(LIMITS.mutationsPerPushMax, { error: 'validation.sync.mutationsTooMany' }),
});

export type Mutation = z.output<typeof mutationSchema>;
/** The mutation of one type, with its payload's type. */
export type MutationOf<T extends MutationType> = Extract<Mutation, { type: T }>;
export type MutationPayload<T extends MutationType> = MutationOf<T>['payload'];
export type PushRequest = z.output<typeof pushRequestSchema>;
export type PushResult = z.output<typeof pushResultSchema>;
export type PushResponse = z.output<typeof pushResponseSchema>;
export type Issue = z.output<typeof issueSchema>;

// ---- What the server reads off the wire before judging each mutation on its own ----
// A push is checked in two steps so one bad record never blocks the others: the envelope
// (device, a bounded list, every item an object with a UUIDv7 id) or the whole request is
// refused; then each mutation against `mutationSchema`, answered "rejected" with its field
// errors when it fails.

export const mutationEnvelopeSchema = z.looseObject(
  { id: f.uuidV7() },
  { error: 'validation.object.invalid' },
);

export const pushEnvelopeSchema = f
  .record({
    deviceId: f.uuid(),
    mutations: z
      .array(mutationEnvelopeSchema, { error: 'validation.list.invalid' })
      .min(1, { error: 'validation.sync.mutationsEmpty' })
      .max(LIMITS.mutationsPerPushMax, { error: 'validation.sync.mutationsTooMany' }),
  })
  .superRefine((request, ctx) => {
    const ids = new Set<string>();
    request.mutations.forEach((m, i) => {
      if (ids.has(m.id)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.list.duplicate',
          path: ['mutations', i],
        });
      }
      ids.add(m.id);
    });
  });

// ---- Pull: changes since a cursor, for the units the caller may see ----

const cursorSchema = z
  .string({ error: 'protocol.cursor.invalid' })
  .regex(/^\d{1,15}$/, { error: 'protocol.cursor.invalid' });

export const PULL_LIMIT_DEFAULT = 200;

export const pullQuerySchema = f.record({
  /** "0" for everything; afterwards the `cursor` of the previous page. */
  cursor: cursorSchema.default('0'),
  limit: z.coerce
    .number({ error: 'protocol.limit.invalid' })
    .int({ error: 'protocol.limit.invalid' })
    .min(1, { error: 'protocol.limit.invalid' })
    .max(LIMITS.mutationsPerPushMax, { error: 'protocol.limit.invalid' })
    .default(PULL_LIMIT_DEFAULT),
});

/**
 * Where a beneficiary's account with one provider stands, as devices pull it: the furthest step,
 * the day of each step, and only the last 4 digits of the account number (sensitive data,
 * Decree 13: the field worker and supervisor need to know it exists, not what it is).
 */
export const accountOpeningSchema = f.record({
  beneficiaryId: f.uuid(),
  providerId: providerId(),
  status: f.enumOf(ACCOUNT_STEPS, 'validation.status.invalid'),
  accountNumberTail: z
    .string({ error: 'validation.payment.accountNumberInvalid' })
    .regex(/^\d{1,4}$/, { error: 'validation.payment.accountNumberInvalid' })
    .nullable(),
  openedOn: f.isoDate().nullable(),
  cardIssuedOn: f.isoDate().nullable(),
  safeUseShownOn: f.isoDate().nullable(),
  updatedAt: f.timestamp(),
});

export const changeSchema = z.discriminatedUnion('kind', [
  /** A roster entry added or changed (the month's increases and adjustments). */
  f.record({ kind: z.literal('beneficiary'), record: beneficiarySchema }),
  /** A roster entry removed (the month's decreases). */
  f.record({ kind: z.literal('beneficiaryRemoved'), id: f.uuid() }),
  /** A visit recorded on another device. */
  f.record({ kind: z.literal('visit'), record: visitSchema }),
  f.record({ kind: z.literal('accountOpening'), record: accountOpeningSchema }),
  /** A data-subject request carried out: mark the person withdrawn, or purge them. */
  f.record({ kind: z.literal('rights'), record: rightsAppliedSchema }),
]);

export const pullResponseSchema = f.record({
  changes: z.array(changeSchema).max(LIMITS.mutationsPerPushMax),
  /** Send this back as `cursor` for the next page; store it once the page is applied. */
  cursor: cursorSchema,
  hasMore: f.bool(),
});

// ---- Heartbeat: the device's own account of its queue, kept for the supervisor view ----

const count = (key: 'protocol.heartbeat.countInvalid' | 'protocol.heartbeat.bytesInvalid') =>
  z
    .number({ error: key })
    .int({ error: key })
    .min(0, { error: key })
    .max(Number.MAX_SAFE_INTEGER, { error: key });

export const heartbeatRequestSchema = f.record({
  deviceId: f.uuid(),
  pendingCount: count('protocol.heartbeat.countInvalid').max(10_000_000, {
    error: 'protocol.heartbeat.countInvalid',
  }),
  /** Age of the oldest record still waiting, by the device's own clock; null when none. */
  oldestPendingAgeSeconds: count('protocol.heartbeat.countInvalid').nullable(),
  appVersion: z
    .string({ error: 'protocol.heartbeat.appVersionInvalid' })
    .regex(/^[0-9A-Za-z.+-]{1,40}$/, { error: 'protocol.heartbeat.appVersionInvalid' }),
  storageUsedBytes: count('protocol.heartbeat.bytesInvalid'),
  storageQuotaBytes: count('protocol.heartbeat.bytesInvalid').nullable(),
  lastError: f.freeText(500, 'protocol.heartbeat.lastErrorTooLong').nullable(),
});

export const heartbeatResponseSchema = f.record({
  serverTime: f.timestamp(),
  /** True when the device was revoked: erase local data (also sent as a 403 on other calls). */
  wipe: f.bool(),
});

// ---- Attachments: content-addressed uploads ----

export const attachmentParamsSchema = f.record({
  sha256: z
    .string({ error: 'validation.attachment.hashInvalid' })
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.attachment.hashInvalid' }),
});

export const attachmentQuerySchema = f.record({
  /** The attachment's id as the visit lists it. */
  id: f.uuid(),
  kind: f.enumOf(ATTACHMENT_KINDS, 'validation.attachment.kindInvalid'),
});

export const attachmentUploadResponseSchema = f.record({
  id: f.uuid(),
  sha256: z.string().length(64),
  size: z.number().int().min(1).max(LIMITS.attachmentBytesMax),
  status: z.enum(['stored', 'duplicate']),
});

// ---- Review queue: disagreeing visits flagged for a person to settle ----

export const reviewFlagSchema = f.record({
  id: f.uuid(),
  beneficiaryId: f.uuid(),
  communeCode: f.adminCode(),
  reason: z.enum(['payment_disagreement']),
  visitIds: z.tuple([f.uuidV7(), f.uuidV7()]),
  createdAt: f.timestamp(),
});

export const reviewListResponseSchema = f.record({
  reviews: z.array(reviewFlagSchema).max(10_000),
});

export type MutationEnvelope = z.output<typeof mutationEnvelopeSchema>;
export type PullQuery = z.output<typeof pullQuerySchema>;
export type Change = z.output<typeof changeSchema>;
export type PullResponse = z.output<typeof pullResponseSchema>;
export type AccountOpening = z.output<typeof accountOpeningSchema>;
export type HeartbeatRequest = z.output<typeof heartbeatRequestSchema>;
export type HeartbeatResponse = z.output<typeof heartbeatResponseSchema>;
export type AttachmentUploadResponse = z.output<typeof attachmentUploadResponseSchema>;
export type ReviewFlag = z.output<typeof reviewFlagSchema>;
