import { z } from 'zod';
import { STALE_REASONS } from '../dashboard/staleness';
import * as f from './fields';
import { LIMITS } from './limits';
import { CASH_REASONS, PAYMENT_METHODS } from './payment';

// What the supervisor dashboard reads: coverage per commune, progress per day, the state of each
// tablet and worker, and the review queue. The server checks its answers against these schemas
// and the browser parses them with the same ones.

export const COVERAGE_TARGET_DEFAULT_PERCENT = 80;

const count = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const percent = () => z.number().min(0).max(100);

/** How many chose each channel (latest choice per person); `none`: no choice recorded yet. */
export const methodCountsSchema = z.object({
  ...(Object.fromEntries(PAYMENT_METHODS.map((m) => [m, count()])) as Record<
    (typeof PAYMENT_METHODS)[number],
    ReturnType<typeof count>
  >),
  none: count(),
});

/** Why those staying on cash do so (the visit's cash reason). */
export const cashReasonCountsSchema = z.object(
  Object.fromEntries(CASH_REASONS.map((r) => [r, count()])) as Record<
    (typeof CASH_REASONS)[number],
    ReturnType<typeof count>
  >,
);

export const coverageFiguresSchema = z.object({
  /** On the roster, not removed. */
  beneficiaries: count(),
  /** With at least one visit in force (any outcome). */
  visited: count(),
  methods: methodCountsSchema,
  /** Latest choice a bank account or an e-wallet (methods.bank + methods.wallet). */
  intoAccount: count(),
  /** intoAccount / beneficiaries, in percent with one decimal; 0 for an empty roster. */
  intoAccountPercent: percent(),
  /** Distinct people with an account the provider reports opened (or the card issued). */
  accountsOpened: count(),
  /** Latest choice cash (post office or at home): methods.post_office_cash + cash_at_home. */
  stayingOnCash: count(),
  cashReasons: cashReasonCountsSchema,
  /** Disagreeing visits from two devices, waiting for a person to settle. */
  needsReview: count(),
});

export const communeCoverageSchema = coverageFiguresSchema.extend({
  code: f.adminCode(),
  name: z.string().max(LIMITS.adminNameMax),
  /** The top of the commune's branch of the unit tree. */
  provinceCode: f.adminCode(),
  /** The nearest configured target above (or on) the commune; 80 when none is set. */
  targetPercent: z.number().int().min(1).max(100),
  meetsTarget: z.boolean(),
});

export const progressDaySchema = z.object({
  /** Calendar day in Vietnam (UTC+7), "YYYY-MM-DD". */
  date: f.isoDate(),
  /** Visits in force made that day. */
  visits: count(),
  /** People whose current account choice (bank/wallet) was recorded that day. */
  enrolled: count(),
  cumulativeVisits: count(),
  cumulativeEnrolled: count(),
});

export const PROGRESS_DAYS_MAX = 400;

export const coverageQuerySchema = f.record({
  /** Only this unit and what lies below it (within the caller's own units). */
  unit: f.adminCode().optional(),
});

export const coverageResponseSchema = z.object({
  generatedAt: f.timestamp(),
  totals: coverageFiguresSchema,
  communes: z.array(communeCoverageSchema).max(LIMITS.adminUnitsMax),
  /** Every day from the first visit to today (the last PROGRESS_DAYS_MAX at most). */
  progress: z.array(progressDaySchema).max(PROGRESS_DAYS_MAX),
});

const staleReasonsSchema = z.array(z.enum(STALE_REASONS)).max(STALE_REASONS.length);

export const deviceStatusSchema = z.object({
  deviceId: f.uuid(),
  label: z.string().max(60),
  userId: f.uuid(),
  username: z.string().max(64),
  displayName: z.string().max(100),
  /** Last heartbeat (sent on every sync); null if the device never synced. */
  lastSyncAt: f.timestamp().nullable(),
  /** Last time the server heard from it at all (heartbeat or sign-in). */
  lastContactAt: f.timestamp(),
  /** As of the last heartbeat; null without one. */
  pendingCount: count().nullable(),
  oldestPendingAt: f.timestamp().nullable(),
  /** Age of the oldest waiting record now, in seconds. */
  oldestPendingAgeSeconds: count().nullable(),
  appVersion: z.string().max(40).nullable(),
  storageUsedBytes: count().nullable(),
  storageQuotaBytes: count().nullable(),
  lastError: z.string().max(500).nullable(),
  staleReasons: staleReasonsSchema,
});

