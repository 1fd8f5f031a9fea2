import { z } from 'zod';
import { EXPORT_LISTS, LISTS } from '../exports/columns';
import * as f from './fields';

// Requests and answers of the monthly lists (/api/exports). A list is about one provider or one
// commune (LISTS[list].subject); the request must name exactly that.

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const providerIdSchema = z
  .string({ error: 'office.provider.invalid' })
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { error: 'office.provider.invalid' });

export const createExportRequestSchema = f
  .record({
    list: f.enumOf(EXPORT_LISTS, 'office.list.invalid'),
    format: f.enumOf(EXPORT_FORMATS, 'office.format.invalid'),
    providerId: providerIdSchema.optional(),
    communeCode: f.adminCode().optional(),
  })
  .superRefine((r, ctx) => {
    const subject = LISTS[r.list].subject;
    const [needed, other] =
      subject === 'provider'
        ? (['providerId', 'communeCode'] as const)
        : (['communeCode', 'providerId'] as const);
    if (r[needed] === undefined) {
      const message =
        subject === 'provider' ? 'office.provider.required' : 'office.commune.required';
      ctx.addIssue({ code: 'custom', message, path: [needed] });
    }
    if (r[other] !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'office.subject.extra', path: [other] });
    }
  });
export type CreateExportRequest = z.output<typeof createExportRequestSchema>;

const cursor = z.string().regex(/^\d{1,19}$/);

export const exportSummarySchema = f.record({
  id: f.uuid(),
  list: z.enum(EXPORT_LISTS),
  format: z.enum(EXPORT_FORMATS),
  providerId: z.string().max(40).nullable(),
  communeCode: z.string().max(5).nullable(),
  /** The provider's or commune's name. */
  subjectName: z.string().max(200),
  createdAt: f.timestamp(),
  createdBy: z.string().max(64),
  /** change_seq range the list covers: rows changed after `cursorFrom`, up to `cursorTo`. */
  cursorFrom: cursor,
  cursorTo: cursor,
  rowCount: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().max(200),
  size: z.number().int().min(0),
});
export type ExportSummary = z.output<typeof exportSummarySchema>;

const page = (max: number, fallback: number) =>
  z.coerce
    .number({ error: 'office.page.invalid' })
    .int({ error: 'office.page.invalid' })
    .min(0, { error: 'office.page.invalid' })
    .max(max, { error: 'office.page.invalid' })
    .default(fallback);

export const exportListQuerySchema = f.record({
  list: f.enumOf(EXPORT_LISTS, 'office.list.invalid').optional(),
  limit: page(100, 20).refine((n) => n >= 1, { error: 'office.page.invalid' }),
  offset: page(1_000_000, 0),
});

export const exportListResponseSchema = f.record({
  exports: z.array(exportSummarySchema).max(100),
  total: z.number().int().min(0),
});

export const exportParamsSchema = f.record({ id: f.uuid() });

/** What the office may export: providers and communes, for the page's pickers. */
export const exportOptionsSchema = f.record({
  providers: z.array(f.record({ id: z.string().max(40), name: z.string().max(200) })).max(1000),
  communes: z.array(f.record({ code: z.string().max(5), name: z.string().max(200) })).max(20_000),
});
export type ExportOptions = z.output<typeof exportOptionsSchema>;
