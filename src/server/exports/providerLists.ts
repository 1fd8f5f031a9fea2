import type { Kysely } from 'kysely';
import { choosesProvider, type ProviderProfile } from '../../shared/accounts';
import { needsAccount } from '../../shared/exports/channels';
import type { Row } from '../../shared/exports/csv';
import { NOT_OPENED_STATUSES, OPENING_STATUS_LABELS } from '../../shared/exports/labels';
import { providerRow } from '../../shared/exports/rows';
import { deriveEnrolmentState } from '../../shared/enrolment';
import type { Beneficiary } from '../../shared/schemas/beneficiary';
import type { PaymentChoice } from '../../shared/schemas/payment';
import type { Visit } from '../../shared/schemas/visit';
import { compareVietnamese } from '../../shared/text';
import { visibleUnits } from '../auth/scope';
import { providerProfile } from '../auth/sessions';
import type { Database } from '../store/schema';

// A provider's two lists, from the roster and the visits of the communes it serves: who chose
// this provider (choosesProvider) (the payment-method registration list), and of those who chose an account, whose
// account is not open yet (account_openings: no row, or a status in NOT_OPENED_STATUSES).

export type ProviderList = 'registrations' | 'accounts_to_open';

/** Someone who moved away or died is no longer paid, whatever they chose before. */
const GONE = new Set(['moved', 'deceased']);

interface Chosen {
  beneficiary: Beneficiary;
  visit: Visit & { payment: PaymentChoice };
}

type Served = Pick<ProviderProfile, 'kind' | 'bankBin' | 'walletProvider'>;

/** Each beneficiary of `commune` whose choice in force names this provider (shared rule). */
async function chosenIn(
  db: Kysely<Database>,
  commune: string,
  provider: Served,
): Promise<Chosen[]> {
  const [people, visits] = await Promise.all([
    db
      .selectFrom('beneficiaries')
      .select('data')
      .where('commune_code', '=', commune)
      .where('removed_at', 'is', null)
      // Withdrawn consent: no further processing; erased: nothing personal left to list.
      .where('withdrawn_at', 'is', null)
      .where('erased_at', 'is', null)
      .execute(),
    db
      .selectFrom('visits')
      .select('data')
      .where('commune_code', '=', commune)
      .where('erased_at', 'is', null)
      .execute(),
  ]);
  const byPerson = new Map<string, Visit[]>();
  for (const v of visits) {
    const visit = v.data as Visit;
    byPerson.set(visit.beneficiaryId, [...(byPerson.get(visit.beneficiaryId) ?? []), visit]);
  }
  const chosen: Chosen[] = [];
  for (const p of people) {
    const beneficiary = p.data as Beneficiary;
    const own = byPerson.get(beneficiary.id) ?? [];
    const state = deriveEnrolmentState(beneficiary, own);
    if (!state.payment || (state.latestVisit && GONE.has(state.latestVisit.outcome))) continue;
    if (!choosesProvider(state.payment, provider)) continue;
    // deriveEnrolmentState hands back the very object of the visit that carries the choice.
    const visit = own.find((v) => v.payment === state.payment)!;
    chosen.push({ beneficiary, visit: visit as Chosen['visit'] });
  }
  return chosen;
}

export async function providerListRows(
  db: Kysely<Database>,
  providerId: string,
  list: ProviderList,
): Promise<Row[]> {
  const provider = await providerProfile(db, providerId);
  const units = (await visibleUnits(db, { id: '', role: 'provider_agent', providerId })) ?? [];
  if (!provider || units.length === 0) return [];
  const communes = await db
    .selectFrom('admin_units')
    .select(['code', 'name'])
    .where('code', 'in', units)
    .orderBy('code')
    .execute();
  const openings =
    list === 'accounts_to_open'
      ? new Map(
          (
            await db
              .selectFrom('account_openings')
              .select(['beneficiary_id', 'status'])
              .where('provider_id', '=', providerId)
              .execute()
          ).map((r) => [r.beneficiary_id, r.status]),
        )
      : new Map<string, string>();
  const notOpened: ReadonlySet<string> = new Set(NOT_OPENED_STATUSES);

  const rows: Row[] = [];
  for (const commune of communes) {
    const chosen = (await chosenIn(db, commune.code, provider)).sort((a, b) =>
      compareVietnamese(a.beneficiary.fullName, b.beneficiary.fullName),
    );
    for (const { beneficiary, visit } of chosen) {
      if (list === 'registrations') {
        rows.push(providerRow(beneficiary, commune.name, visit));
        continue;
      }
      if (!needsAccount(visit.payment)) continue;
      const status = openings.get(beneficiary.id) ?? 'none';
      if (status !== 'none' && !notOpened.has(status)) continue;
      rows.push(
        providerRow(beneficiary, commune.name, visit, OPENING_STATUS_LABELS[status] ?? status),
      );
    }
  }
  return rows.map((row, i) => ({ rowNumber: i + 1, ...row }));
}
