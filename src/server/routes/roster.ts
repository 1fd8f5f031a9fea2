import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { beneficiarySchema } from '../../shared/schemas/beneficiary';
import * as f from '../../shared/schemas/fields';
import type { AppContext } from '../context';
import { fieldError } from '../http/errors';
import { defineRoute } from '../http/route';
import { applyRosterChanges } from '../roster/changes';

const MAX_CHANGES = 5000;

export const rosterChangesSchema = f.record({
  /** Entries added (increases) or adjusted; matched by id. */
  upsert: z
    .array(beneficiarySchema, { error: 'validation.list.invalid' })
    .max(MAX_CHANGES, { error: 'validation.list.invalid' }),
  /** Ids of entries removed (decreases). */
  remove: z
    .array(f.uuid(), { error: 'validation.list.invalid' })
    .max(MAX_CHANGES, { error: 'validation.list.invalid' }),
});

export function registerRosterRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/roster/changes',
    tag: 'roster',
    summary: 'Tăng, giảm, điều chỉnh danh sách người hưởng trong tháng (thiết bị nhận qua pull)',
    roles: ['admin'],
    body: rosterChangesSchema,
    bodyLimit: 8 * 1024 * 1024,
    response: z.object({ upserted: z.number().int(), removed: z.number().int() }),
    errors: [413],
    audit: {
      action: 'roster.change',
      targetType: 'beneficiary',
      targets: ({ body }) => {
        const b = body as { upsert: { id: string }[]; remove: string[] };
        return [...b.upsert.map((u) => u.id), ...b.remove];
      },
    },
    handler: async ({ body, audit }) => {
      const codes = [...new Set(body.upsert.map((b) => b.communeCode))];
      if (codes.length > 0) {
        const known = await ctx.store.db
          .selectFrom('admin_units')
          .select('code')
          .where('code', 'in', codes)
          .execute();
        const knownSet = new Set(known.map((k) => k.code));
        const unknown = body.upsert.findIndex((b) => !knownSet.has(b.communeCode));
        if (unknown >= 0) {
          throw fieldError(`upsert.${unknown}.communeCode`, 'protocol.units.unknown');
        }
      }
      return applyRosterChanges(ctx.store, body.upsert, body.remove, (trx) => audit.writeIn(trx));
    },
  });
}
