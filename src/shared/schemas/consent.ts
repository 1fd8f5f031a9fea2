import type { z } from 'zod';
import * as f from './fields';
import { LIMITS } from './limits';

// Consent under Decree 13/2023 (domain.md §7): explicit, per purpose, by the person or their
// representative, printable and verifiable (signature image or a named witness), withdrawable.

export const CONSENT_PURPOSES = [
  'payment_enrolment',
  'account_opening',
  'data_sharing_with_provider',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_GIVERS = ['beneficiary', 'guardian', 'authorised'] as const;
export const CONSENT_METHODS = ['checkbox_and_signature', 'witnessed_no_signature'] as const;

export const consentSchema = f
  .record({
    id: f.uuid(),
    purposes: f
      .distinctList(
        f.enumOf(CONSENT_PURPOSES, 'validation.consent.purposeInvalid'),
        CONSENT_PURPOSES.length,
        {
          tooMany: 'validation.consent.purposeDuplicate',
          duplicate: 'validation.consent.purposeDuplicate',
        },
      )
      .min(1, { error: 'validation.consent.purposesRequired' }),
    givenBy: f.enumOf(CONSENT_GIVERS, 'validation.consent.givenByInvalid'),
    method: f.enumOf(CONSENT_METHODS, 'validation.consent.methodInvalid'),
    /** Attachment id of the signature image; required when signed. */
    signatureAttachmentId: f.uuid().nullable(),
    /** Who witnessed a consent given without a signature (e.g. a person who cannot write). */
    witnessName: f.personName().nullable(),
    consentedAt: f.timestamp(),
    withdrawnAt: f.timestamp().nullable(),
    /** Version of the consent text read to the person, e.g. "2025-07". */
    textVersion: f.line(LIMITS.textVersionMax, {
      required: 'validation.consent.textVersionInvalid',
      tooLong: 'validation.consent.textVersionInvalid',
    }),
  })
  .superRefine((c, ctx) => {
    if (c.method === 'checkbox_and_signature' && c.signatureAttachmentId === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.consent.signatureRequired',
        path: ['signatureAttachmentId'],
      });
    }
    if (c.method === 'witnessed_no_signature' && c.witnessName === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.consent.witnessRequired',
        path: ['witnessName'],
      });
    }
    if (c.withdrawnAt !== null && c.withdrawnAt < c.consentedAt) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.consent.withdrawnBeforeGiven',
        path: ['withdrawnAt'],
      });
    }
  });

export type Consent = z.output<typeof consentSchema>;
export type ConsentInput = z.input<typeof consentSchema>;
