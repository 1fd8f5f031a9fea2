import { z } from 'zod';
import type { SharedMessageKey } from '../messages';
import { sexSchema, villageSchema } from './beneficiary';
import { noCardSchema, scannedCardSchema } from './card';
import { consentSchema, type Consent } from './consent';
import * as f from './fields';
import { LIMITS } from './limits';
import { paymentChoiceSchema } from './payment';
import { personSchema } from './person';
import { needsSurveySchema } from './survey';

// One visit to one beneficiary, made on one device. Visits are append-only: a correction is a new
// visit that names the one it supersedes, so every device's record survives and can be compared.

export const VISIT_SCHEMA_VERSION = 1;

export const VISIT_OUTCOMES = [
  'met_beneficiary',
  'met_guardian',
  'nobody_home',
  'moved',
  'deceased',
] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** Outcomes where nobody could choose a payment channel or consent. */
export const ABSENT_OUTCOMES: readonly VisitOutcome[] = ['nobody_home', 'moved', 'deceased'];

export const locationSchema = f.record({
  lat: z
    .number({ error: 'validation.location.invalid' })
    .min(-90, { error: 'validation.location.invalid' })
    .max(90, { error: 'validation.location.invalid' }),
  lng: z
    .number({ error: 'validation.location.invalid' })
    .min(-180, { error: 'validation.location.invalid' })
    .max(180, { error: 'validation.location.invalid' }),
  /** Metres, as the browser reports it. */
  accuracyM: z
    .number({ error: 'validation.location.invalid' })
    .min(0, { error: 'validation.location.invalid' })
    .max(LIMITS.locationAccuracyMaxM, { error: 'validation.location.invalid' })
    .nullable(),
});

/** Changes the worker proposes to the office's roster entry; the office decides. */
export const rosterCorrectionsSchema = f.record({
  fullName: f.personName().optional(),
  dateOfBirth: f.birthDate().optional(),
  sex: sexSchema.optional(),
  idNumber: f.idNumber().nullable().optional(),
  village: villageSchema.optional(),
  phone: f.phone().nullable().optional(),
});

const visitShape = f.record({
  id: f.uuidV7(),
  beneficiaryId: f.uuid(),
  deviceId: f.uuid(),
  workerId: f.workerId(),
  visitedAt: f.timestamp(),
  communeCode: f.adminCode(),
  location: locationSchema.nullable(),
  outcome: f.enumOf(VISIT_OUTCOMES, 'validation.visit.outcomeInvalid'),
  card: scannedCardSchema.nullable(),
  noCard: noCardSchema.nullable(),
  corrections: rosterCorrectionsSchema,
  payment: paymentChoiceSchema.nullable(),
  survey: needsSurveySchema.nullable(),
  beneficiaryPhone: f.phone().nullable(),
  representative: personSchema.nullable(),
  consent: consentSchema.nullable(),
  notes: f.freeText(LIMITS.visitNotesMax, 'validation.visit.notesTooLong'),
  attachments: f.distinctList(f.uuid(), LIMITS.attachmentsPerVisitMax, {
    tooMany: 'validation.visit.attachmentsTooMany',
    duplicate: 'validation.list.duplicate',
  }),
  supersedesVisitId: f.uuidV7().nullable(),
  schemaVersion: z.literal(VISIT_SCHEMA_VERSION, { error: 'validation.visit.schemaVersion' }),
});

type VisitShape = z.output<typeof visitShape>;
type Ctx = z.core.$RefinementCtx<VisitShape>;

export const visitSchema = visitShape.superRefine((visit, ctx) => {
  if (ABSENT_OUTCOMES.includes(visit.outcome)) checkAbsent(visit, ctx);
  else checkMet(visit, ctx);
  if (visit.consent) checkConsentGiver(visit, visit.consent, ctx);
  checkAttachmentsListed(visit, ctx);
  if (visit.supersedesVisitId === visit.id) {
    issue(ctx, 'validation.visit.supersedesSelf', ['supersedesVisitId']);
  }
});

export type Visit = z.output<typeof visitSchema>;
export type VisitInput = z.input<typeof visitSchema>;
export type Location = z.output<typeof locationSchema>;
export type RosterCorrections = z.output<typeof rosterCorrectionsSchema>;

function issue(ctx: Ctx, message: SharedMessageKey, path: (string | number)[]) {
  ctx.addIssue({ code: 'custom', message, path });
}

function checkAbsent(visit: VisitShape, ctx: Ctx) {
  if (visit.payment) issue(ctx, 'validation.visit.paymentNotAllowed', ['payment']);
  if (visit.consent) issue(ctx, 'validation.visit.consentNotAllowed', ['consent']);
  if (visit.representative)
    issue(ctx, 'validation.visit.representativeNotAllowed', ['representative']);
}

function checkMet(visit: VisitShape, ctx: Ctx) {
  if (!visit.payment) issue(ctx, 'validation.visit.paymentRequired', ['payment']);
  if (!visit.consent) issue(ctx, 'validation.visit.consentRequired', ['consent']);
  if (!visit.card && !visit.noCard) issue(ctx, 'validation.visit.cardRequired', ['card']);
  if (visit.card && visit.noCard) issue(ctx, 'validation.visit.cardConflict', ['noCard']);
  if (visit.outcome === 'met_guardian' && !visit.representative) {
    issue(ctx, 'validation.visit.representativeRequired', ['representative']);
  }
  if (visit.payment && visit.consent && !visit.consent.purposes.includes('payment_enrolment')) {
    issue(ctx, 'validation.visit.consentPurposeMissing', ['consent', 'purposes']);
  }
}

/** The person who consented must be there: the beneficiary met, or the recorded representative. */
function checkConsentGiver(visit: VisitShape, consent: Consent, ctx: Ctx) {
  const ok =
    consent.givenBy === 'beneficiary'
      ? visit.outcome === 'met_beneficiary'
      : visit.representative?.role === consent.givenBy;
  if (!ok) issue(ctx, 'validation.visit.consentGiverMismatch', ['consent', 'givenBy']);
}

/** Every attachment a part of the visit points at must be listed in `attachments`. */
function checkAttachmentsListed(visit: VisitShape, ctx: Ctx) {
  const listed = new Set(visit.attachments);
  const signature = visit.consent?.signatureAttachmentId;
  if (signature && !listed.has(signature)) {
    issue(ctx, 'validation.visit.attachmentNotListed', ['consent', 'signatureAttachmentId']);
  }
  visit.representative?.documentIds.forEach((id, i) => {
    if (!listed.has(id)) {
      issue(ctx, 'validation.visit.attachmentNotListed', ['representative', 'documentIds', i]);
    }
  });
}
