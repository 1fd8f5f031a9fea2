import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { adminUnitSchema } from '../../shared/schemas/adminUnit';
import { LIMITS } from '../../shared/schemas/limits';
import { reviewListResponseSchema } from '../../shared/schemas/sync';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import { defineRoute } from '../http/route';

const ALL_ROLES = ['field_worker', 'provider_agent', 'supervisor', 'admin'] as const;

export function registerUnitRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/units',
    tag: 'roster',
    summary: 'Các đơn vị hành chính người dùng được xem (cây: tỉnh → xã)',
    roles: ALL_ROLES,
    response: z.object({ units: z.array(adminUnitSchema).max(LIMITS.adminUnitsMax) }),
    handler: async ({ caller }) => {
      const units = await callerUnits(db, caller);
      let query = db
        .selectFrom('admin_units')
        .select(['code', 'name', 'level', 'parent_code as parentCode'])
        .orderBy('code');
      if (units !== null) {
        if (units.length === 0) return { units: [] };
        query = query.where('code', 'in', units);
      }
      return { units: await query.execute() };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/reviews',
    tag: 'review',
    summary: 'Hàng chờ xem xét: các lần đến nhà từ hai thiết bị ghi khác nhau',
    roles: ['supervisor', 'admin'],
    response: reviewListResponseSchema,
    handler: async ({ caller }) => {
      const units = await callerUnits(db, caller);
      let query = db
        .selectFrom('review_flags')
        .select(['id', 'beneficiary_id', 'commune_code', 'reason', 'visit_ids', 'created_at'])
        .where('resolved_at', 'is', null)
        .orderBy('created_at')
        .limit(10_000);
      if (units !== null) {
        if (units.length === 0) return { reviews: [] };
        query = query.where('commune_code', 'in', units);
      }
      const rows = await query.execute();
      return {
        reviews: rows.map((r) => ({
          id: r.id,
          beneficiaryId: r.beneficiary_id,
          communeCode: r.commune_code,
          reason: r.reason as 'payment_disagreement',
          visitIds: r.visit_ids as [string, string],
          createdAt: r.created_at.toISOString(),
        })),
      };
    },
  });
}
