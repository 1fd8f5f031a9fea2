import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportEntry, ImportReport } from '../../src/shared/roster';
import type { Beneficiary } from '../../src/shared/schemas';
import { LIMITS } from '../../src/shared/schemas/limits';
import { STARTUP_MS, backends, startServer, type TestServer } from './support/harness';
import { call, login, type Session } from './support/client';

// The roster import over real HTTP: staging validates every row and stores nothing of a bad
// chunk; the report shows what a commit would do; the commit applies all of it in one transaction
// (or nothing), reaches field workers' pulls, answers a repeat with the same result, and refuses
// a roster that changed since the report.

const COMMUNE = '06004';

function entryOf(b: Beneficiary): ImportEntry {
  const { id: _id, status: _status, updatedAt: _updated, ...entry } = b;
  return entry;
}

const newcomer: ImportEntry = {
  fullName: 'Lương Thị Mới',
  dateOfBirth: '1944-04-04',
  sex: 'female',
  idNumber: '020144009999',
  category: 'elderly',
  communeCode: COMMUNE,
  village: 'Thôn Nà Mới',
  phone: null,
  monthlyAmount: 540_000,
};

describe.each(backends())('roster import on %s', (kind) => {
  let server: TestServer;
  let admin: Session;
  let worker: Session;

  beforeAll(async () => {
    server = await startServer(kind);
    admin = await login(server.base, 'quantri');
    worker = await login(server.base, 'canbo');
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  const post = <T = Record<string, unknown>>(url: string, json?: unknown, token = admin.token) =>
    call<T>(server.base, 'POST', url, { token, json: json ?? {} });

  async function rosterOf(commune: string): Promise<Beneficiary[]> {
    const rows = await server.store.db
      .selectFrom('beneficiaries')
      .select('data')
      .where('commune_code', '=', commune)
      .where('removed_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.data as Beneficiary);
  }

  /** Everything about the roster a commit could change: rows, removal marks, change numbers. */
  async function snapshot() {
    return server.store.db
      .selectFrom('beneficiaries')
      .select(['id', 'data', 'removed_at', 'change_seq'])
      .orderBy('id')
      .execute();
  }

  async function stagedRows(): Promise<number> {
    const row = await server.store.db
      .selectFrom('roster_import_rows')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function open(): Promise<string> {
    const res = await post<{ importId: string }>('/api/roster/imports', { fileName: 'ds.csv' });
    expect(res.status).toBe(201);
    return res.body.importId;
  }

  test('only an admin may import', async () => {
    const id = await open();
    for (const username of ['canbo', 'nganhang', 'giamsat']) {
      const s = await login(server.base, username);
      for (const url of [
        '/api/roster/imports',
        `/api/roster/imports/${id}/rows`,
        `/api/roster/imports/${id}/report`,
        `/api/roster/imports/${id}/commit`,
      ]) {
        const res = await post(url, { fileName: 'x.csv', rows: [], held: [] }, s.token);
        expect(res.status, `${username} ${url}`).toBe(403);
        expect(res.body.error).toBe('forbidden_role');
      }
    }
    expect((await post('/api/roster/imports', { fileName: 'x' }, '')).status).toBe(401);
  });

  test('garbage, oversized and wrongly typed chunks are refused and store nothing', async () => {
    const id = await open();
    const url = `/api/roster/imports/${id}/rows`;
    const before = await stagedRows();
    const good = { row: 2, entry: newcomer };
    const cases: [unknown, number, string?][] = [
      ['not an object', 400],
      [{ rows: 'lots', held: [] }, 400, 'validation.list.invalid'],
      [
        { rows: [good, { row: 3, entry: { ...newcomer, phone: '0241 3823 456' } }], held: [] },
        400,
        'parse.phone.landline',
      ],
      [{ rows: [{ row: -1, entry: newcomer }], held: [] }, 400, 'import.rowNumber.invalid'],
      [{ rows: [{ row: 2, entry: { ...newcomer, monthlyAmount: '540000' } }], held: [] }, 400],
      [{ rows: [], held: [{ row: 2, keys: ['x'.repeat(301)] }] }, 400, 'import.key.invalid'],
      [
        {
          rows: Array.from({ length: LIMITS.importChunkMax + 1 }, (_, i) => ({
            row: i + 2,
            entry: newcomer,
          })),
          held: [],
        },
        400,
        'import.chunk.tooMany',
      ],
    ];
    for (const [json, status, key] of cases) {
      const res = await post<{ issues?: { key: string }[] }>(url, json);
      expect(res.status, JSON.stringify(json).slice(0, 80)).toBe(status);
      if (key) expect(res.body.issues?.map((i) => i.key)).toContain(key);
    }
    const huge = {
      rows: [{ row: 2, entry: { ...newcomer, village: 'x'.repeat(3_000_000) } }],
      held: [],
    };
    expect((await post(url, huge)).status).toBe(413);
    const text = await call(server.base, 'POST', url, {
      token: admin.token,
      raw: 'Họ và tên;Ngày sinh',
      contentType: 'text/plain',
    });
    expect(text.status).toBe(415);
    expect((await post('/api/roster/imports/not-a-uuid/rows', { rows: [], held: [] })).status).toBe(
      400,
    );
    const missing = await post('/api/roster/imports/00000000-0000-4000-8000-000000000000/rows', {
      rows: [good],
      held: [],
    });
    expect(missing.status).toBe(404);
    expect(await stagedRows()).toBe(before);
  });

  test('report, then one commit that reaches the field worker’s next pull', async () => {
    const top = await server.store.db
      .selectFrom('beneficiaries')
      .select((eb) => eb.fn.max('change_seq').as('v'))
      .executeTakeFirstOrThrow();
    const cursor = String(top.v);
    const roster = await rosterOf(COMMUNE);
    expect(roster.length).toBeGreaterThan(10);
    const [moved, dropped, rejected, ...rest] = roster;
    const rows = [
      { row: 2, entry: { ...entryOf(moved!), village: 'Thôn Đổi Mới' } },
      ...rest.map((b, i) => ({ row: i + 3, entry: entryOf(b) })),
      { row: 900, entry: newcomer },
      { row: 901, entry: { ...newcomer, fullName: 'Lương Thị Mới Lặp' } },
      { row: 902, entry: { ...newcomer, idNumber: null, communeCode: '99999' } },
    ];
    const id = await open();
    const url = `/api/roster/imports/${id}`;
    const half = Math.floor(rows.length / 2);
    expect((await post(`${url}/rows`, { rows: rows.slice(0, half), held: [] })).status).toBe(200);
    const heldKey = rejected!.idNumber
      ? `id:${COMMUNE}:${rejected!.idNumber}`
      : `nd:${COMMUNE}:x:y`;
    const staged = await post(`${url}/rows`, {
      rows: rows.slice(half),
      held: [{ row: 950, keys: [heldKey] }],
    });
    expect(staged.body).toEqual({ staged: rows.length, held: 1 });

    const report = await post<ImportReport>(`${url}/report`);
    expect(report.status).toBe(200);
    const held = rejected!.idNumber ? 1 : 0;
    expect(report.body.counts).toEqual({
      rows: rows.length,
      added: 1,
      changed: 1,
      unchanged: rest.length,
      removed: held ? 1 : 2,
      held,
      rejected: 2,
    });
    expect(report.body.changed[0]).toMatchObject({
      row: 2,
      id: moved!.id,
      fields: [{ field: 'village', before: moved!.village, after: 'Thôn Đổi Mới' }],
    });
    expect(report.body.removed.map((r) => r.id)).toContain(dropped!.id);
    expect(report.body.rejected).toEqual([
      { row: 901, key: 'import.row.duplicate', params: { row: 900 } },
      { row: 902, key: 'import.commune.unknown', params: { value: '99999' } },
    ]);

    const commit = await post(`${url}/commit`, { rosterVersion: report.body.rosterVersion });
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect(commit.body).toMatchObject({ added: 1, changed: 1, removed: held ? 1 : 2 });
    const after = await rosterOf(COMMUNE);
    expect(after.find((b) => b.id === moved!.id)).toMatchObject({
      village: 'Thôn Đổi Mới',
      status: moved!.status,
    });
    expect(after.some((b) => b.id === dropped!.id)).toBe(false);
    const fresh = after.find((b) => b.idNumber === newcomer.idNumber)!;
    expect(fresh).toMatchObject({ fullName: 'Lương Thị Mới', status: 'not_visited' });

    const pulled = await call<{
      changes: { kind: string; id?: string; record?: { id: string } }[];
    }>(server.base, 'GET', `/api/sync/pull?limit=500&cursor=${cursor}`, { token: worker.token });
    const seen = pulled.body.changes.map((c) => `${c.kind}:${c.record?.id ?? c.id}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        `beneficiary:${fresh.id}`,
        `beneficiary:${moved!.id}`,
        `beneficiaryRemoved:${dropped!.id}`,
      ]),
    );

    // Committing again answers the same and writes nothing.
    const state = await snapshot();
    const again = await post(`${url}/commit`, { rosterVersion: report.body.rosterVersion });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(commit.body);
    expect(await snapshot()).toEqual(state);
    expect(
      (await post(`${url}/rows`, { rows: [{ row: 2, entry: newcomer }], held: [] })).status,
    ).toBe(409);
  });

  test('a roster changed since the report is refused with a clear message', async () => {
    const id = await open();
    const url = `/api/roster/imports/${id}`;
    await post(`${url}/rows`, {
      rows: [
        { row: 2, entry: { ...newcomer, idNumber: '020144008888', fullName: 'Người Đến Muộn' } },
      ],
      held: [],
    });
    expect((await post(`${url}/commit`, { rosterVersion: '1' })).body.error).toBe(
      'import_no_report',
    );
    const report = await post<ImportReport>(`${url}/report`);
    const someone = (await rosterOf('06037'))[0]!;
    expect(
      (
        await post('/api/roster/changes', {
          upsert: [{ ...someone, village: 'Thôn Khác' }],
          remove: [],
        })
      ).status,
    ).toBe(200);
    const state = await snapshot();
    const res = await post(`${url}/commit`, { rosterVersion: report.body.rosterVersion });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: 'import_stale',
      message: expect.stringContaining('đã thay đổi kể từ khi lập báo cáo'),
    });
    expect(await snapshot()).toEqual(state);
    // A fresh report can be committed.
    const again = await post<ImportReport>(`${url}/report`);
    expect((await post(`${url}/commit`, { rosterVersion: again.body.rosterVersion })).status).toBe(
      200,
    );
  });

  test('a failure in the middle of a commit leaves the roster untouched', async () => {
    const roster = await rosterOf('06037');
    // More than one write batch (1,000 rows): the failing row is in the last one.
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      row: i + 2,
      entry: {
        ...newcomer,
        communeCode: '06037',
        idNumber: null,
        fullName: `Người Thử ${i}`,
        village: i === 1499 ? 'Thôn Hỏng' : 'Thôn Thử',
      },
    }));
    const id = await open();
    const url = `/api/roster/imports/${id}`;
    await post(`${url}/rows`, { rows: rows.slice(0, 1000), held: [] });
    await post(`${url}/rows`, { rows: rows.slice(1000), held: [] });
    const report = await post<ImportReport>(`${url}/report`);
    expect(report.body.counts).toMatchObject({ added: 1500, removed: roster.length });

    await sql`create function fail_import_row() returns trigger language plpgsql as $$
      begin
        if new.data->>'village' = 'Thôn Hỏng' then raise exception 'disk trouble'; end if;
        return new;
      end $$`.execute(server.store.db);
    await sql`create trigger fail_import_row before insert on beneficiaries
      for each row execute function fail_import_row()`.execute(server.store.db);
    const state = await snapshot();
    const failed = await post(`${url}/commit`, { rosterVersion: report.body.rosterVersion });
    expect(failed.status).toBe(500);
    expect(await snapshot()).toEqual(state);

    await sql`drop trigger fail_import_row on beneficiaries`.execute(server.store.db);
    const retried = await post(`${url}/commit`, { rosterVersion: report.body.rosterVersion });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ added: 1500, removed: roster.length });
    expect(await rosterOf('06037')).toHaveLength(1500);
  }, 60_000);
});
