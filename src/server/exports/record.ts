import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { exportColumns, LISTS, type ExportList } from '../../shared/exports/columns';
import type { Row } from '../../shared/exports/csv';
import { exportFileName } from '../../shared/exports/fileName';
import type {
  CreateExportRequest,
  ExportFormat,
  ExportSummary,
} from '../../shared/schemas/exports';
import type { Caller } from '../auth/guard';
import { visibleUnits } from '../auth/scope';
import { ApiError, fieldError } from '../http/errors';
import type { AuditHandle } from '../http/route';
import type { Database } from '../store/schema';
import { toNumber } from '../store/schema';
import { inTransaction } from '../store/transaction';
import { communeChanges, lockCommuneReport, saveBaseline } from './communeChanges';
import { buildCsv, buildXlsx, MEDIA_TYPES } from './files';
import { providerListRows } from './providerLists';

// Making a list and recording it: the file is built, hashed and stored with who made it, when,
// for which provider or commune and which change_seq range — in one transaction with the
// commune's new report baseline and the audit entry, so either all of it happened or none.

export interface MadeExport {
  summary: ExportSummary;
  bytes: Uint8Array;
}

interface Subject {
  providerId: string | null;
  communeCode: string | null;
  name: string;
}

/** Who may make which list: the office any; a provider agent its own provider's two lists. */
export function mayCreate(caller: Caller, request: CreateExportRequest): boolean {
  if (caller.role === 'admin') return true;
  return (
    caller.role === 'provider_agent' &&
    LISTS[request.list].subject === 'provider' &&
    request.providerId === caller.providerId
  );
}

async function subjectOf(db: Kysely<Database>, request: CreateExportRequest): Promise<Subject> {
  if (request.providerId !== undefined) {
    const p = await db
      .selectFrom('providers')
      .select('name')
      .where('id', '=', request.providerId)
      .executeTakeFirst();
    if (!p) throw fieldError('providerId', 'office.provider.unknown', 404, 'not_found');
    return { providerId: request.providerId, communeCode: null, name: p.name };
  }
  const u = await db
    .selectFrom('admin_units')
    .select('name')
    .where('code', '=', request.communeCode!)
    .executeTakeFirst();
  if (!u) throw fieldError('communeCode', 'office.commune.unknown', 404, 'not_found');
  return { providerId: null, communeCode: request.communeCode!, name: u.name };
}

async function latestSeq(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ seq: string | number | null }>`select greatest(
      (select max(change_seq) from beneficiaries),
      (select max(change_seq) from visits),
      (select max(change_seq) from account_openings)) as seq`.execute(db);
  const seq = r.rows[0]?.seq;
  return seq == null ? 0 : toNumber(seq);
}

async function buildFile(
  list: ExportList,
  format: ExportFormat,
  rows: Row[],
  about: [string, string][],
): Promise<Uint8Array> {
  const columns = exportColumns(list);
  return format === 'csv'
    ? buildCsv(columns, rows)
    : buildXlsx({ sheet: LISTS[list].sheet, about }, columns, rows);
}

