import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  createExportRequestSchema,
  exportListQuerySchema,
  exportListResponseSchema,
  exportOptionsSchema,
  exportParamsSchema,
} from '../../shared/schemas/exports';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import { createExport, MEDIA, scopeExports, summaryOf } from '../exports/record';
import { ApiError } from '../http/errors';
import { defineRoute, type FileReply } from '../http/route';

// The monthly lists (domain.md §1): made by the office (a provider agent may make its own
// provider's two lists), recorded, listed, and downloaded again byte for byte.

const READERS = ['admin', 'supervisor', 'provider_agent'] as const;
const fileReplySchema = z.custom<FileReply>(
  (v) => typeof v === 'object' && v !== null && (v as FileReply).bytes instanceof Uint8Array,
);
const FILE_TYPES = [MEDIA.xlsx, MEDIA.csv];

export function registerExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  const pastExports = () =>
    db
      .selectFrom('exports as e')
      .innerJoin('users as u', 'u.id', 'e.created_by')
      .leftJoin('providers as p', 'p.id', 'e.provider_id')
      .leftJoin('admin_units as a', 'a.code', 'e.unit_code');

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/exports',
    tag: 'exports',
    summary:
      'Lập một danh sách tháng (XLSX/CSV), ghi lại lần xuất và tải tệp về; danh sách tăng/giảm/điều chỉnh chỉ gồm những gì thay đổi từ lần báo cáo trước',
    roles: ['admin', 'provider_agent'],
    body: createExportRequestSchema,
    response: fileReplySchema,
    rawResponse: { mediaTypes: FILE_TYPES },
    errors: [404],
    audit: {
      action: 'exports.create',
      targetType: 'export',
      targets: ({ body }) => {
        const b = body as { providerId?: string; communeCode?: string } | undefined;
        return [b?.providerId ?? b?.communeCode ?? ''].filter(Boolean);
      },
    },
    handler: async ({ body, caller, audit }) => {
      const made = await createExport(db, caller, body, audit);
      return {
        bytes: made.bytes,
        fileName: made.summary.fileName,
        contentType: MEDIA[made.summary.format],
        headers: {
          'x-export-id': made.summary.id,
          'x-export-rows': String(made.summary.rowCount),
          'x-export-sha256': made.summary.sha256,
        },
      };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/exports',
    tag: 'exports',
    summary: 'Các lần xuất danh sách trước đây (mới nhất trước), trong phạm vi được xem',
    roles: READERS,
    query: exportListQuerySchema,
    response: exportListResponseSchema,
    handler: async ({ query, caller }) => {
      let base = pastExports();
      if (query.list) base = base.where('e.list', '=', query.list);
      const scoped = await scopeExports(db, caller, base);
      if (!scoped) return { exports: [], total: 0 };
      const [rows, total] = await Promise.all([
        scoped
          .select([
            'e.id',
            'e.list',
            'e.format',
            'e.provider_id',
            'e.unit_code',
            'e.created_at',
            'u.username',
            'e.cursor_from',
            'e.cursor_to',
            'e.row_count',
            'e.sha256',
            'e.file_name',
            'e.size',
            sql<string>`coalesce(p.name, a.name)`.as('subject_name'),
          ])
          .orderBy('e.created_at', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        scoped.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { exports: rows.map(summaryOf), total: Number(total.n) };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/exports/:id/file',
    tag: 'exports',
    summary: 'Tải lại đúng tệp của một lần xuất trước (cùng nội dung, cùng SHA-256)',
    roles: READERS,
    params: exportParamsSchema,
    response: fileReplySchema,
    rawResponse: { mediaTypes: FILE_TYPES },
    errors: [404],
    audit: {
      action: 'exports.download',
      targetType: 'export',
      targets: ({ params }) => [(params as { id: string }).id],
    },
    handler: async ({ params, caller }) => {
      const scoped = await scopeExports(db, caller, pastExports());
      const row =
        scoped &&
        (await scoped
          .select(['e.bytes', 'e.file_name', 'e.format', 'e.sha256', 'e.row_count'])
          .where('e.id', '=', params.id)
          .executeTakeFirst());
      // Another unit's list is "not found", not "forbidden": its existence is not told either.
      if (!row) throw new ApiError(404, 'export_unknown');
      return {
        bytes: row.bytes,
        fileName: row.file_name,
        contentType: MEDIA[row.format as 'xlsx' | 'csv'],
        headers: {
          'x-export-id': params.id,
          'x-export-rows': String(row.row_count),
          'x-export-sha256': row.sha256,
        },
      };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/exports/options',
    tag: 'exports',
    summary: 'Tổ chức chi trả và xã/phường người dùng được lập danh sách',
    roles: READERS,
    response: exportOptionsSchema,
    handler: async ({ caller }) => {
      if (caller.role === 'supervisor') return { providers: [], communes: [] };
      let providers = db.selectFrom('providers').select(['id', 'name']).orderBy('name');
      if (caller.role === 'provider_agent') {
        providers = providers.where('id', '=', caller.providerId ?? '');
        return { providers: await providers.execute(), communes: [] };
      }
      const units = await callerUnits(db, caller);
      let communes = db
        .selectFrom('admin_units as a')
        .select(['a.code', 'a.name'])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('admin_units as c')
                .select(sql`1`.as('one'))
                .whereRef('c.parent_code', '=', 'a.code'),
            ),
          ),
        )
        .orderBy('a.code');
      if (units !== null) communes = communes.where('a.code', 'in', units);
      return { providers: await providers.execute(), communes: await communes.execute() };
    },
  });
}
