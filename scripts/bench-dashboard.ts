// npm run bench:dashboard — the dashboard's reads on a province-sized data set: 100,000
// beneficiaries (demo generator) and 70,000 visits with mixed payment choices, on PGlite and, when
// DATABASE_URL is set, on PostgreSQL. Times GET coverage (five set-based reads plus the shared
// figures) and devices, fastest of 3, as the admin sees all. Writes "## Dashboard figures".
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { Caller } from '../src/server/auth/guard';
import { coverage } from '../src/server/dashboard/coverage';
import { deviceStatus } from '../src/server/dashboard/devices';
import { dashboardScope } from '../src/server/dashboard/scope';
import { seedDemoIfEmpty } from '../src/server/demo/seed';
import type { StoreKind } from '../src/server/store/db';
import { newId } from '../src/shared/ids';
import { Rng } from '../src/shared/demo';
import { visit } from '../test/shared/schemas/samples';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';
import { openBenchStore } from './lib/benchStore';

const PEOPLE = Number(process.env.BENCH_DASHBOARD_PEOPLE ?? 100_000);
const VISITS = Number(process.env.BENCH_DASHBOARD_VISITS ?? 70_000);
const ROUNDS = 3;

const CHOICES = [
  { method: 'bank', bankBin: '970415', accountNumber: '101020203030', accountHolder: 'A' },
  { method: 'wallet', provider: 'viettel_money', phone: '+84961234567' },
  { method: 'post_office_cash', reason: 'refuses', note: null },
  { method: 'cash_at_home', reason: 'bedridden', note: null },
];

async function measure(kind: StoreKind) {
  const { store, drop } = await openBenchStore(kind, 'dashboard');
  try {
    await seedDemoIfEmpty(store.db, PEOPLE);
    const user = await store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'canbo')
      .executeTakeFirstOrThrow();
    const deviceId = randomUUID();
    await store.db
      .insertInto('devices')
      .values({ id: deviceId, label: 'bench', registered_by: user.id, last_user_id: user.id })
      .execute();
    const people = await store.db
      .selectFrom('beneficiaries')
      .select(['id', 'commune_code'])
      .execute();
    const rng = new Rng(11);
    const now = Date.now();
    const rows = Array.from({ length: VISITS }, (_, i) => {
      const p = people[rng.int(0, people.length - 1)]!;
      const at = new Date(now - rng.int(0, 60) * 86_400_000).toISOString();
      const data = visit({
        beneficiaryId: p.id,
        communeCode: p.commune_code,
        deviceId,
        visitedAt: at,
        payment: CHOICES[rng.int(0, CHOICES.length - 1)] as never,
      });
      return {
        id: data.id!,
        mutation_id: newId(),
        payload_hash: 'bench',
        seq: i + 1,
        applied_at: at,
        beneficiary_id: p.id,
        commune_code: p.commune_code,
        device_id: deviceId,
        user_id: user.id,
        visited_at: at,
        outcome: data.outcome!,
        data: JSON.stringify(data),
      };
    });
    for (let i = 0; i < rows.length; i += 1000) {
      await store.db
        .insertInto('visits')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
    const admin = { userId: user.id, role: 'admin', providerId: null } as unknown as Caller;
    let coverageMs = Infinity;
    let devicesMs = Infinity;
    let communes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      const figures = await coverage(store.db, await dashboardScope(store.db, admin, undefined));
      coverageMs = Math.min(coverageMs, performance.now() - start);
      communes = figures.communes.length;
      if (figures.totals.beneficiaries !== PEOPLE) throw new Error('lost beneficiaries');
      start = performance.now();
      await deviceStatus(store.db, await dashboardScope(store.db, admin, undefined));
      devicesMs = Math.min(devicesMs, performance.now() - start);
    }
    return { kind, coverageMs, devicesMs, communes };
  } finally {
    await store.close();
    await drop();
  }
}

const kinds: StoreKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const runs = [];
for (const kind of kinds) {
  const run = await measure(kind);
  console.log(run);
  runs.push(run);
}
const ms = (n: number) => Math.round(n).toLocaleString('en-US');
writeBenchSection(
  'dashboard',
  `## Dashboard figures (${PEOPLE.toLocaleString('en-US')} beneficiaries, ${VISITS.toLocaleString('en-US')} visits)

${machineLine()} Script: \`npm run bench:dashboard\`. Load average ${loadavg()[0]!.toFixed(1)} when measured.

The admin's whole view (${runs[0]?.communes} communes): \`coverage\` reads the roster, visits,
account openings, open reviews and targets in five set-based queries, then derives every person's
state with the shared \`deriveEnrolmentState\`; \`devices\` is three queries. Fastest of ${ROUNDS}.

| database | GET /api/dashboard/coverage | GET /api/dashboard/devices |
|---|---:|---:|
${runs.map((r) => `| ${r.kind} | ${ms(r.coverageMs)} ms | ${ms(r.devicesMs)} ms |`).join('\n')}
`,
);