export async function createExport(
  db: Kysely<Database>,
  caller: Caller,
  request: CreateExportRequest,
  audit: AuditHandle,
): Promise<MadeExport> {
  if (!mayCreate(caller, request)) throw new ApiError(403, 'forbidden_scope');
  const subject = await subjectOf(db, request);
  return inTransaction(db, async (trx) => {
    const id = randomUUID();
    const createdAt = new Date();
    let rows: Row[];
    let cursorFrom = 0;
    let cursorTo: number;
    let commit = async () => {};
    if (request.list === 'commune_changes') {
      await lockCommuneReport(trx, subject.communeCode!);
      const changes = await communeChanges(trx, subject.communeCode!, subject.name);
      ({ rows, cursorFrom, cursorTo } = changes);
      commit = () => saveBaseline(trx, subject.communeCode!, id, changes.baseline);
    } else {
      cursorTo = await latestSeq(trx);
      rows = await providerListRows(trx, subject.providerId!, request.list);
    }
    const fileName = exportFileName(
      request.list,
      { code: subject.providerId ?? subject.communeCode!, name: subject.name },
      createdAt,
      request.format,
    );
    const bytes = await buildFile(request.list, request.format, rows, [
      ['Danh sách', LISTS[request.list].title],
      [subject.providerId ? 'Tổ chức chi trả' : 'Xã/phường', subject.name],
      ['Thời điểm lập', createdAt.toISOString()],
      ['Người lập', caller.username],
      ['Số dòng', String(rows.length)],
      ['Phạm vi thay đổi (change_seq)', `${cursorFrom + 1}–${cursorTo}`],
      ['Mã lần xuất', id],
    ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await trx
      .insertInto('exports')
      .values({
        id,
        list: request.list,
        format: request.format,
        provider_id: subject.providerId,
        unit_code: subject.communeCode,
        created_by: caller.userId,
        device_id: caller.deviceId,
        created_at: createdAt,
        cursor_from: cursorFrom,
        cursor_to: cursorTo,
        row_count: rows.length,
        sha256,
        file_name: fileName,
        size: bytes.length,
        bytes,
      })
      .execute();
    await commit();
    audit.addTargets([id, subject.providerId ?? subject.communeCode!]);
    await audit.writeIn(trx);
    return {
      bytes,
      summary: {
        id,
        list: request.list,
        format: request.format,
        providerId: subject.providerId,
        communeCode: subject.communeCode,
        subjectName: subject.name,
        createdAt: createdAt.toISOString(),
        createdBy: caller.username,
        cursorFrom: String(cursorFrom),
        cursorTo: String(cursorTo),
        rowCount: rows.length,
        sha256,
        fileName,
        size: bytes.length,
      },
    };
  });
}

export const MEDIA = MEDIA_TYPES;

type ExportQuery = SelectQueryBuilder<
  Database & { e: Database['exports']; u: Database['users'] },
  'e' | 'u',
  object
>;

/**
 * Past lists a caller may read: the office all; a supervisor the lists of communes in their
 * units; a provider agent its provider's lists and the change lists of communes it serves
 * (the office sends those to the provider). Field workers none.
 */
export async function scopeExports<Q extends ExportQuery>(
  db: Kysely<Database>,
  caller: Caller,
  query: Q,
): Promise<Q | null> {
  if (caller.role === 'admin') return query;
  if (caller.role === 'field_worker') return null;
  const units = (await visibleUnits(db, {
    id: caller.userId,
    role: caller.role,
    providerId: caller.providerId,
  }))!;
  if (caller.role === 'supervisor') {
    return units.length === 0 ? null : (query.where('e.unit_code', 'in', units) as Q);
  }
  return query.where((eb) =>
    eb.or([
      eb('e.provider_id', '=', caller.providerId),
      ...(units.length > 0 ? [eb('e.unit_code', 'in', units)] : []),
    ]),
  ) as Q;
}

export function summaryOf(r: {
  id: string;
  list: string;
  format: string;
  provider_id: string | null;
  unit_code: string | null;
  subject_name: string | null;
  created_at: Date;
  username: string;
  cursor_from: string | number | bigint;
  cursor_to: string | number | bigint;
  row_count: number;
  sha256: string;
  file_name: string;
  size: number;
}): ExportSummary {
  return {
    id: r.id,
    list: r.list as ExportList,
    format: r.format as ExportFormat,
    providerId: r.provider_id,
    communeCode: r.unit_code,
    subjectName: r.subject_name ?? '',
    createdAt: r.created_at.toISOString(),
    createdBy: r.username,
    cursorFrom: String(r.cursor_from),
    cursorTo: String(r.cursor_to),
    rowCount: r.row_count,
    sha256: r.sha256,
    fileName: r.file_name,
    size: r.size,
  };
}
