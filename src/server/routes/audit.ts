import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  auditExportQuerySchema,
  auditListResponseSchema,
  auditQuerySchema,
} from '../../shared/schemas/audit';
import {
  AUDIT_EXPORT_MAX,
  AUDIT_FILE_COLUMNS,
  AUDIT_FILE_IDS,
  auditQuery,
  entryOf,
  selectEntries,
} from '../audit/query';
import type { AppContext } from '../context';
import { buildCsv, buildXlsx, MEDIA_TYPES } from '../exports/files';
import { defineRoute, type FileReply } from '../http/route';

// The audit log, for admins: filtered and paged, or as a file.

const fileReplySchema = z.custom<FileReply>(
  (v) => typeof v === 'object' && v !== null && (v as FileReply).bytes instanceof Uint8Array,
);

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/audit',
    tag: 'audit',
    summary:
      'Nhật ký thao tác: ai làm gì với bản ghi nào, lúc nào, từ thiết bị nào (lọc, phân trang)',
    roles: ['admin'],
    query: auditQuerySchema,
    response: auditListResponseSchema,
    handler: async ({ query }) => {
      const q = auditQuery(db, query);
      const [rows, total] = await Promise.all([
        selectEntries(q).limit(query.limit).offset(query.offset).execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { entries: rows.map((r) => entryOf(r)), total: Number(total.n) };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/audit/export',
    tag: 'audit',
    summary: `Tải nhật ký thao tác (CSV/XLSX, tối đa ${AUDIT_EXPORT_MAX} dòng mới nhất theo bộ lọc)`,
    roles: ['admin'],
    query: auditExportQuerySchema,
    response: fileReplySchema,
    rawResponse: { mediaTypes: [MEDIA_TYPES.xlsx, MEDIA_TYPES.csv] },
    audit: { action: 'audit.export', targetType: null },
    handler: async ({ query }) => {
      const rows = await selectEntries(auditQuery(db, query)).limit(AUDIT_EXPORT_MAX).execute();
      const cells = rows.map((r) => {
        const e = entryOf(r, AUDIT_FILE_IDS);
        return { ...e, targetIds: e.targetIds.join(' ') };
      });
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
      const bytes =
        query.format === 'csv'
          ? buildCsv(AUDIT_FILE_COLUMNS, cells)
          : await buildXlsx({ sheet: 'Nhật ký', about: [] }, AUDIT_FILE_COLUMNS, cells);
      return {
        bytes,
        fileName: `nhat-ky-thao-tac_${stamp}.${query.format}`,
        contentType: MEDIA_TYPES[query.format],
      };
    },
  });
}
