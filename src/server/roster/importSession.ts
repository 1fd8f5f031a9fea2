import { sql, type Kysely, type Transaction } from 'kysely';
import { newId } from '../../shared/ids';
import {
  diffRoster,
  upsertsOf,
  type HeldKey,
  type ImportCommitResult,
  type ImportEntry,
  type ImportReport,
  type ImportRowsRequest,
  type RosterDiff,
  type StagedRow,
} from '../../shared/roster';
import type { Beneficiary } from '../../shared/schemas/beneficiary';
import { LIMITS } from '../../shared/schemas/limits';
import { ApiError, fieldError } from '../http/errors';
import type { Store } from '../store/db';
import type { Database } from '../store/schema';
import { inTransaction, lockChangeSequence } from '../store/transaction';
import { rosterVersion, writeRosterChanges } from './changes';

// A roster import on the server: open a session, stage the accepted rows in chunks, report what a
// commit would change, commit it in one transaction. Sessions belong to the admin who opened them.

type Db = Kysely<Database> | Transaction<Database>;

/** Sessions never committed are dropped after a day: their rows are a copy of a file, no more. */
const ABANDONED_AFTER_MS = 24 * 3_600_000;
const INSERT_CHUNK = 1000;

export async function createImport(db: Kysely<Database>, userId: string, fileName: string) {
  await db
    .deleteFrom('roster_imports')
    .where('status', '=', 'staging')
    .where('created_at', '<', new Date(Date.now() - ABANDONED_AFTER_MS))
    .execute();
  const id = newId();
  await db
    .insertInto('roster_imports')
    .values({ id, created_by: userId, file_name: fileName })
    .execute();
  return id;
}

async function session(db: Db, importId: string, userId: string) {
  const row = await db
    .selectFrom('roster_imports')
    .select(['id', 'status', 'roster_version', 'result'])
    .where('id', '=', importId)
    .where('created_by', '=', userId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'import_not_found');
  return row;
}

/** Stores a chunk of rows (a chunk sent again replaces its rows); the last report no longer holds. */
export async function stageRows(
  db: Kysely<Database>,
  importId: string,
  userId: string,
  chunk: ImportRowsRequest,
): Promise<{ staged: number; held: number }> {
  return inTransaction(db, async (trx) => {
    const current = await session(trx, importId, userId);
    if (current.status === 'committed') throw new ApiError(409, 'import_committed');
    const rows = [
      ...chunk.rows.map((r) => ({
        import_id: importId,
        row_number: r.row,
        entry: JSON.stringify(r.entry),
        held_key: null,
      })),
      // A rejected row's keys (up to two) take slots -(2·row) and -(2·row + 1).
      ...chunk.held.flatMap((h) =>
        h.keys.map((key, k) => ({
          import_id: importId,
          row_number: -(h.row * 2 + k),
          entry: null,
          held_key: key,
        })),
      ),
    ];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('roster_import_rows')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) =>
          oc.columns(['import_id', 'row_number']).doUpdateSet({
            entry: sql`excluded.entry`,
            held_key: sql`excluded.held_key`,
          }),
        )
        .execute();
    }
    const counts = await stagedCounts(trx, importId);
    if (counts.staged > LIMITS.importRowsMax) throw fieldError('rows', 'import.rows.tooMany');
    await trx
      .updateTable('roster_imports')
      .set({ roster_version: null })
      .where('id', '=', importId)
      .execute();
    return counts;
  });
}

async function stagedCounts(db: Db, importId: string) {
  const row = await db
    .selectFrom('roster_import_rows')
    .select((eb) => [
      eb.fn.count<string>('entry').as('staged'),
      eb.fn.count<string>('held_key').as('held'),
    ])
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow();
  return { staged: Number(row.staged), held: Number(row.held) };
}

interface Computed {
  diff: RosterDiff;
  rejected: ImportReport['rejected'];
  staged: number;
}

