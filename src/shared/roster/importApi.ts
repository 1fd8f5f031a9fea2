import { z } from 'zod';
import * as f from '../schemas/fields';
import { LIMITS } from '../schemas/limits';
import { importEntrySchema } from './importRow';
import { MATCH_KEY_MAX } from './matching';

// The roster import's requests and answers: a session is opened, the file's accepted rows are
// staged in chunks, the server reports what committing would do, and one call commits it all.

const e = (key: Parameters<typeof f.enumOf>[1]) => ({ error: key });

const rowNumber = z
  .number(e('import.rowNumber.invalid'))
  .int(e('import.rowNumber.invalid'))
  .min(1, e('import.rowNumber.invalid'))
  .max(10_000_000, e('import.rowNumber.invalid'));

const rosterVersion = z
  .string(e('import.version.invalid'))
  .regex(/^\d{1,20}$/, e('import.version.invalid'));

export const importCreateRequestSchema = f.record({
  fileName: z
    .string(e('import.fileName.invalid'))
    .trim()
    .min(1, e('import.fileName.invalid'))
    .max(LIMITS.importFileNameMax, e('import.fileName.invalid')),
});

export const importCreateResponseSchema = z.object({ importId: z.uuid() });

export const importRowsRequestSchema = f.record({
  /** Rows that passed every check in the browser, with their row number in the file. */
  rows: z
    .array(f.record({ row: rowNumber, entry: importEntrySchema }), e('validation.list.invalid'))
    .max(LIMITS.importChunkMax, e('import.chunk.tooMany')),
  /** Matching keys of rejected rows (one or two each): the entries they describe are kept. */
  held: z
    .array(
      f.record({
        row: rowNumber,
        keys: z
          .array(
            z
              .string(e('import.key.invalid'))
              .min(1, e('import.key.invalid'))
              .max(MATCH_KEY_MAX, e('import.key.invalid')),
            e('import.key.invalid'),
          )
          .min(1, e('import.key.invalid'))
          .max(2, e('import.key.invalid')),
      }),
      e('validation.list.invalid'),
    )
    .max(LIMITS.importChunkMax, e('import.chunk.tooMany')),
});
export type ImportRowsRequest = z.output<typeof importRowsRequestSchema>;

export const importRowsResponseSchema = z.object({
  staged: z.number().int(),
  held: z.number().int(),
});

const value = z.union([z.string(), z.number(), z.null()]);
const entryField = z.enum(Object.keys(importEntrySchema.shape) as [string, ...string[]]);
const sample = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.importReportSampleMax);

/** A person as the report names them (no category: it may reveal HIV status). */
const personOut = z.object({
  fullName: z.string(),
  communeCode: z.string(),
  village: z.string(),
  idNumber: z.string().nullable(),
});

export const importReportSchema = z.object({
  importId: z.uuid(),
  /** The roster's state the report was made against; the commit must name it. */
  rosterVersion,
  communes: z.array(z.string()),
  counts: z.object({
    rows: z.number().int(),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
    held: z.number().int(),
    rejected: z.number().int(),
  }),
  added: sample(personOut.extend({ row: z.number().int() })),
  changed: sample(
    personOut.extend({
      row: z.number().int(),
      id: z.uuid(),
      fields: z.array(z.object({ field: entryField, before: value, after: value })),
    }),
  ),
  removed: sample(personOut.extend({ id: z.uuid() })),
  /** Rows the server refused (same person twice, unknown commune), every one of them. */
  rejected: z
    .array(
      z.object({
        row: z.number().int(),
        key: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    )
    .max(LIMITS.importRowsMax),
});
export type ImportReport = z.output<typeof importReportSchema>;

export const importCommitRequestSchema = f.record({ rosterVersion });

export const importCommitResponseSchema = z.object({
  importId: z.uuid(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  committedAt: z.string(),
});
export type ImportCommitResult = z.output<typeof importCommitResponseSchema>;
