import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEMO_PROVINCE_CODE, DEMO_UNITS, generateRoster } from '../../shared/demo';
import { beneficiarySchema } from '../../shared/schemas/beneficiary';
import type { Role } from '../../shared/schemas/auth';
import { hashPassword } from '../auth/passwords';
import type { Database } from '../store/schema';
import { inTransaction, lockChangeSequence } from '../store/transaction';

// First start with an empty database: a province with its communes, a synthetic roster, and one
// account per role, so a newcomer can log in and enrol within a minute. Never a real person.

export const DEMO_PASSWORD = 'ghidanh-demo';
export const DEMO_ROSTER_SIZE = 5000;
export const DEMO_ROSTER_SEED = 2025;

/** Its customers are the people whose bank choice names VietinBank's BIN. */
const PROVIDER = {
  id: 'vietinbank-ls',
  name: 'VietinBank Lạng Sơn',
  kind: 'bank',
  bank_bin: '970415',
  wallet_provider: null,
};
const FIELD_COMMUNES = ['06004', '06037'];
const PROVIDER_COMMUNES = ['05977', '05983', '05986', '05992', '06004'];

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  units: string[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'canbo',
    role: 'field_worker',
    displayName: 'Cán bộ Nguyễn Thị Lan',
    units: FIELD_COMMUNES,
  },
  { username: 'nganhang', role: 'provider_agent', displayName: 'Nhân viên VietinBank', units: [] },
  {
    username: 'giamsat',
    role: 'supervisor',
    displayName: 'Giám sát Sở Y tế',
    units: [DEMO_PROVINCE_CODE],
  },
  { username: 'quantri', role: 'admin', displayName: 'Quản trị hệ thống', units: [] },
];

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** Seeds the demo when the database has no users; returns whether it did. */
export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  rosterSize = DEMO_ROSTER_SIZE,
): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const roster = generateRoster({ seed: DEMO_ROSTER_SEED, size: rosterSize }).map((b) =>
    beneficiarySchema.parse(b),
  );
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  return inTransaction(db, async (trx) => {
    // A second process starting at the same moment finds the users and stops here.
    await lockChangeSequence(trx);
    if (!(await isEmpty(trx))) return false;
    await trx
      .insertInto('admin_units')
      .values(
        DEMO_UNITS.map((u) => ({
          code: u.code,
          name: u.name,
          level: u.level,
          parent_code: u.parentCode,
        })),
      )
      .execute();
    await trx.insertInto('providers').values(PROVIDER).execute();
    await trx
      .insertInto('provider_units')
      .values(PROVIDER_COMMUNES.map((unit_code) => ({ provider_id: PROVIDER.id, unit_code })))
      .execute();
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      const id = randomUUID();
      await trx
        .insertInto('users')
        .values({
          id,
          username: account.username,
          display_name: account.displayName,
          role: account.role,
          password_hash: hashes[i]!,
          provider_id: account.role === 'provider_agent' ? PROVIDER.id : null,
          locked_until: null,
          disabled_at: null,
        })
        .execute();
      if (account.units.length > 0) {
        await trx
          .insertInto('user_units')
          .values(account.units.map((unit_code) => ({ user_id: id, unit_code })))
          .execute();
      }
    }
    for (let i = 0; i < roster.length; i += 1000) {
      await trx
        .insertInto('beneficiaries')
        .values(
          roster.slice(i, i + 1000).map((b) => ({
            id: b.id,
            commune_code: b.communeCode,
            data: JSON.stringify(b),
            removed_at: null,
          })),
        )
        .execute();
    }
    return true;
  });
}

export function demoBanner(): string {
  const lines = DEMO_ACCOUNTS.map(
    (a) => `  ${a.username.padEnd(10)} ${DEMO_PASSWORD}   (${a.role})`,
  );
  return [
    'Đã tạo dữ liệu mẫu (tỉnh Lạng Sơn, ' +
      DEMO_ROSTER_SIZE.toLocaleString('vi-VN') +
      ' người hưởng tổng hợp).',
    'Tài khoản mẫu — tên đăng nhập / mật khẩu (vai trò):',
    ...lines,
  ].join('\n');
}
