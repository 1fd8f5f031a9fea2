import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  COVERAGE_TARGET_DEFAULT_PERCENT,
  coverageQuerySchema,
  coverageResponseSchema,
  coverageTargetListSchema,
  coverageTargetRequestSchema,
  coverageTargetSchema,
  deviceStatusResponseSchema,
  reviewParamsSchema,
  reviewQueueResponseSchema,
  reviewResolutionSchema,
} from '../../shared/schemas/dashboard';
import type { AppContext } from '../context';
import { coverage } from '../dashboard/coverage';
import { deviceStatus } from '../dashboard/devices';
import { resolveReview, reviewQueue } from '../dashboard/reviews';
import { dashboardScope, loadUnitTree, type DashboardScope } from '../dashboard/scope';
import { coverageTargets, setCoverageTarget } from '../dashboard/targets';
import { fieldError } from '../http/errors';
import { defineRoute } from '../http/route';
import type { Database } from '../store/schema';

// The supervisor dashboard: figures for the caller's units only; other roles get 403.

const OFFICE = ['supervisor', 'admin'] as const;

export function registerDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  /** A GET of figures for the caller's units, or one branch of them (?unit=). */
  function figures<R extends z.ZodType>(
    url: string,
    summary: string,
    response: R,
    read: (db: Kysely<Database>, scope: DashboardScope) => Promise<z.input<R>>,
  ): void {
    defineRoute(app, ctx, {
      method: 'GET',
      url,
      tag: 'dashboard',
      summary,
      roles: OFFICE,
      query: coverageQuerySchema,
      response,
      handler: async ({ caller, query }) => read(db, await dashboardScope(db, caller, query.unit)),
    });
  }

  figures(
    '/api/dashboard/coverage',
    'Độ bao phủ từng xã (người hưởng, đã đến, phương thức, tỷ lệ nhận qua tài khoản so với chỉ tiêu, tài khoản đã mở, ở lại tiền mặt và lý do) và tiến độ theo ngày',
    coverageResponseSchema,
    coverage,
  );
  figures(
    '/api/dashboard/devices',
    'Tình trạng đồng bộ từng máy và từng cán bộ: lần cuối, bản ghi chờ, bản ghi cũ nhất, phiên bản, bộ nhớ, lỗi; máy quá hạn được đánh dấu',
    deviceStatusResponseSchema,
    deviceStatus,
  );
  figures(
    '/api/dashboard/reviews',
    'Hàng chờ xem xét kèm tên người hưởng và lựa chọn ở hai lần đến nhà',
    reviewQueueResponseSchema,
    reviewQueue,
  );

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/reviews/:id/resolve',
    tag: 'review',
    summary: 'Đánh dấu một mục xem xét đã xử lý (ghi người xử lý và thời điểm)',
    roles: OFFICE,
    params: reviewParamsSchema,
    response: reviewResolutionSchema,
    errors: [404, 409],
    handler: async ({ caller, params }) =>
      resolveReview(db, await dashboardScope(db, caller, undefined), params.id, caller),
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/settings/coverage-targets',
    tag: 'dashboard',
    summary: 'Chỉ tiêu tỷ lệ nhận qua tài khoản đã đặt riêng (mặc định 80%)',
    roles: OFFICE,
    response: coverageTargetListSchema,
    handler: async () => {
      const [targets, tree] = await Promise.all([coverageTargets(db), loadUnitTree(db)]);
      return {
        defaultPercent: COVERAGE_TARGET_DEFAULT_PERCENT,
        targets: [...targets]
          .filter(([code]) => tree.nameOf.has(code))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([unitCode, percent]) => ({
            unitCode,
            unitName: tree.nameOf.get(unitCode)!,
            percent,
          })),
      };
    },
  });

  defineRoute(app, ctx, {
    method: 'PUT',
    url: '/api/settings/coverage-target',
    tag: 'dashboard',
    summary:
      'Đặt chỉ tiêu tỷ lệ nhận qua tài khoản của một tỉnh (hoặc đơn vị); percent null: về mặc định 80%',
    roles: ['admin'],
    body: coverageTargetRequestSchema,
    response: coverageTargetSchema,
    handler: async ({ body }) => {
      const unit = await db
        .selectFrom('admin_units')
        .select(['code', 'name'])
        .where('code', '=', body.unitCode)
        .executeTakeFirst();
      if (!unit) throw fieldError('unitCode', 'protocol.units.unknown');
      await setCoverageTarget(db, unit.code, body.percent);
      return {
        unitCode: unit.code,
        unitName: unit.name,
        percent: body.percent ?? COVERAGE_TARGET_DEFAULT_PERCENT,
      };
    },
  });
}