export const workerStatusSchema = z.object({
  userId: f.uuid(),
  username: z.string().max(64),
  displayName: z.string().max(100),
  deviceCount: count(),
  lastSyncAt: f.timestamp().nullable(),
  /** Summed over the worker's devices. */
  pendingCount: count(),
  /** The oldest waiting record on any of the worker's devices. */
  oldestPendingAgeSeconds: count().nullable(),
  /** Visits stored on the server, recorded by this worker. */
  visits: count(),
  lastVisitAt: f.timestamp().nullable(),
  /** Every reason any of their devices is stale; no_contact when they have no device at all. */
  staleReasons: staleReasonsSchema,
});

export const deviceStatusResponseSchema = z.object({
  generatedAt: f.timestamp(),
  rule: z.object({ noContactHours: count(), oldestPendingHours: count() }),
  devices: z.array(deviceStatusSchema).max(10_000),
  workers: z.array(workerStatusSchema).max(10_000),
});

export const reviewVisitSchema = z.object({
  id: f.uuidV7(),
  visitedAt: f.timestamp(),
  workerUsername: z.string().max(64),
  deviceLabel: z.string().max(60),
  method: z.enum(PAYMENT_METHODS).nullable(),
  cashReason: z.enum(CASH_REASONS).nullable(),
});

export const reviewItemSchema = z.object({
  id: f.uuid(),
  beneficiaryId: f.uuid(),
  beneficiaryName: z.string().max(LIMITS.nameMax),
  communeCode: f.adminCode(),
  communeName: z.string().max(LIMITS.adminNameMax),
  reason: z.enum(['payment_disagreement']),
  createdAt: f.timestamp(),
  visits: z.array(reviewVisitSchema).max(2),
});

export const REVIEW_QUEUE_MAX = 1000;

export const reviewQueueResponseSchema = z.object({
  /** Open reviews in the caller's units, oldest first (at most REVIEW_QUEUE_MAX). */
  reviews: z.array(reviewItemSchema).max(REVIEW_QUEUE_MAX),
  /** All open reviews in scope, also those beyond the list. */
  total: count(),
});

export const reviewParamsSchema = f.record({ id: f.uuid() });

export const reviewResolutionSchema = z.object({
  id: f.uuid(),
  resolvedAt: f.timestamp(),
  resolvedBy: z.string().max(64),
});

export const coverageTargetRequestSchema = f.record({
  /** Usually a province; a target set lower in the tree (e.g. one city) wins there. */
  unitCode: f.adminCode(),
  /** Whole percent 1–100; null removes the setting (back to the default of 80). */
  percent: z
    .number({ error: 'protocol.coverageTarget.invalid' })
    .int({ error: 'protocol.coverageTarget.invalid' })
    .min(1, { error: 'protocol.coverageTarget.invalid' })
    .max(100, { error: 'protocol.coverageTarget.invalid' })
    .nullable(),
});

export const coverageTargetSchema = z.object({
  unitCode: f.adminCode(),
  unitName: z.string().max(LIMITS.adminNameMax),
  percent: z.number().int().min(1).max(100),
});

export const coverageTargetListSchema = z.object({
  defaultPercent: z.number().int().min(1).max(100),
  targets: z.array(coverageTargetSchema).max(LIMITS.adminUnitsMax),
});

export type CoverageFigures = z.output<typeof coverageFiguresSchema>;
export type CommuneCoverage = z.output<typeof communeCoverageSchema>;
export type ProgressDay = z.output<typeof progressDaySchema>;
export type CoverageResponse = z.output<typeof coverageResponseSchema>;
export type DeviceStatus = z.output<typeof deviceStatusSchema>;
export type WorkerStatus = z.output<typeof workerStatusSchema>;
export type DeviceStatusResponse = z.output<typeof deviceStatusResponseSchema>;
export type ReviewItem = z.output<typeof reviewItemSchema>;
export type ReviewQueueResponse = z.output<typeof reviewQueueResponseSchema>;
export type ReviewResolution = z.output<typeof reviewResolutionSchema>;
export type CoverageTargetRequest = z.output<typeof coverageTargetRequestSchema>;
export type CoverageTargetList = z.output<typeof coverageTargetListSchema>;
