import type { FastifyInstance } from 'fastify';
import {
  rightsDueAt,
  rightsListQuerySchema,
  rightsListResponseSchema,
  rightsRequestInputSchema,
  rightsRequestSchema,
  type RightsRequest,
} from '../../shared/schemas/rights';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { defineRoute } from '../http/route';

// Staff record a person's request to withdraw consent or erase their data (Decree 13/2023); the
// rights job carries it out within 72 hours. Field workers, supervisors and admins, each within
// their units; payment providers neither record nor see requests.

const STAFF = ['field_worker', 'supervisor', 'admin'] as const;

interface Row {
  id: string;
  beneficiary_id: string;
  commune_code: string;
  kind: string;
  requested_by: string;
  channel: string;
  note: string;
  received_at: Date | string;
  recorded_at: Date | string;
  due_at: Date | string;
  state: string;
  completed_at: Date | null;
  username: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function out(r: Row): RightsRequest {
  return rightsRequestSchema.parse({
    id: r.id,
    beneficiaryId: r.beneficiary_id,
    communeCode: r.commune_code,
    kind: r.kind,
    requestedBy: r.requested_by,
    channel: r.channel,
    note: r.note,
    receivedAt: iso(r.received_at),
    recordedBy: r.username,
    recordedAt: iso(r.recorded_at),
    state: r.state,
    dueAt: iso(r.due_at),
    completedAt: r.completed_at ? iso(r.completed_at) : null,
  });
}

export function registerRightsRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  rights: { clock: () => Date },
): void {
  const db = ctx.store.db;
  const listQuery = () =>
    db
      .selectFrom('rights_requests as r')
      .innerJoin('users as u', 'u.id', 'r.recorded_by')
      .select([
        'r.id',
        'r.beneficiary_id',
        'r.commune_code',
        'r.kind',
        'r.requested_by',
        'r.channel',
        'r.note',
        'r.received_at',
        'r.recorded_at',
        'r.due_at',
        'r.state',
        'r.completed_at',
        'u.username',
      ]);

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/rights-requests',
    tag: 'rights',
    summary:
      'Ghi nhận yêu cầu rút lại sự đồng ý hoặc xóa dữ liệu của người hưởng (thực hiện trong 72 giờ)',
    roles: STAFF,
    body: rightsRequestInputSchema,
    response: rightsRequestSchema,
    status: 201,
    errors: [404, 409],
    handler: async ({ body, caller }) => {
      const person = await db
        .selectFrom('beneficiaries')
        .select(['commune_code', 'erased_at'])
        .where('id', '=', body.beneficiaryId)
        .executeTakeFirst();
      if (!person) throw new ApiError(404, 'beneficiary_unknown');
      const units = await callerUnits(db, caller);
      if (units !== null && !units.includes(person.commune_code)) {
        throw new ApiError(403, 'forbidden_scope');
      }
      if (person.erased_at) throw new ApiError(409, 'beneficiary_erased');
      await db
        .insertInto('rights_requests')
        .values({
          id: body.id,
          beneficiary_id: body.beneficiaryId,
          commune_code: person.commune_code,
          kind: body.kind,
          requested_by: body.requestedBy,
          channel: body.channel,
          note: body.note,
          received_at: body.receivedAt,
          recorded_by: caller.userId,
          recorded_at: rights.clock(),
          due_at: rightsDueAt(body.receivedAt),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      // Sent twice (a retry): the first record stands, and is what the answer shows.
      const row = await listQuery().where('r.id', '=', body.id).executeTakeFirstOrThrow();
      if (row.beneficiary_id !== body.beneficiaryId || row.kind !== body.kind) {
        throw new ApiError(409, 'rights_id_reused');
      }
      return out(row);
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/rights-requests',
    tag: 'rights',
    summary: 'Các yêu cầu về quyền của người hưởng trong địa bàn: hạn xử lý và trạng thái',
    roles: STAFF,
    query: rightsListQuerySchema,
    response: rightsListResponseSchema,
    handler: async ({ query, caller }) => {
      const units = await callerUnits(db, caller);
      let q = listQuery().orderBy('r.recorded_at', 'desc').limit(5000);
      if (units !== null) {
        if (units.length === 0) return { requests: [] };
        q = q.where('r.commune_code', 'in', units);
      }
      if (query.beneficiaryId) q = q.where('r.beneficiary_id', '=', query.beneficiaryId);
      return { requests: (await q.execute()).map(out) };
    },
  });
}
