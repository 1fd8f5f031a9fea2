import { z } from 'zod';
import * as f from './fields';
import { LIMITS } from './limits';

// Metadata of a photo kept with a visit (authorisation paper, signature, ID card). The bytes live
// on the device (and later the server); the hash lets both ends prove they hold the same file.

export const ATTACHMENT_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const ATTACHMENT_KINDS = ['authorisation', 'signature', 'id_card', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const attachmentMetaSchema = f.record({
  id: f.uuid(),
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: z
    .string({ error: 'validation.attachment.hashInvalid' })
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.attachment.hashInvalid' }),
  mimeType: f.enumOf(ATTACHMENT_MIME_TYPES, 'validation.attachment.typeInvalid'),
  /** Bytes; photos are compressed on the device before they are kept. */
  size: z
    .number({ error: 'validation.attachment.sizeInvalid' })
    .int({ error: 'validation.attachment.sizeInvalid' })
    .min(1, { error: 'validation.attachment.sizeInvalid' })
    .max(LIMITS.attachmentBytesMax, { error: 'validation.attachment.tooLarge' }),
  kind: f.enumOf(ATTACHMENT_KINDS, 'validation.attachment.kindInvalid'),
});

export type AttachmentMeta = z.output<typeof attachmentMetaSchema>;
