import { z } from 'zod';
import { CCCD_ADDRESS_MAX_LENGTH } from '../cccdQr';
import * as f from './fields';
import { sexSchema } from './beneficiary';

// The ID card as read on a visit: the CCCD QR parser's card shape (CccdCard) plus how it was read.
// A manual entry may leave the address empty; a scan always has one (the parser requires it).

export const CARD_SOURCES = ['qr', 'manual', 'barcode'] as const;
export const NO_CARD_REASONS = ['never_issued', 'lost', 'being_made'] as const;

const EXTRA_FIELDS_MAX = 20;
const EXTRA_FIELD_MAX_LENGTH = 200;

export const scannedCardSchema = f.record({
  source: f.enumOf(CARD_SOURCES, 'validation.card.sourceInvalid'),
  idNumber: f.idNumber(),
  oldIdNumber: z
    .string({ error: 'parse.cccd.oldIdInvalid' })
    .regex(/^(\d{9}|\d{12})$/, { error: 'parse.cccd.oldIdInvalid' })
    .nullable(),
  fullName: f.personName(),
  dateOfBirth: f.birthDate(),
  sex: sexSchema,
  address: f.line(
    CCCD_ADDRESS_MAX_LENGTH,
    { required: 'validation.text.invalid', tooLong: 'validation.card.addressTooLong' },
    0,
  ),
  issueDate: f.isoDate().nullable(),
  extra: z
    .array(
      z
        .string({ error: 'validation.card.extraInvalid' })
        .max(EXTRA_FIELD_MAX_LENGTH, { error: 'validation.card.extraInvalid' }),
      { error: 'validation.card.extraInvalid' },
    )
    .max(EXTRA_FIELDS_MAX, { error: 'validation.card.extraInvalid' }),
});

export const noCardSchema = f.record({
  reason: f.enumOf(NO_CARD_REASONS, 'validation.card.noCardReasonInvalid'),
});

export type ScannedCard = z.output<typeof scannedCardSchema>;
export type NoCard = z.output<typeof noCardSchema>;
