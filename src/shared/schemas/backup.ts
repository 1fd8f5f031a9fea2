import { z } from 'zod';
import { attachmentMetaSchema } from './attachment';
import * as f from './fields';
import { LIMITS } from './limits';
import { mutationSchema, pushResultSchema } from './sync';

// A device's unsynced records written to a file, for the tablet that broke or cannot get online.
// Another device, or the server, imports it; mutation ids make the import idempotent.

export const BACKUP_FORMAT = 'ghidanh-backup';
export const BACKUP_VERSION = 1;

/** Base64 of at most LIMITS.attachmentBytesMax bytes. */
const base64 = z
  .string({ error: 'backup.attachmentData' })
  .max(Math.ceil(LIMITS.attachmentBytesMax / 3) * 4, { error: 'backup.attachmentData' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'backup.attachmentData' });

export const backupAttachmentSchema = attachmentMetaSchema.extend({ dataBase64: base64 });

export const backupFileSchema = f
  .record({
    format: z.literal(BACKUP_FORMAT, { error: 'backup.format' }),
    version: z.literal(BACKUP_VERSION, { error: 'backup.version' }),
    exportedAt: f.timestamp(),
    deviceId: f.uuid(),
    appVersion: z
      .string({ error: 'validation.text.invalid' })
      .max(40, { error: 'validation.text.invalid' }),
    mutations: z
      .array(mutationSchema, { error: 'validation.list.invalid' })
      .max(LIMITS.backupMutationsMax, { error: 'backup.tooMany' }),
    attachments: z
      .array(backupAttachmentSchema, { error: 'validation.list.invalid' })
      .max(LIMITS.backupMutationsMax * LIMITS.attachmentsPerVisitMax, { error: 'backup.tooMany' }),
  })
  .superRefine((file, ctx) => {
    const held = new Set(file.attachments.map((a) => a.id));
    file.mutations.forEach((m, i) => {
      if (m.type !== 'visit.create') return;
      m.payload.attachments.forEach((id, j) => {
        if (!held.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: 'backup.attachmentMissing',
            path: ['mutations', i, 'payload', 'attachments', j],
          });
        }
      });
    });
  });

export type BackupFile = z.output<typeof backupFileSchema>;
export type BackupAttachment = z.output<typeof backupAttachmentSchema>;

/** The server's answer to an imported backup: one push result per mutation, in file order. */
export const backupImportResponseSchema = f.record({
  results: z.array(pushResultSchema).max(LIMITS.backupMutationsMax),
  attachmentsStored: z.number().int().min(0),
});

export type BackupImportResponse = z.output<typeof backupImportResponseSchema>;
