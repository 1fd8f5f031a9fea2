import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  importCommitRequestSchema,
  importCommitResponseSchema,
  importCreateRequestSchema,
  importCreateResponseSchema,
  importReportSchema,
  importRowsRequestSchema,
  importRowsResponseSchema,
} from '../../shared/roster/importApi';
import type { AppContext } from '../context';
import { defineRoute } from '../http/route';
import { buildReport, commitImport, createImport, stageRows } from '../roster/importSession';

// The office's roster file, imported from the browser: open, stage rows in chunks, report, commit.

const params = z.object({ id: z.uuid({ error: 'validation.id.invalid' }) });

export function registerRosterImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/roster/imports',
    tag: 'roster',
    summary: 'Bắt đầu nhập danh sách người hưởng từ tệp (CSV/XLSX đã đọc trên trình duyệt)',
    roles: ['admin'],
    body: importCreateRequestSchema,
    response: importCreateResponseSchema,
    status: 201,
    handler: async ({ body, caller }) => ({
      importId: await createImport(db, caller.userId, body.fileName),
    }),
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/roster/imports/:id/rows',
    tag: 'roster',
    summary: 'Gửi một phần các dòng hợp lệ (tối đa 2.000 dòng mỗi lần; gửi lại thì thay thế)',
    roles: ['admin'],
    params,
    body: importRowsRequestSchema,
    bodyLimit: 2 * 1024 * 1024,
    response: importRowsResponseSchema,
    errors: [404, 409, 413],
    handler: async ({ params: p, body, caller }) => stageRows(db, p.id, caller.userId, body),
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/roster/imports/:id/report',
    tag: 'roster',
    summary: 'Báo cáo trước khi ghi: người mới, thay đổi, bị xóa, dòng bị từ chối',
    roles: ['admin'],
    params,
    response: importReportSchema,
    errors: [404, 409],
    handler: async ({ params: p, caller }) => buildReport(db, p.id, caller.userId),
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/roster/imports/:id/commit',
    tag: 'roster',
    summary: 'Ghi toàn bộ thay đổi vào danh sách trong một giao dịch (gọi lại không ghi hai lần)',
    roles: ['admin'],
    params,
    body: importCommitRequestSchema,
    response: importCommitResponseSchema,
    errors: [404, 409],
    handler: async ({ params: p, body, caller }) =>
      commitImport(ctx.store, p.id, caller.userId, body.rosterVersion),
  });
}
