import {
  accountNumberTail,
  accountStateOf,
  choosesProvider,
  type ProviderProfile,
} from '../../shared/accounts';
import { deriveEnrolmentState } from '../../shared/enrolment';
import {
  accountUpdateSchema,
  issuesOf,
  type AccountOpening,
  type AccountState,
  type AccountStep,
  type AccountUpdate,
  type PaymentChoice,
} from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import { NotFoundError, ValidationError, withStorageErrors } from './errors';
import { queueMutation } from './outbox';
import type { OutboxRowOf, RosterRow, VisitRow } from './rows';
import { getDeviceId } from './syncMeta';

// A provider agent's account work on the tablet. Each step recorded is queued in the outbox
// (account.update) and synced like a visit; the state shown is the server's last word (the
// `accounts` table, filled by the pull) with the steps still waiting to be sent laid over it, so
// the list is right offline and a step the server rejects falls back to the server's state.

type AccountEntry = OutboxRowOf<'account.update'>;

const ORDER: Record<AccountStep, number> = { opened: 1, card_issued: 2, safe_use_shown: 3 };

async function checkStep(db: GhiDanhDB, input: unknown): Promise<AccountUpdate> {
  const parsed = accountUpdateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  if (parsed.data.deviceId !== (await getDeviceId(db))) {
    throw new ValidationError([{ path: 'deviceId', key: 'validation.visit.deviceMismatch' }]);
  }
  return parsed.data;
}

/** Validates one step and queues it for the server. Throws ValidationError (nothing written). */
export async function recordAccountStep(db: GhiDanhDB, input: unknown): Promise<AccountEntry> {
  const step = await checkStep(db, input);
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, db.syncMeta, () =>
      queueMutation(db, 'account.update', step, {}),
    ),
  );
}

/** A rejected step, corrected: sent again under the same mutation (the server kept nothing). */
export async function correctAccountStep(
  db: GhiDanhDB,
  entryId: string,
  input: unknown,
): Promise<AccountEntry> {
  const step = await checkStep(db, input);
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const entry = await db.outbox.get(entryId);
      if (entry?.type !== 'account.update' || entry.status !== 'rejected') {
        throw new NotFoundError('outbox', entryId);
      }
      const next: AccountEntry = { ...entry, payload: step, status: 'pending', errors: null };
      await db.outbox.put(next);
      return next;
    }),
  );
}

/** Drops a rejected step the agent will not correct (recorded by mistake). */
export async function discardAccountStep(db: GhiDanhDB, entryId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const entry = await db.outbox.get(entryId);
      if (entry?.type === 'account.update' && entry.status === 'rejected') {
        await db.outbox.delete(entryId);
      }
    }),
  );
}

/** Stores the account states a pull brought; call inside the page's transaction. */
export async function putPulledAccounts(
  db: GhiDanhDB,
  records: readonly AccountOpening[],
): Promise<void> {
  if (records.length > 0) await db.accounts.bulkPut([...records]);
}

/** An account's state as the tablet shows it. */
export interface AccountView {
  providerId: string;
  state: AccountState;
  accountNumberTail: string | null;
  openedOn: string | null;
  cardIssuedOn: string | null;
  safeUseShownOn: string | null;
  /** Steps recorded here and not yet on the server. */
  pending: number;
}

function overlay(
  base: AccountOpening | undefined,
  providerId: string,
  steps: readonly AccountUpdate[],
): AccountView {
  const view: AccountView = {
    providerId,
    state: accountStateOf(base),
    accountNumberTail: base?.accountNumberTail ?? null,
    openedOn: base?.openedOn ?? null,
    cardIssuedOn: base?.cardIssuedOn ?? null,
    safeUseShownOn: base?.safeUseShownOn ?? null,
    pending: steps.length,
  };
  for (const u of steps) {
    if (u.step === 'opened') {
      view.openedOn = u.happenedOn;
      view.accountNumberTail = accountNumberTail(u.accountNumber);
    } else if (u.step === 'card_issued') view.cardIssuedOn = u.happenedOn;
    else view.safeUseShownOn = u.happenedOn;
    if (view.state === 'not_opened' || ORDER[u.step] > ORDER[view.state]) view.state = u.step;
  }
  return view;
}

