import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { adminUnitListSchema, type AdminUnit } from '../../shared/schemas/adminUnit';
import * as f from '../../shared/schemas/fields';
import {
  createUserRequestSchema,
  userListResponseSchema,
  userSummarySchema,
} from '../../shared/schemas/auth';
import { createUser } from '../accounts/users';
import { userSummary } from '../auth/sessions';
import type { AppContext } from '../context';
import { defineRoute } from '../http/route';

// What an admin sets up before the field work: the tree of administrative units, and accounts.

/** Parents before children, so each row's parent exists when it is written. */
function parentsFirst(units: readonly AdminUnit[]): AdminUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const depth = (u: AdminUnit): number => {
    let d = 0;
    for (let p = u.parentCode; p !== null && d <= units.length; d++)
      p = byCode.get(p)?.parentCode ?? null;
    return d;
  };
  return [...units].sort((a, b) => depth(a) - depth(b));
}

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/units',
    tag: 'admin',
    summary: 'Nạp cây đơn vị hành chính (thêm mới hoặc sửa tên, cấp, đơn vị cha)',
    roles: ['admin'],
    body: f.record({ units: adminUnitListSchema }),
    bodyLimit: 8 * 1024 * 1024,
    response: z.object({ units: z.number().int() }),
    errors: [413],
    audit: {
      action: 'units.load',
      targetType: 'admin_unit',
      targets: ({ body }) => (body as { units: { code: string }[] }).units.map((u) => u.code),
    },
    handler: async ({ body, audit }) => {
      await db.transaction().execute(async (trx) => {
        for (const u of parentsFirst(body.units)) {
          const row = { name: u.name, level: u.level, parent_code: u.parentCode };
          await trx
            .insertInto('admin_units')
            .values({ code: u.code, ...row })
            .onConflict((oc) => oc.column('code').doUpdateSet(row))
            .execute();
        }
        await audit.writeIn(trx);
      });
      return { units: body.units.length };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/users',
    tag: 'admin',
    summary: 'Danh sách tài khoản',
    roles: ['admin'],
    response: userListResponseSchema,
    handler: async () => {
      const users = await db
        .selectFrom('users')
        .select(['id', 'username', 'display_name', 'role', 'provider_id'])
        .orderBy('username')
        .execute();
      return { users: await Promise.all(users.map((u) => userSummary(db, u))) };
    },
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/users',
    tag: 'admin',
    summary: 'Tạo tài khoản (cán bộ, nhân viên tổ chức chi trả, giám sát viên, quản trị)',
    roles: ['admin'],
    body: createUserRequestSchema,
    response: userSummarySchema,
    status: 201,
    errors: [409],
    audit: { action: 'users.create', targetType: 'user' },
    handler: async ({ body, audit }) => {
      const id = await createUser(db, body);
      audit.addTargets([id]);
      return userSummary(db, {
        id,
        username: body.username,
        display_name: body.displayName,
        role: body.role,
        provider_id: body.providerId,
      });
    },
  });
}
