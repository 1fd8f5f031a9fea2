import { z } from 'zod';
import { ROLES } from './auth';
import { EXPORT_FORMATS } from './exports';
import * as f from './fields';

// The audit log (/api/audit): who did what to which record, when, from which device. Entries hold
// ids only — never a name, ID number, phone or account number.

/** Ids shown per entry in a listing (a roster change may touch thousands). */
export const AUDIT_IDS_SHOWN = 20;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** "roster.change", "auth.login_failed", "post.roster.import" … */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9_.]{0,59}$/;
/** Record ids: uuids, unit codes, provider ids. */
export const AUDIT_TARGET_PATTERN = /^[A-Za-z0-9_:-]{1,64}$/;

const day = z
  .string({ error: 'office.date.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'office.date.invalid' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: 'office.date.invalid' });

const count = (max: number, fallback: number, min: number) =>
  z.coerce
    .number({ error: 'office.page.invalid' })
    .int({ error: 'office.page.invalid' })
    .min(min, { error: 'office.page.invalid' })
    .max(max, { error: 'office.page.invalid' })
    .default(fallback);

const filters = {
  userId: f.uuid().optional(),
  deviceId: f.uuid().optional(),
  action: z
    .string({ error: 'office.action.invalid' })
    .regex(AUDIT_ACTION_PATTERN, { error: 'office.action.invalid' })
    .optional(),
  /** Days in Vietnam time, both ends included. */
  from: day.optional(),
  to: day.optional(),
  recordId: z
    .string({ error: 'office.recordId.invalid' })
    .regex(AUDIT_TARGET_PATTERN, { error: 'office.recordId.invalid' })
    .optional(),
};

function ordered<T extends { from?: string | undefined; to?: string | undefined }>(
  q: T,
  ctx: z.core.$RefinementCtx<T>,
) {
  if (q.from && q.to && q.from > q.to) {
    ctx.addIssue({ code: 'custom', message: 'office.dateRange.order', path: ['to'] });
  }
}

export const auditQuerySchema = f
  .record({ ...filters, limit: count(200, 50, 1), offset: count(1_000_000, 0, 0) })
  .superRefine(ordered);
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditExportQuerySchema = f
  .record({ ...filters, format: f.enumOf(EXPORT_FORMATS, 'office.format.invalid') })
  .superRefine(ordered);

export const auditEntrySchema = f.record({
  id: z.string().regex(/^\d{1,19}$/),
  at: f.timestamp(),
  userId: f.uuid().nullable(),
  username: z.string().max(64).nullable(),
  role: z.enum(ROLES).nullable(),
  deviceId: f.uuid().nullable(),
  action: z.string().regex(AUDIT_ACTION_PATTERN),
  targetType: z.string().max(40).nullable(),
  /** The first AUDIT_IDS_SHOWN ids; `targetCount` says how many the entry holds. */
  targetIds: z.array(z.string().max(64)).max(20),
  targetCount: z.number().int().min(0),
  outcome: z.enum(AUDIT_OUTCOMES),
  status: z.number().int().min(100).max(599),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const auditListResponseSchema = f.record({
  entries: z.array(auditEntrySchema).max(200),
  total: z.number().int().min(0),
});