/** Steps queued here and not rejected, in the order they were recorded. */
async function waitingSteps(db: GhiDanhDB): Promise<AccountEntry[]> {
  const rows = await db.outbox.where('type').equals('account.update').toArray();
  return (rows as AccountEntry[])
    .filter((r) => r.status !== 'rejected')
    .sort((a, b) => a.seq - b.seq);
}

/** A beneficiary's accounts known to this tablet (one per provider), for the roster screens. */
export async function listAccountsOf(db: GhiDanhDB, beneficiaryId: string): Promise<AccountView[]> {
  return db.transaction('r', db.accounts, db.outbox, async () => {
    const rows = await db.accounts.where('beneficiaryId').equals(beneficiaryId).toArray();
    const waiting = (await waitingSteps(db))
      .map((e) => e.payload)
      .filter((u) => u.beneficiaryId === beneficiaryId);
    const providers = new Set([
      ...rows.map((r) => r.providerId),
      ...waiting.map((u) => u.providerId),
    ]);
    return [...providers].sort().map((p) =>
      overlay(
        rows.find((r) => r.providerId === p),
        p,
        waiting.filter((u) => u.providerId === p),
      ),
    );
  });
}

export interface AccountWorkItem {
  beneficiaryId: string;
  fullName: string;
  dateOfBirth: string;
  communeCode: string;
  village: string;
  /** The bank or wallet choice that makes this person the provider's customer. */
  payment: Extract<PaymentChoice, { method: 'bank' | 'wallet' }>;
  account: AccountView;
  /** Steps the server refused, kept for correction. */
  rejected: AccountEntry[];
}

export interface AccountWorkFilters {
  communeCode?: string | null;
  state?: AccountState | null;
}

/**
 * The provider's work list: everyone on this tablet's roster whose latest payment choice (the
 * shared derive function, as the server judges it) names this provider, with their account's
 * state, in the roster's Vietnamese order.
 */
export async function listAccountWork(
  db: GhiDanhDB,
  provider: ProviderProfile,
  filters: AccountWorkFilters = {},
): Promise<AccountWorkItem[]> {
  return db.transaction('r', [db.roster, db.visits, db.accounts, db.outbox], async () => {
    const visitsOf = new Map<string, VisitRow[]>();
    await db.visits.each((v) => {
      if (v.payment === null) return;
      const list = visitsOf.get(v.beneficiaryId);
      if (list) list.push(v);
      else visitsOf.set(v.beneficiaryId, [v]);
    });
    // Payment-less visits may supersede or follow: derive from all visits of the candidates.
    const ids = [...visitsOf.keys()];
    const all = await db.visits.where('beneficiaryId').anyOf(ids).toArray();
    const byPerson = new Map<string, VisitRow[]>();
    for (const v of all)
      byPerson.set(v.beneficiaryId, [...(byPerson.get(v.beneficiaryId) ?? []), v]);
    const people = (await db.roster.bulkGet(ids)).filter((r): r is RosterRow => r !== undefined);
    const accounts = await db.accounts.where('providerId').equals(provider.id).toArray();
    const accountOf = new Map(accounts.map((a) => [a.beneficiaryId, a]));
    const waiting = await waitingSteps(db);
    const rejected = (await db.outbox.where('type').equals('account.update').toArray()).filter(
      (r): r is AccountEntry => r.type === 'account.update' && r.status === 'rejected',
    );
    const items: (AccountWorkItem & { sortKey: string })[] = [];
    for (const person of people) {
      if (filters.communeCode && person.communeCode !== filters.communeCode) continue;
      const { payment } = deriveEnrolmentState(person, byPerson.get(person.id) ?? []);
      if (!payment || !choosesProvider(payment, provider)) continue;
      if (payment.method !== 'bank' && payment.method !== 'wallet') continue;
      const account = overlay(
        accountOf.get(person.id),
        provider.id,
        waiting
          .map((e) => e.payload)
          .filter((u) => u.beneficiaryId === person.id && u.providerId === provider.id),
      );
      if (filters.state && account.state !== filters.state) continue;
      items.push({
        beneficiaryId: person.id,
        fullName: person.fullName,
        dateOfBirth: person.dateOfBirth,
        communeCode: person.communeCode,
        village: person.village,
        payment,
        account,
        rejected: rejected.filter((r) => r.payload.beneficiaryId === person.id),
        sortKey: person.sortKey,
      });
    }
    return items
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
      .map(({ sortKey: _sortKey, ...item }) => item);
  });
}
