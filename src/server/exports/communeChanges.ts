import { sql, type Transaction } from 'kysely';
import type { Row } from '../../shared/exports/csv';
import { CHANGE_TYPE_LABELS, type ChangeType } from '../../shared/exports/labels';
import { describeAdjustment, reportedFields } from '../../shared/exports/rows';
import type { Beneficiary } from '../../shared/schemas/beneficiary';
import { compareVietnamese } from '../../shared/text';
import type { Database } from '../store/schema';
import { toNumber } from '../store/schema';

// A commune's increase / decrease / adjustment list since its last report. The previous list left
// each entry as it reported it in reported_entries; only roster rows whose change_seq moved past
// that report's cursor are looked at, and each is compared with what was reported:
//   on the roster now, never reported      → increase (Tăng)
//   reported, now removed or moved away    → decrease (Giảm)
//   reported, a listed field differs       → adjustment (Điều chỉnh), with "old → new"
// Changes to fields the list does not show (category, status) list nothing.

export interface BaselineChange {
  upsert: { beneficiaryId: string; data: Row }[];
  remove: string[];
}

export interface CommuneChanges {
  rows: Row[];
  baseline: BaselineChange;
  cursorFrom: number;
  cursorTo: number;
}

const ORDER: Record<ChangeType, number> = { increase: 0, decrease: 1, adjustment: 2 };

/** Serialises lists of one commune: two at once would both start from the same report. */
export async function lockCommuneReport(trx: Transaction<Database>, commune: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`commune-report:${commune}`}))`.execute(trx);
}

export async function communeChanges(
  trx: Transaction<Database>,
  commune: string,
  communeName: string,
): Promise<CommuneChanges> {
  const previous = await trx
    .selectFrom('exports')
    .select('cursor_to')
    .where('list', '=', 'commune_changes')
    .where('unit_code', '=', commune)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const cursorFrom = previous ? toNumber(previous.cursor_to) : 0;
  // Read first: a row changed after this point carries a larger number and waits for next time.
  const top = await trx
    .selectFrom('beneficiaries')
    .select((eb) => eb.fn.max('change_seq').as('seq'))
    .executeTakeFirst();
  const cursorTo = Math.max(cursorFrom, top?.seq == null ? 0 : toNumber(top.seq));

  const reported = new Map(
    (
      await trx
        .selectFrom('reported_entries')
        .select(['beneficiary_id', 'data'])
        .where('commune_code', '=', commune)
        .execute()
    ).map((r) => [r.beneficiary_id, r.data as Row]),
  );
  const candidates = await trx
    .selectFrom('beneficiaries')
    .select(['id', 'commune_code', 'data', 'removed_at'])
    .where('change_seq', '>', cursorFrom)
    .where('change_seq', '<=', cursorTo)
    .where((eb) =>
      eb.or([
        eb('commune_code', '=', commune),
        eb(
          'id',
          'in',
          eb
            .selectFrom('reported_entries')
            .select('beneficiary_id')
            .where('commune_code', '=', commune),
        ),
      ]),
    )
    .execute();

  const listed: { type: ChangeType; row: Row }[] = [];
  const baseline: BaselineChange = { upsert: [], remove: [] };
  for (const c of candidates) {
    const active = c.removed_at === null && c.commune_code === commune;
    const was = reported.get(c.id);
    const now = { ...reportedFields(c.data as Beneficiary), commune: communeName };
    if (active && !was) {
      listed.push({ type: 'increase', row: now });
      baseline.upsert.push({ beneficiaryId: c.id, data: now });
    } else if (active && was) {
      const changes = describeAdjustment(was, now);
      if (changes === null) continue;
      listed.push({ type: 'adjustment', row: { ...now, changes } });
      baseline.upsert.push({ beneficiaryId: c.id, data: now });
    } else if (was) {
      listed.push({ type: 'decrease', row: was });
      baseline.remove.push(c.id);
    }
  }
  listed.sort(
    (a, b) =>
      ORDER[a.type] - ORDER[b.type] ||
      compareVietnamese(String(a.row.fullName ?? ''), String(b.row.fullName ?? '')),
  );
  const rows = listed.map(({ type, row }, i) => ({
    ...row,
    rowNumber: i + 1,
    changeType: CHANGE_TYPE_LABELS[type],
  }));
  return { rows, baseline, cursorFrom, cursorTo };
}

/** After the list is recorded: what it reported becomes the next list's starting point. */
export async function saveBaseline(
  trx: Transaction<Database>,
  commune: string,
  exportId: string,
  change: BaselineChange,
): Promise<void> {
  if (change.remove.length > 0) {
    await trx
      .deleteFrom('reported_entries')
      .where('commune_code', '=', commune)
      .where('beneficiary_id', 'in', change.remove)
      .execute();
  }
  for (let i = 0; i < change.upsert.length; i += 1000) {
    await trx
      .insertInto('reported_entries')
      .values(
        change.upsert.slice(i, i + 1000).map((u) => ({
          commune_code: commune,
          beneficiary_id: u.beneficiaryId,
          export_id: exportId,
          data: JSON.stringify(u.data),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['commune_code', 'beneficiary_id']).doUpdateSet({
          export_id: sql`excluded.export_id`,
          data: sql`excluded.data`,
        }),
      )
      .execute();
  }
}