/** The staged rows against the roster as it is now (in `db`, possibly the commit's transaction). */
async function compute(db: Db, importId: string): Promise<Computed> {
  const staged = await db
    .selectFrom('roster_import_rows')
    .select(['row_number', 'entry', 'held_key'])
    .where('import_id', '=', importId)
    .execute();
  const rows: StagedRow[] = [];
  const held: HeldKey[] = [];
  for (const s of staged) {
    if (s.entry !== null) rows.push({ row: s.row_number, entry: s.entry as ImportEntry });
    else if (s.held_key !== null)
      held.push({ row: Math.floor(-s.row_number / 2), key: s.held_key });
  }
  // Beneficiaries belong to units with nothing below them (communes, wards).
  const units = await db
    .selectFrom('admin_units as u')
    .select('u.code')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('admin_units as c').select('c.code').whereRef('c.parent_code', '=', 'u.code'),
        ),
      ),
    )
    .execute();
  const known = new Set(units.map((u) => u.code));
  const rejected: ImportReport['rejected'] = [];
  const accepted = rows.filter((r) => {
    if (known.has(r.entry.communeCode)) return true;
    rejected.push({
      row: r.row,
      key: 'import.commune.unknown',
      params: { value: r.entry.communeCode },
    });
    return false;
  });
  const communes = [...new Set(accepted.map((r) => r.entry.communeCode))];
  const existing =
    communes.length === 0
      ? []
      : await db
          .selectFrom('beneficiaries')
          .select('data')
          .where('commune_code', 'in', communes)
          .where('removed_at', 'is', null)
          .execute();
  const diff = diffRoster(
    existing.map((e) => e.data as Beneficiary),
    accepted,
    held,
  );
  for (const d of diff.duplicates) {
    rejected.push({ row: d.row, key: 'import.row.duplicate', params: { row: d.otherRow } });
  }
  rejected.sort((a, b) => a.row - b.row);
  return { diff, rejected, staged: rows.length };
}

const person = (p: Pick<Beneficiary, 'fullName' | 'communeCode' | 'village' | 'idNumber'>) => ({
  fullName: p.fullName,
  communeCode: p.communeCode,
  village: p.village,
  idNumber: p.idNumber,
});

export async function buildReport(
  db: Kysely<Database>,
  importId: string,
  userId: string,
): Promise<ImportReport> {
  const current = await session(db, importId, userId);
  if (current.status === 'committed') throw new ApiError(409, 'import_committed');
  const version = await rosterVersion(db);
  const { diff, rejected, staged } = await compute(db, importId);
  await db
    .updateTable('roster_imports')
    .set({ roster_version: version })
    .where('id', '=', importId)
    .execute();
  const max = LIMITS.importReportSampleMax;
  return {
    importId,
    rosterVersion: version,
    communes: diff.communes,
    counts: {
      rows: staged,
      added: diff.added.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged,
      removed: diff.removed.length,
      held: diff.held,
      rejected: rejected.length,
    },
    added: diff.added.slice(0, max).map((r) => ({ row: r.row, ...person(r.entry) })),
    changed: diff.changed.slice(0, max).map((c) => ({
      row: c.row,
      id: c.before.id,
      ...person(c.entry),
      fields: c.fields,
    })),
    removed: diff.removed.slice(0, max).map((b) => ({ id: b.id, ...person(b) })),
    rejected,
  };
}

/**
 * Applies the reported changes in one transaction, under the change-sequence lock: either all of
 * them reach the roster (and the devices' next pull) or none. Committing again answers the first
 * commit's result; a roster changed since the report is refused.
 */
export async function commitImport(
  store: Store,
  importId: string,
  userId: string,
  reportedVersion: string,
): Promise<ImportCommitResult> {
  return inTransaction(store.db, async (trx) => {
    await lockChangeSequence(trx);
    const current = await session(trx, importId, userId);
    if (current.status === 'committed') return current.result as ImportCommitResult;
    if (current.roster_version === null) throw new ApiError(409, 'import_no_report');
    const version = await rosterVersion(trx);
    if (String(current.roster_version) !== reportedVersion || version !== reportedVersion) {
      throw new ApiError(409, 'import_stale');
    }
    const { diff } = await compute(trx, importId);
    const committedAt = new Date();
    const upserts = upsertsOf(diff, newId, committedAt.toISOString());
    await writeRosterChanges(
      trx,
      upserts,
      diff.removed.map((b) => b.id),
    );
    const result: ImportCommitResult = {
      importId,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      committedAt: committedAt.toISOString(),
    };
    await trx
      .updateTable('roster_imports')
      .set({ status: 'committed', result: JSON.stringify(result), committed_at: committedAt })
      .where('id', '=', importId)
      .execute();
    await trx.deleteFrom('roster_import_rows').where('import_id', '=', importId).execute();
    return result;
  });
}
